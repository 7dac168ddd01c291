package org.parindex.survey;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How a paper sheet's number is read ({@link PaperEntryService#sheetNumber}): a number in
 * digits is one number however it is written, digits whose separators leave it unclear
 * are refused, a label is kept as written in capitals (walks of issue 10, #7 and of
 * 03/12).
 */
class PaperSheetNumberTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			7        | 7
			07       | 7
			0007     | 7
			1.000    | 1000
			1 000    | 1000
			12.345.678 | 12345678
			7.       | 7
			Số 7     | 7
			số7      | 7
			No. 7    | 7
			#7       | 7
			７        | 7
			1.000.   | 1000
			P-07     | P-07
			p-07     | P-07
			12/a     | 12/A
			số  A    | SỐ A
			""")
	void readsADigitsNumberAsOneNumberAndKeepsALabel(String typed, String stored) {
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
	@ValueSource(strings = { "7 * 8", "1234567890123456789012" })
	void refusesWhatIsNoSheetNumber(String typed) {
		assertThatExceptionOfType(InvalidSurveyException.class).isThrownBy(() -> PaperEntryService.sheetNumber(typed))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("survey.paper.sheet-number"));
	}

}
