package org.parindex.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message with arguments is a pattern {@link MessageFormat} can read: a pattern it
 * cannot read fails the page that shows it with a server error (a choice format once
 * broke the index-set editor's deletion question).
 */
class MessagePatternsTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages_vi.properties", "messages_en.properties", "messages.properties" })
	void everyMessageWithArgumentsIsAReadablePattern(String bundle) throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/" + bundle)) {
			assertThat(in).as(bundle).isNotNull();
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		List<String> unreadable = new ArrayList<>();
		for (String key : messages.stringPropertyNames()) {
			String pattern = messages.getProperty(key);
			// bean validation messages name their attributes ({max}) and are read by the
			// validator, not by MessageFormat
			if (!pattern.contains("{") || pattern.matches("(?s).*\\{[A-Za-z].*")) {
				continue;
			}
			try {
				new MessageFormat(pattern, Locale.forLanguageTag("vi"));
			}
			catch (IllegalArgumentException ex) {
				unreadable.add(key + ": " + ex.getMessage());
			}
		}
		assertThat(unreadable).as(bundle).isEmpty();
	}

}
