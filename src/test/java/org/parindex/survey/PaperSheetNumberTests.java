package org.parindex.survey;

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
	@ValueSource(strings = { "7 * 8", "1234567890123456789012", "", "  ", "-" })
	void refusesWhatIsNoSheetNumber(String typed) {
		assertThatExceptionOfType(InvalidSurveyException.class).isThrownBy(() -> PaperEntryService.sheetNumber(typed))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.paper.sheet-number"));
	}

}
