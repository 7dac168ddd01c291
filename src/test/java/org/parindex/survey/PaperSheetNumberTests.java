package org.parindex.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the survey's paper entry reads a sheet's number
 * ({@link PaperEntryService#sheetNumber} by the shared rule, {@code SheetNumbersTests})
 * and says why one is refused, in its own messages (walks of issue 10, #7 and of 03/12).
 */
class PaperSheetNumberTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			07       | 7
			Số 7     | 7
			1.000    | 1000
			p-07     | P-07
			""")
	void readsTheNumberAsEveryPaperEntryReadsIt(String typed, String stored) {
		assertThat(PaperEntryService.sheetNumber(typed)).isEqualTo(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "000", "-3", "- 3", "-0", "0.000" })
	void refusesANumberBelowOne(String typed) {
		assertThatExceptionOfType(InvalidSurveyException.class).isThrownBy(() -> PaperEntryService.sheetNumber(typed))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.paper.sheet-number.positive"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1,000", "1,000,000", "1,5", "1.5", "1.00", "12.50", "Số 1,5" })
	void refusesDigitsWhoseSeparatorsLeaveTheNumberUnclear(String typed) {
		assertThatExceptionOfType(InvalidSurveyException.class).isThrownBy(() -> PaperEntryService.sheetNumber(typed))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.paper.sheet-number.unclear"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "-" })
	void refusesWhatIsNoSheetNumber(String typed) {
		assertThatExceptionOfType(InvalidSurveyException.class).isThrownBy(() -> PaperEntryService.sheetNumber(typed))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.paper.sheet-number"));
	}

	/**
	 * Walk of issue 10: "Số: 7" was refused with the list of allowed characters and a
	 * 19-digit number likewise; now the colon is read, a character to blame is named and
	 * a number too large is said to be so.
	 */
	@Test
	void saysWhyASheetNumberIsRefused() {
		assertThat(PaperEntryService.sheetNumber("Số: 7")).isEqualTo("7");
		assertThat(PaperEntryService.sheetNumber("Phiếu số 7")).isEqualTo("7");
		assertThatExceptionOfType(InvalidSurveyException.class).isThrownBy(() -> PaperEntryService.sheetNumber("7 * 8"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.paper.sheet-number.character"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("*", "7 * 8", 30));
		// an invisible character is named and quoted by its code, never echoed (it turned
		// the rest of the message right to left: walk of issue 10, third round)
		assertThatExceptionOfType(InvalidSurveyException.class)
			.isThrownBy(() -> PaperEntryService.sheetNumber("7\u202e8"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("U+202E", "7U+202E8", 30));
		assertThatExceptionOfType(InvalidSurveyException.class)
			.isThrownBy(() -> PaperEntryService.sheetNumber("1234567890123456789"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.paper.sheet-number.large"));
		assertThatExceptionOfType(InvalidSurveyException.class)
			.isThrownBy(() -> PaperEntryService.sheetNumber("1234567890123456789012345678901"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.paper.sheet-number.length"));
	}

}
