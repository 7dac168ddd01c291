package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parindex.engine.RuleType;
import org.parindex.platform.Formats;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule as a sentence, never as its notation. */
class RuleSentencesTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final RuleSentences sentences = new RuleSentences(messages(), new Formats(true));

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private String vi(String notation, String max) {
		return this.sentences.sentence(notation, new BigDecimal(max), VI);
	}

	private String en(String notation, String max) {
		return this.sentences.sentence(notation, new BigDecimal(max), Locale.ENGLISH);
	}

	@Test
	void writesTheIssuesExamplesInVietnamese() {
		assertThat(vi("yes-no", "1")).isEqualTo("Đạt: 1 điểm; không đạt: 0 điểm");
		assertThat(vi("ratio full-at=0.3", "1"))
			.isEqualTo("Tỷ lệ đạt từ 30 % trở lên: 1 điểm; dưới đó tính theo tỷ lệ; "
					+ "không phát sinh trường hợp nào (tổng số bằng 0): 1 điểm");
		assertThat(vi("bands 0:0 1:1 2:1.5", "1.5"))
			.isEqualTo("Từ 0 đến dưới 1: 0 điểm; từ 1 đến dưới 2: 1 điểm; từ 2 trở lên: 1,5 điểm");
		assertThat(vi("count per-item=0.25", "1")).isEqualTo("0,25 điểm cho mỗi trường hợp, tối đa 1 điểm");
	}

	@Test
	void writesTheNewRules() {
		assertThat(vi("deduct per-item=0.5", "2"))
			.isEqualTo("Không vi phạm: 2 điểm; trừ 0,5 điểm cho mỗi lần vi phạm, thấp nhất 0 điểm");
		assertThat(vi("bands ratio 0.8:0.5 1:1 base-zero=none", "1"))
			.isEqualTo("Tỷ lệ đạt dưới 80 %: 0 điểm; từ 80 % đến dưới 100 %: 0,5 điểm; từ 100 % trở lên: 1 điểm; "
					+ "không phát sinh trường hợp nào (tổng số bằng 0): 0 điểm");
	}

	@Test
	void writesEveryRuleTypeInBothLanguagesWithoutNotation() {
		Pattern notation = Pattern.compile("yes-no|full-at|per-item|bands|ratio |manual|survey|:\\d|\\d\\.\\d");
		for (String rule : new String[] { "manual", "manual step=0.25", "yes-no", "ratio", "ratio base-zero=none",
				"bands 0:0 1:1 2:1.5", "bands ratio 80%:0.5 100%:1", "count per-item=0.25", "deduct per-item=0.5",
				"survey" }) {
			assertThat(vi(rule, "1.5")).as(rule).doesNotContainPattern(notation).doesNotContain("{");
			assertThat(en(rule, "1.5")).as(rule).doesNotContainPattern(Pattern.compile("yes-no|full-at|per-item|:\\d"));
		}
		// English plural: 1 point, 0.25 points (issue 9, fix9e)
		assertThat(en("yes-no", "1")).isEqualTo("Met: 1 point; not met: 0 points");
		assertThat(en("count per-item=0.25", "1")).isEqualTo("0.25 points for each item, up to 1 point");
		assertThat(en("yes-no", "1.5")).doesNotContain("point(s)").contains("1.5 points");
		assertThat(RuleType.values()).hasSize(8);
	}

	@Test
	void anUnreadableDraftRuleShowsAsWritten() {
		assertThat(vi("formula x", "1")).isEqualTo("formula x");
	}

}
