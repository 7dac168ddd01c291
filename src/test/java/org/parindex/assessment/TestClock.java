package org.parindex.assessment;

import java.time.Instant;
import java.time.ZoneId;

import org.parindex.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's clock replaced by one the scenario moves past each deadline. */
@TestConfiguration(proxyBeanMethods = false)
class TestClock {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(Instant.now(), ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
