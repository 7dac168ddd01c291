package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parindex.engine.Branch;
import org.parindex.engine.Component;
import org.parindex.engine.IndexSet;
import org.parindex.engine.IndexSetValidator;
import org.parindex.engine.Leaf;
import org.parindex.engine.Level;
import org.parindex.engine.Problem;
import org.parindex.engine.ProblemKind;
import org.parindex.engine.Rule;
import org.parindex.engine.TieRule;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index-set check and the input checks speak the user's words: no enum constant
 * ("Phần APPRAISAL", "phải ở cấp AREA"), input name or English value word in a message.
 */
class ProblemTextTests {

	private static final Pattern RAW = Pattern.compile(
			"APPRAISAL|SURVEY|\\bAREA\\b|CRITERION|SUB_CRITERION|YES_NO|MANUAL|RATIO|BANDS|\\bCOUNT\\b|\\bactual\\b|\\bbase\\b|\\bcap\\b|\\bbonus\\b|\\bdeduction\\b|band points|\\bstep\\b|\\bmaximum\\b|\\bmax\\b|\\bthreshold\\b");

	private final ResourceBundleMessageSource messages = messages();

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static List<Problem> problems() {
		Leaf wrongRule = new Leaf("1.1", Level.CRITERION, new BigDecimal("2"), Component.APPRAISAL, new Rule.Survey());
		Leaf atAreaLevel = new Leaf("1.2", Level.AREA, new BigDecimal("1"), Component.SURVEY,
				new Rule.Manual(new BigDecimal("-1")));
		Leaf bandsAbove = new Leaf("1.3", Level.CRITERION, new BigDecimal("1"), Component.APPRAISAL,
				new Rule.Bands(List.of(new Rule.Band(BigDecimal.ZERO, new BigDecimal("-2")))));
		IndexSet set = new IndexSet(Map.of(Component.APPRAISAL, new BigDecimal("10")), new BigDecimal("-1"),
				new BigDecimal("-1"),
				List.of(new Branch("1", Level.AREA, new BigDecimal("-4"), List.of(wrongRule, atAreaLevel, bandsAbove))),
				List.of(), TieRule.PUBLISHED_PRECISION);
		List<Problem> problems = new ArrayList<>(IndexSetValidator.validate(set));
		problems.add(Problem.of("2.1", ProblemKind.INPUT_MISSING, "actual"));
		problems.add(Problem.of("2.1", ProblemKind.INPUT_NEGATIVE, "base", new BigDecimal("-1")));
		problems.add(Problem.of("2.1", ProblemKind.INPUT_UNKNOWN, "value"));
		problems.add(Problem.of("2.1", ProblemKind.INPUT_NOT_WHOLE, "count", new BigDecimal("1.5")));
		return problems;
	}

	@Test
	void theValidatorsFindingsAreFoundHere() {
		assertThat(problems()).extracting(Problem::kind)
			.contains(ProblemKind.WRONG_LEVEL, ProblemKind.RULE_COMPONENT_MISMATCH, ProblemKind.COMPONENT_MAX_MISMATCH,
					ProblemKind.COMPONENT_WITHOUT_MAXIMUM, ProblemKind.NEGATIVE_VALUE);
	}

	@Test
	void messagesNameComponentsLevelsRulesAndInputsInVietnamese() {
		List<String> texts = problems().stream()
			.map((problem) -> this.messages.getMessage(problem.kind().messageKey(), ProblemText.arguments(problem),
					Locale.forLanguageTag("vi")))
			.toList();

		assertThat(texts).noneMatch((text) -> RAW.matcher(text).find());
		assertThat(texts).anyMatch((text) -> text.contains("Phần Thẩm định"));
		assertThat(texts).anyMatch((text) -> text.contains("phải ở cấp Tiêu chí"));
		assertThat(texts).anyMatch((text) -> text.contains("thiếu số liệu Số đạt"));
	}

	@Test
	void messagesNameThemInEnglishToo() {
		List<String> texts = problems().stream()
			.map((problem) -> this.messages.getMessage(problem.kind().messageKey(), ProblemText.arguments(problem),
					Locale.ENGLISH))
			.toList();

		assertThat(texts)
			.noneMatch((text) -> Pattern.compile("APPRAISAL|SUB_CRITERION|YES_NO|\\bAREA\\b").matcher(text).find());
		assertThat(texts).anyMatch((text) -> text.contains("Appraisal"));
	}

	@Test
	void issuesOfTheIndexSetCarryTheWords() {
		Problem problem = Problem.of("1.1", ProblemKind.WRONG_LEVEL, Level.CRITERION);

		IndexSetIssue issue = IndexSetIssue.of(problem);

		assertThat(
				this.messages.getMessage(issue.messageKey(), issue.arguments().toArray(), Locale.forLanguageTag("vi")))
			.isEqualTo("Mục 1.1 phải ở cấp Tiêu chí.");
	}

}
