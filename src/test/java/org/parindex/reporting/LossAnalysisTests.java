package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parindex.engine.Branch;
import org.parindex.engine.Component;
import org.parindex.engine.IndexSet;
import org.parindex.engine.Leaf;
import org.parindex.engine.LeafInputs;
import org.parindex.engine.Level;
import org.parindex.engine.Rule;
import org.parindex.engine.Scorer;
import org.parindex.engine.TieRule;
import org.parindex.engine.UnitInputs;
import org.parindex.engine.UnitResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where units lost points ({@link LossAnalysis}): counts, sums, ranges, grouped reasons
 * and each node's share of the variance of totals, on three units worked by hand.
 */
class LossAnalysisTests {

	private static final Rule MANUAL = new Rule.Manual(new BigDecimal("0.25"));

	/** Area 1 with 1.1 (max 2) and 1.2 (max 1); area 2 with 2.1 (max 1). */
	private static IndexSet set() {
		Leaf a = new Leaf("1.1", Level.CRITERION, new BigDecimal("2"), Component.APPRAISAL, MANUAL);
		Leaf b = new Leaf("1.2", Level.CRITERION, new BigDecimal("1"), Component.APPRAISAL, MANUAL);
		Leaf c = new Leaf("2.1", Level.CRITERION, new BigDecimal("1"), Component.APPRAISAL, MANUAL);
		Branch one = new Branch("1", Level.AREA, new BigDecimal("3"), List.of(a, b));
		Branch two = new Branch("2", Level.AREA, new BigDecimal("1"), List.of(c));
		return new IndexSet(Map.of(Component.APPRAISAL, new BigDecimal("4")), BigDecimal.ZERO, BigDecimal.ZERO,
				List.of(one, two), List.of(), TieRule.PUBLISHED_PRECISION);
	}

	private static UnitResult unit(String key, String a, String b, String c) {
		Map<String, LeafInputs> leaves = new HashMap<>();
		leaves.put("1.1", LeafInputs.of(Map.of("score", new BigDecimal(a))));
		leaves.put("1.2", LeafInputs.of(Map.of("score", new BigDecimal(b))));
		leaves.put("2.1", LeafInputs.of(Map.of("score", new BigDecimal(c))));
		return Scorer.score(set(), new UnitInputs(key, leaves, List.of(), List.of(), Set.of()));
	}

	@Test
	void countsSumsRangesReasonsAndSharesOfTheDifferences() {
		// totals 4, 3, 2 (mean 3, variance sum 2); 1.1: 2, 2, 1 → covariance sum 1 → 50
		// %;
		// 1.2: 1, 0, 0 → 1 → 50 %; 2.1: everyone 1 → 0 %
		List<LossAnalysis.UnitEntry> entries = List.of(
				new LossAnalysis.UnitEntry("Huyện A", unit("a", "2", "1", "1"), Map.of()),
				new LossAnalysis.UnitEntry("Huyện B", unit("b", "2", "0", "1"),
						Map.of("1.2", "Chưa ban hành kế hoạch")),
				new LossAnalysis.UnitEntry("Huyện C", unit("c", "1", "0", "1"),
						Map.of("1.1", "Báo cáo trễ hạn", "1.2", " chưa  ban hành kế hoạch ")));

		List<LossAnalysis.Row> rows = LossAnalysis.of(entries, Map.of("1.1", new String[] { "Báo cáo", "Reports" }));

		assertThat(rows).extracting(LossAnalysis.Row::code).containsExactly("1", "1.1", "1.2", "2", "2.1");
		LossAnalysis.Row first = rows.get(1);
		assertThat(first.name()).isEqualTo("Báo cáo");
		assertThat(first.losing()).isEqualTo(1);
		assertThat(first.units()).isEqualTo(3);
		assertThat(first.lost()).isEqualByComparingTo("1");
		assertThat(first.lowest()).isEqualByComparingTo("1");
		assertThat(first.highest()).isEqualByComparingTo("2");
		assertThat(first.share().orElseThrow()).isEqualByComparingTo("50");
		LossAnalysis.Row second = rows.get(2);
		assertThat(second.losing()).isEqualTo(2);
		assertThat(second.lost()).isEqualByComparingTo("2");
		assertThat(second.share().orElseThrow()).isEqualByComparingTo("50");
		assertThat(second.reasons()).hasSize(1);
		assertThat(second.reasons().get(0).text()).isEqualTo("Chưa ban hành kế hoạch");
		assertThat(second.reasons().get(0).units()).containsExactly("Huyện B", "Huyện C");
		assertThat(rows.get(0).share().orElseThrow()).isEqualByComparingTo("100");
		LossAnalysis.Row nothing = rows.get(4);
		assertThat(nothing.everyoneAtMaximum()).isTrue();
		assertThat(nothing.share().orElseThrow()).isEqualByComparingTo("0");
		assertThat(LossAnalysis.decisive(rows, 10)).extracting(LossAnalysis.Row::code).containsExactly("1.1", "1.2");
		assertThat(new LossReport(null, rows).decidedNothing()).extracting(LossAnalysis.Row::code)
			.containsExactly("2.1");
	}

	@Test
	void equalTotalsHaveNoShare() {
		List<LossAnalysis.UnitEntry> entries = List.of(
				new LossAnalysis.UnitEntry("Huyện A", unit("a", "2", "0", "1"), Map.of()),
				new LossAnalysis.UnitEntry("Huyện B", unit("b", "1", "1", "1"), Map.of()));

		List<LossAnalysis.Row> rows = LossAnalysis.of(entries, Map.of());

		assertThat(rows).allMatch((row) -> row.share().isEmpty());
		assertThat(LossAnalysis.decisive(rows, 10)).isEmpty();
	}

}
