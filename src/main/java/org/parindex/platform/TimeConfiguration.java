package org.parindex.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's clock: every "now" comes from here, in Asia/Ho_Chi_Minh. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/** Deadlines, publication dates and contest windows are in Vietnam's time zone. */
	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
