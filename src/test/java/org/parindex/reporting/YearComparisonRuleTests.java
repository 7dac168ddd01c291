package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parindex.engine.Component;
import org.parindex.engine.LeafStatus;
import org.parindex.engine.Level;
import org.parindex.methodology.Crosswalk;
import org.parindex.methodology.CrosswalkRemarks;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of a comparison across years through a crosswalk that is not one for one
 * (issue 12, item 6; {@link YearComparison.Row#of}, {@link CrosswalkRemarks}): a merged
 * criterion compares with the sum of its old criteria's points and maxima, a split one
 * with its whole old criterion, and each says so in a remark.
 */
class YearComparisonRuleTests {

	private static final Map<String, ScorecardRow> THEN = Map.of("2.1", row("2.1", "1.50", "2", false), "2.2",
			row("2.2", "0.75", "1", false), "2.3", row("2.3", "0", "1", true), "3.4", row("3.4", "3", "4", false));

	@Test
	void aMergedCriterionComparesWithTheSumOfItsOldPointsAndMaxima() {
		YearComparison.Row merged = YearComparison.Row.of(row("2.1", "2.25", "3", false), List.of("2.1", "2.2"),
				List.of(), Crosswalk.Basis.DECIDED, THEN);
		YearComparison.Counterpart before = merged.before().orElseThrow();
		assertThat(before.codes()).containsExactly("2.1", "2.2");
		assertThat(before.points()).isEqualByComparingTo("2.25");
		assertThat(before.maxPoints()).isEqualByComparingTo("3");
		assertThat(before.applicableMax()).isEqualByComparingTo("3");
		assertThat(merged.merged()).isTrue();
		assertThat(merged.split()).isFalse();
		// 2,25/3 both years: no change
		assertThat(merged.change()).hasValueSatisfying((c) -> assertThat(c).isEqualByComparingTo("0"));
		// 3/4 now against (1,50 + 0,75)/(2 + 1) = 75,0 %: +0,0; 4/4 against it: +25,0
		assertThat(YearComparison.Row
			.of(row("2.1", "4", "4", false), List.of("2.1", "2.2"), List.of(), Crosswalk.Basis.DECIDED, THEN)
			.change()).hasValueSatisfying((c) -> assertThat(c).isEqualByComparingTo("25.0"));
	}

	@Test
	void aCriterionNotApplicableThenCountsInTheMaximumOnlyAndAllNotApplicableIsNotCompared() {
		YearComparison.Counterpart partly = YearComparison.Counterpart.of(List.of("2.2", "2.3"), THEN).orElseThrow();
		assertThat(partly.points()).isEqualByComparingTo("0.75");
		assertThat(partly.maxPoints()).isEqualByComparingTo("2");
		assertThat(partly.applicableMax()).isEqualByComparingTo("1");
		assertThat(partly.notApplicable()).isFalse();
		YearComparison.Row none = YearComparison.Row.of(row("2.3", "1", "1", false), List.of("2.3"), List.of(),
				Crosswalk.Basis.SAME, THEN);
		assertThat(none.before().orElseThrow().notApplicable()).isTrue();
		assertThat(none.change()).isEmpty();
	}

	@Test
	void noCounterpartOrNoResultThenCompareWithNothing() {
		assertThat(YearComparison.Row.of(row("5.1", "1", "1", false), List.of(), List.of(), Crosswalk.Basis.NONE, THEN)
			.before()).isEmpty();
		assertThat(YearComparison.Row
			.of(row("2.1", "1", "2", false), List.of("2.1", "2.2"), List.of(), Crosswalk.Basis.DECIDED, Map.of())
			.before()).isEmpty();
		assertThat(YearComparison.Counterpart.of(List.of("2.1", "9.9"), THEN)).isEmpty();
	}

	@Test
	void aSplitCriterionComparesWithItsWholeOldCriterion() {
		YearComparison.Row split = YearComparison.Row.of(row("3.4.1", "1", "2", false), List.of("3.4"), List.of("3.4"),
				Crosswalk.Basis.DECIDED, THEN);
		assertThat(split.split()).isTrue();
		assertThat(split.merged()).isFalse();
		assertThat(split.before().orElseThrow().points()).isEqualByComparingTo("3");
		// 50,0 % against 75,0 %
		assertThat(split.change()).hasValueSatisfying((c) -> assertThat(c).isEqualByComparingTo("-25.0"));
	}

	@Test
	void remarksSayWhatWasMergedOrSplitInTheLanguageAsked() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		CrosswalkRemarks remarks = new CrosswalkRemarks(source);
		Locale vi = Locale.forLanguageTag("vi");
		assertThat(remarks.remark(List.of("2.1", "2.2"), List.of(), 2021, vi)).isEqualTo("gộp 2.1 và 2.2 năm 2021");
		assertThat(remarks.remark(List.of("2.1", "2.2", "2.3"), List.of(), 2021, vi))
			.isEqualTo("gộp 2.1, 2.2 và 2.3 năm 2021");
		assertThat(remarks.remark(List.of("3.4"), List.of("3.4"), 2021, vi)).isEqualTo("tách từ 3.4 năm 2021");
		assertThat(remarks.remark(List.of("2.1", "2.2"), List.of("2.2"), 2021, vi))
			.isEqualTo("gộp 2.1 và 2.2 năm 2021; tách từ 2.2 năm 2021");
		assertThat(remarks.remark(List.of("1.1"), List.of(), 2021, vi)).isEmpty();
		assertThat(remarks.remark(List.of(), List.of(), 2021, vi)).isEmpty();
		assertThat(remarks.remark(List.of("2.1", "2.2"), List.of(), 2021, Locale.ENGLISH))
			.isEqualTo("merges 2.1 and 2.2 of 2021");
		assertThat(remarks.remark(List.of("3.4"), List.of("3.4"), 2021, Locale.ENGLISH))
			.isEqualTo("split from 3.4 of 2021");
	}

	private static ScorecardRow row(String code, String points, String max, boolean notApplicable) {
		return new ScorecardRow(code, Level.SUB_CRITERION, 2, "Tiêu chí " + code, "", new BigDecimal(max),
				notApplicable ? BigDecimal.ZERO : new BigDecimal(max), new BigDecimal(points), true,
				Optional.of(Component.APPRAISAL), notApplicable ? LeafStatus.NOT_APPLICABLE : LeafStatus.COMPUTED,
				Map.of(), Optional.empty(), "", "", Optional.empty());
	}

}
