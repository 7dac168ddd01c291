package org.parindex.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row number is not a quantity: every survey message that names a row ("Dòng 1838",
 * "row 1838") prints it without a thousands separator, in both languages (issue 10, the
 * walk's finding 15).
 */
class SurveyRowNumberMessagesTests {

	/** A placeholder right after the word for a row, in either language. */
	private static final Pattern ROW = Pattern.compile("(?i)(dòng|row|rows|hàng)\\s+\\{(\\d+)([^}]*)\\}");

	@Test
	void everySurveyMessageNamingARowPrintsItsNumberWithoutSeparator() throws IOException {
		for (String file : List.of("messages_vi.properties", "messages_en.properties")) {
			Properties messages = load(file);
			Locale locale = file.contains("_vi") ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH;
			List<String> grouped = new ArrayList<>();
			int checked = 0;
			for (String key : messages.stringPropertyNames()) {
				if (!key.startsWith("survey.")) {
					continue;
				}
				String text = messages.getProperty(key);
				Matcher row = ROW.matcher(text);
				while (row.find()) {
					checked++;
					Object[] arguments = new Object[10];
					java.util.Arrays.fill(arguments, 1838);
					String formatted = new MessageFormat(text, locale).format(arguments);
					if (!formatted.contains(row.group(1) + " 1838")) {
						grouped.add(key + " → " + formatted);
					}
				}
			}
			assertThat(checked).as("%s: survey messages naming a row", file).isGreaterThan(3);
			assertThat(grouped).as("%s: row numbers printed as quantities", file).isEmpty();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = SurveyRowNumberMessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
