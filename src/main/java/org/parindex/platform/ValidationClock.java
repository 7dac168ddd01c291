package org.parindex.platform;

import java.time.Clock;

import jakarta.validation.Configuration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Bean Validation reads "today" from the application's {@link Clock} (Asia/Ho_Chi_Minh,
 * replaceable in tests), so that date bounds such as {@link Bounds.DocumentDate} move
 * with it.
 */
@Component
class ValidationClock implements ValidationConfigurationCustomizer {

	private final ObjectProvider<Clock> clock;

	ValidationClock(ObjectProvider<Clock> clock) {
		this.clock = clock;
	}

	@Override
	public void customize(Configuration<?> configuration) {
		configuration.clockProvider(this.clock::getObject);
	}

}
