package org.parindex.survey;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sheet a response keeps for the monitoring (V107): the same text as the migration's
 * {@code string_agg} of its answers, whatever order the answers came in.
 */
class AnswerSheetTests {

	@Test
	void optionIdsInQuestionIdOrderCommaSeparated() {
		Map<Long, Long> chosen = new LinkedHashMap<>();
		chosen.put(12L, 120L);
		chosen.put(3L, 31L);
		chosen.put(7L, 1004L);
		assertThat(AnswerSheet.of(chosen)).isEqualTo("31,1004,120");
	}

	@Test
	void aBlankSheetIsEmptyAndBlanksChangeTheSheet() {
		assertThat(AnswerSheet.of(Map.of())).isEmpty();
		assertThat(AnswerSheet.of(Map.of(1L, 10L, 2L, 20L))).isNotEqualTo(AnswerSheet.of(Map.of(1L, 10L)));
	}

	@Test
	void twoHundredQuestionsOfLongIdsFitTheColumn() {
		Map<Long, Long> chosen = new LinkedHashMap<>();
		for (long q = 0; q < 200; q++) {
			chosen.put(Long.MAX_VALUE - q, Long.MAX_VALUE - q);
		}
		assertThat(AnswerSheet.of(chosen)).hasSizeLessThanOrEqualTo(AnswerSheet.MAX_LENGTH);
	}

}
