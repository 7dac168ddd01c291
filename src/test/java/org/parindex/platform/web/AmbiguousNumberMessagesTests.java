package org.parindex.platform.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message of a number refused as ambiguous is built from what was typed (issue 9,
 * num9 F1): both readings and how to write the one meant, never a fixed "1 hoặc 1,000".
 */
class AmbiguousNumberMessagesTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void aFieldNamesBothReadingsOfWhatWasTyped() {
		assertThat(this.messages.getMessage(FormErrors.ambiguous("Tiêu chí 1.4 — Điểm tự chấm", "1.000", VI), VI))
			.isEqualTo("Tiêu chí 1.4 — Điểm tự chấm: “1.000” không rõ nghĩa: là 1000 (dấu chấm ngăn hàng nghìn) "
					+ "hay 1 (dấu chấm thập phân)? Phần thập phân viết sau dấu phẩy: nếu là 1, hãy viết 1.");
		assertThat(this.messages.getMessage(FormErrors.ambiguous("Điểm", "12.500", VI), VI))
			.contains("“12.500” không rõ nghĩa: là 12500", "hay 12,5 (dấu chấm thập phân)", "hãy viết 12,5.");
		assertThat(this.messages.getMessage(FormErrors.ambiguous("Points", "1.125", Locale.ENGLISH), Locale.ENGLISH))
			.contains("“1.125” is ambiguous: is it 1125", "or 1.1250 (a decimal point)", "write 1.1250");
	}

	@Test
	void aZeroWholePartSaysOnlyHowToWriteTheDecimal() {
		String message = this.messages.getMessage(FormErrors.ambiguous("Điểm", "0.250", VI), VI);
		assertThat(message).contains("“0.250” không rõ nghĩa", "hãy viết 0,25.").doesNotContain("1,000", "250 (");
	}

	@Test
	void theLiveHintIsBuiltFromWhatWasTyped() {
		assertThat(this.messages.getMessage(FormErrors.liveAmbiguous("0.250", VI), VI))
			.isEqualTo("Không rõ nghĩa: viết 0,25 (dấu phẩy thập phân)");
		assertThat(this.messages.getMessage(FormErrors.liveAmbiguous("1.000", VI), VI))
			.isEqualTo("Không rõ nghĩa: “1.000” là 1000 hay 1? Viết 1 (dấu phẩy thập phân)");
		assertThat(this.messages.getMessage(FormErrors.liveAmbiguous("0.250", Locale.ENGLISH), Locale.ENGLISH))
			.isEqualTo("Ambiguous: write 0.25");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
