package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parindex.engine.Branch;
import org.parindex.engine.Component;
import org.parindex.engine.IndexSet;
import org.parindex.engine.Leaf;
import org.parindex.engine.LeafInputs;
import org.parindex.engine.Level;
import org.parindex.engine.Node;
import org.parindex.engine.RankLabel;
import org.parindex.engine.Rule;
import org.parindex.engine.Scorer;
import org.parindex.engine.TieRule;
import org.parindex.engine.UnitInputs;
import org.parindex.engine.UnitResult;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.NodeView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scorecard's rows count points lost out of what applies to the unit (issue 9, item
 * 14d): a criterion whose sub-criterion does not apply loses nothing for it.
 */
class ScorecardRowsTests {

	@Test
	void aCriterionPartlyNotApplicableLosesOnlyWhatApplied() {
		// 1.2 (5) = 1.2.1 (2, met) + 1.2.2 (3, not applicable); 1.1 (2, not met)
		List<Node> criteria = List.of(leaf("1.1", Level.CRITERION, "2"),
				new Branch("1.2", Level.CRITERION, new BigDecimal("5"),
						List.of(leaf("1.2.1", Level.SUB_CRITERION, "2"), leaf("1.2.2", Level.SUB_CRITERION, "3"))));
		Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
		maxima.put(Component.APPRAISAL, new BigDecimal("7"));
		IndexSet set = new IndexSet(maxima, BigDecimal.ZERO, BigDecimal.ZERO,
				List.of(new Branch("1", Level.AREA, new BigDecimal("7"), criteria)), List.of(),
				TieRule.PUBLISHED_PRECISION);
		UnitResult result = Scorer
			.score(set,
					new UnitInputs("u",
							Map.of("1.1", LeafInputs.of(Map.of("met", BigDecimal.ZERO)), "1.2.1",
									LeafInputs.of(Map.of("met", BigDecimal.ONE))),
							List.of(), List.of(), Set.of("1.2.2")));
		IndexSetView view = new IndexSetView(1, 2022, 1, "Bộ chỉ số", "", false, true, maxima, BigDecimal.ZERO,
				BigDecimal.ZERO, 2, List.of(),
				List.of(node("1", null, Level.AREA, "7", false), node("1.1", "1", Level.CRITERION, "2", true),
						node("1.2", "1", Level.CRITERION, "5", false),
						node("1.2.1", "1.2", Level.SUB_CRITERION, "2", true),
						node("1.2.2", "1.2", Level.SUB_CRITERION, "3", true)),
				set, 0, RankLabel.UNIT_COUNT_WIDTH);

		Map<String, ScorecardRow> rows = new java.util.HashMap<>();
		ReportingService.rows(result, view, Map.of()).forEach((row) -> rows.put(row.code(), row));

		ScorecardRow criterion = rows.get("1.2");
		assertThat(criterion.maxPoints()).isEqualByComparingTo("5");
		assertThat(criterion.applicableMax()).isEqualByComparingTo("2");
		assertThat(criterion.partlyNotApplicable()).isTrue();
		assertThat(criterion.lostAny()).isFalse();
		assertThat(criterion.lostPoints()).isEqualByComparingTo("0");
		assertThat(rows.get("1.2.2").notApplicable()).isTrue();
		assertThat(rows.get("1.2.2").lostPoints()).isEqualByComparingTo("0");
		assertThat(rows.get("1").lostPoints()).isEqualByComparingTo("2");
		assertThat(rows.get("1.1").lostPoints()).isEqualByComparingTo("2");
	}

	private static Leaf leaf(String code, Level level, String max) {
		return new Leaf(code, level, new BigDecimal(max), Component.APPRAISAL, new Rule.YesNo());
	}

	private static NodeView node(String code, String parent, Level level, String max, boolean leaf) {
		return new NodeView(code, Optional.ofNullable(parent), level, 1, "Mục " + code, "", new BigDecimal(max),
				leaf ? Optional.of(Component.APPRAISAL) : Optional.empty(), Optional.empty(), "", "");
	}

}
