package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parindex.engine.Branch;
import org.parindex.engine.Change;
import org.parindex.engine.Component;
import org.parindex.engine.IndexSet;
import org.parindex.engine.Leaf;
import org.parindex.engine.LeafInputs;
import org.parindex.engine.Level;
import org.parindex.engine.Node;
import org.parindex.engine.RankLabel;
import org.parindex.engine.RankedUnit;
import org.parindex.engine.Rule;
import org.parindex.engine.Scorer;
import org.parindex.engine.TieRule;
import org.parindex.engine.UnitInputs;
import org.parindex.engine.UnitResult;
import org.parindex.methodology.IndexSetView;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitKind;
import org.parindex.organization.UnitView;
import org.parindex.platform.Formats;
import org.parindex.scoring.PreviousStanding;
import org.parindex.scoring.UnitStanding;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The wording of the narrative adapts to the data. */
class NarrativeWriterTests {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final UnitGroupView GROUP = new UnitGroupView(1, "district", "Cấp huyện", "Districts",
			"huyện, thị xã, thành phố", "districts, towns and cities");

	private final NarrativeWriter writer = new NarrativeWriter(messages(), new Formats(true));

	@Test
	void saysTheUnitMovedDown() {
		Narrative narrative = write(Scenario.of().previousRank(2).rank(6), VIETNAMESE);
		assertThat(narrative.title()).isEqualTo("Kết quả Chỉ số cải cách hành chính năm 2021 của huyện Đak Pơ");
		assertThat(narrative.text())
			.contains("xếp thứ 06/17 huyện, thị xã, thành phố toàn tỉnh, giảm 04 bậc so với năm 2020.");
	}

	@Test
	void saysTheUnitMovedUp() {
		assertThat(write(Scenario.of().previousRank(9).rank(6), VIETNAMESE).text())
			.contains("xếp thứ 06/17 huyện, thị xã, thành phố toàn tỉnh, tăng 03 bậc so với năm 2020.");
	}

	@Test
	void saysTheUnitKeptItsPlace() {
		assertThat(write(Scenario.of().previousRank(6).rank(6), VIETNAMESE).text())
			.contains("toàn tỉnh, giữ nguyên thứ hạng so với năm 2020.");
	}

	@Test
	void saysNothingOfAPreviousYearWithoutOne() {
		assertThat(write(Scenario.of().rank(6), VIETNAMESE).text()).contains("toàn tỉnh.").doesNotContain("so với năm");
	}

	@Test
	void countsCriteriaAndSubCriteriaAtMaximumAndLosingPoints() {
		String text = write(Scenario.of().rank(1).losing("1.2.1", "1.3"), VIETNAMESE).text();
		assertThat(text)
			.contains("huyện có 01 tiêu chí, 01 tiêu chí thành phần đạt điểm tối đa, số điểm đạt được là 5,00/8 điểm")
			.contains("và có 01 tiêu chí, 01 tiêu chí thành phần mất điểm, số điểm bị mất là 3,00/8 điểm")
			.contains("điểm qua điều tra xã hội học đạt 1,80/2 điểm")
			.contains("điểm thưởng 0,50/6 điểm; điểm trừ 0,00/8 điểm.");
	}

	@Test
	void writesEveryPointsValueAtThePublishedPrecisionAndNeverPadsAMaximum() {
		String text = write(Scenario.of().rank(6).bonus("1"), VIETNAMESE).text();
		// padding is for ranks and counts, never for a points maximum (issue 9, F17)
		assertThat(text).contains("điểm thưởng 1,00/6 điểm; điểm trừ 0,00/8 điểm.")
			.contains("xếp thứ 06/17")
			.doesNotContain("01/06")
			.doesNotContainPattern("\\d/0\\d");
		String half = write(Scenario.of().rank(1).bonus("1.5"), VIETNAMESE).text();
		assertThat(half).contains("điểm thưởng 1,50/6 điểm").doesNotContainPattern("\\d/0\\d");
	}

	@Test
	void statesWhatTheApprovedBonusAndDeductionWereFor() {
		// issue 9, council leftovers: the narrative omitted the decisions' reasons
		Scenario scenario = Scenario.of().rank(6).bonus("1");
		String text = write(scenario, VIETNAMESE,
				List.of(new NarrativeWriter.Decision(true, BigDecimal.ONE, "Mô hình một cửa điện tử cấp xã"),
						new NarrativeWriter.Decision(false, new BigDecimal("0.5"), "Chậm nộp báo cáo quý")))
			.text();
		assertThat(text).contains("Điểm thưởng, điểm trừ được Hội đồng thẩm định chấp thuận: điểm thưởng 1,00 điểm: "
				+ "Mô hình một cửa điện tử cấp xã; điểm trừ 0,50 điểm: Chậm nộp báo cáo quý.");
		assertThat(write(scenario, VIETNAMESE).text()).doesNotContain("được Hội đồng thẩm định chấp thuận");
	}

	@Test
	void writesFiguresAndRanksAsTheIndexSetPublishesThem() {
		Narrative narrative = write(Scenario.of().rank(1).losing("1.2.1", "1.3"), VIETNAMESE, 3, RankLabel.NONE, true);
		assertThat(narrative.text()).contains("là 7,300/16 điểm, xếp thứ 1/17 huyện")
			.contains("số điểm đạt được là 5,000/8 điểm");
		assertThat(write(Scenario.of().rank(1), VIETNAMESE, 2, RankLabel.TWO_DIGITS, true).text())
			.contains("xếp thứ 01/17");
	}

	@Test
	void givesTheConvertedAppraisalWhereCriteriaDidNotApply() {
		// 1.2.2 (3 points) does not apply; 1.1 (2) lost: 3 of the 5 applicable points,
		// converted 3 ÷ 5 × 8 = 4,80 of the appraisal's 8
		String text = write(Scenario.of().rank(1).losing("1.1").notApplicable("1.2.2"), VIETNAMESE).text();
		assertThat(text).contains("số điểm đạt được là 3,00/5 điểm tiêu chí áp dụng, quy đổi 4,80/8 điểm")
			.contains("số điểm bị mất là 2,00/5 điểm")
			.doesNotContain("3,00/8")
			.contains("không áp dụng cho đơn vị: 1.2.2");
	}

	@Test
	void saysAUnitNeverSubmitted() {
		assertThat(write(Scenario.of().rank(17), VIETNAMESE, 2, RankLabel.UNIT_COUNT_WIDTH, false).text()).contains(
				"điểm. Huyện Đak Pơ không nộp báo cáo tự đánh giá; các tiêu chí chưa được thẩm định được tính 0 điểm.");
		assertThat(write(Scenario.of().rank(17), Locale.ENGLISH, 2, RankLabel.UNIT_COUNT_WIDTH, false).text())
			.contains("did not submit its self-assessment");
	}

	@Test
	void leavesOutALevelWithNothingToCount() {
		String text = write(Scenario.of().rank(1).losing("1.1", "1.3"), VIETNAMESE).text();
		assertThat(text).contains("huyện có 02 tiêu chí thành phần đạt điểm tối đa")
			.contains("và có 02 tiêu chí mất điểm");
	}

	@Test
	void saysSoWhenNothingLostPoints() {
		Narrative narrative = write(Scenario.of().rank(1), VIETNAMESE);
		assertThat(narrative.text()).contains("và không có tiêu chí, tiêu chí thành phần nào bị mất điểm;");
		assertThat(narrative.paragraphs()).hasSize(1);
	}

	@Test
	void saysSoWhenNothingReachedItsMaximum() {
		String text = write(Scenario.of().rank(1).losing("1.1", "1.2.1", "1.2.2", "1.3"), VIETNAMESE).text();
		assertThat(text).contains("huyện không có tiêu chí nào đạt điểm tối đa, số điểm đạt được là 0,00/8 điểm");
	}

	@Test
	void givesTheAppraisersReasonsOnceEachInTreeOrder() {
		Narrative narrative = write(Scenario.of().rank(1).losing("1.1", "1.2.1", "1.3"), VIETNAMESE);
		assertThat(narrative.paragraphs()).hasSize(2);
		assertThat(narrative.paragraphs().get(1))
			.isEqualTo("Nguyên nhân bị mất điểm theo ý kiến thẩm định: Lý do của 1.1; Lý do chung của 1.2.1 và 1.3.");
	}

	@Test
	void aReestablishedUnitNamesThePredecessorItIsComparedWith() {
		UnitView before = new UnitView(3, "dak-po-cu", 1, UnitKind.DISTRICT, "Đak Pơ Cũ", 3, false);
		assertThat(write(Scenario.of().previousRank(2).rank(6).predecessor(before), VIETNAMESE).text())
			.contains("xếp thứ 06/17 huyện, thị xã, thành phố toàn tỉnh, giảm 04 bậc so với huyện Đak Pơ Cũ năm 2020.");
		assertThat(write(Scenario.of().previousRank(6).rank(6).predecessor(before), VIETNAMESE).text())
			.contains("giữ nguyên thứ hạng so với huyện Đak Pơ Cũ năm 2020.");
		assertThat(write(Scenario.of().previousRank(7).rank(6).predecessor(before), Locale.ENGLISH).text())
			.contains("up 01 place from Đak Pơ Cũ district in 2020.");
	}

	@Test
	void writesEnglishWithPlurals() {
		String text = write(Scenario.of().previousRank(2).rank(6).losing("1.1", "1.3"), Locale.ENGLISH).text();
		assertThat(text).contains(
				"Đak Pơ district scored 7.30/16 points and ranked 06/17 among the districts, towns and cities of the province, down 04 places from 2020.")
			.contains("02 sub-criteria reached their maximum")
			.contains("while 02 criteria lost points");
		assertThat(write(Scenario.of().rank(1).losing("1.1"), Locale.ENGLISH).text())
			.contains("01 criterion lost points");
	}

	private Narrative write(Scenario scenario, Locale locale) {
		return write(scenario, locale, 2, RankLabel.UNIT_COUNT_WIDTH, true);
	}

	private Narrative write(Scenario scenario, Locale locale, List<NarrativeWriter.Decision> decisions) {
		return write(scenario, locale, 2, RankLabel.UNIT_COUNT_WIDTH, true, decisions);
	}

	private Narrative write(Scenario scenario, Locale locale, int places, RankLabel rankLabel, boolean submitted) {
		return write(scenario, locale, places, rankLabel, submitted, List.of());
	}

	private Narrative write(Scenario scenario, Locale locale, int places, RankLabel rankLabel, boolean submitted,
			List<NarrativeWriter.Decision> decisions) {
		IndexSet set = Scenario.definition();
		UnitResult result = Scorer.score(set, scenario.inputs());
		IndexSetView view = new IndexSetView(7, 2021, 1, "Bộ chỉ số", "", false, true, set.componentMaxima(),
				set.bonusCap(), set.deductionCap(), places, List.of(), List.of(), set, 0, rankLabel);
		UnitView unit = new UnitView(9, "dak-po", 1, UnitKind.DISTRICT, "Đak Pơ", 9, true);
		Optional<PreviousStanding> previous = scenario.previousRank
			.map((rank) -> new PreviousStanding(2020, BigDecimal.TEN, rank, 17,
					Change.between(BigDecimal.TEN, rank, result.total(), scenario.rank), scenario.predecessor));
		UnitStanding standing = new UnitStanding(unit, result,
				new RankedUnit("dak-po", result.total(), scenario.rank, 17), previous, submitted);
		List<String> reasons = new ArrayList<>();
		for (String code : scenario.losing) {
			reasons.add(Scenario.REASONS.get(code));
		}
		return this.writer.write(GROUP, view, standing, result.statistics(Component.APPRAISAL), reasons, decisions,
				locale);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/**
	 * A unit under a small set: area 1 with criterion 1.1 (2 points, yes/no), criterion
	 * 1.2 with sub-criteria 1.2.1 and 1.2.2 (2 + 3, yes/no), criterion 1.3 (1, yes/no)
	 * and survey criterion 1.4 (2); bonus 0,5 of 6, no deduction of 8.
	 */
	private static final class Scenario {

		static final Map<String, String> REASONS = Map.of("1.1", "Lý do của 1.1", "1.2.1",
				"Lý do chung của 1.2.1 và 1.3.", "1.2.2", "Lý do của 1.2.2", "1.3", "Lý do chung của 1.2.1 và 1.3");

		private Optional<Integer> previousRank = Optional.empty();

		private Optional<UnitView> predecessor = Optional.empty();

		private int rank = 1;

		private List<String> losing = List.of();

		private BigDecimal bonus = new BigDecimal("0.5");

		private java.util.Set<String> notApplicable = java.util.Set.of();

		static Scenario of() {
			return new Scenario();
		}

		Scenario previousRank(int rank) {
			this.previousRank = Optional.of(rank);
			return this;
		}

		Scenario predecessor(UnitView unit) {
			this.predecessor = Optional.of(unit);
			return this;
		}

		Scenario rank(int rank) {
			this.rank = rank;
			return this;
		}

		Scenario bonus(String points) {
			this.bonus = new BigDecimal(points);
			return this;
		}

		Scenario notApplicable(String... codes) {
			this.notApplicable = java.util.Set.of(codes);
			return this;
		}

		Scenario losing(String... codes) {
			this.losing = List.of(codes);
			return this;
		}

		static IndexSet definition() {
			List<Node> criteria = List.of(leaf("1.1", Level.CRITERION, "2"),
					new Branch("1.2", Level.CRITERION, new BigDecimal("5"),
							List.of(leaf("1.2.1", Level.SUB_CRITERION, "2"), leaf("1.2.2", Level.SUB_CRITERION, "3"))),
					leaf("1.3", Level.CRITERION, "1"),
					new Leaf("1.4", Level.CRITERION, new BigDecimal("2"), Component.SURVEY, new Rule.Survey()));
			Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
			maxima.put(Component.APPRAISAL, new BigDecimal("8"));
			maxima.put(Component.SURVEY, new BigDecimal("2"));
			return new IndexSet(maxima, new BigDecimal("6"), new BigDecimal("8"),
					List.of(new Branch("1", Level.AREA, new BigDecimal("10"), criteria)), List.of(),
					TieRule.PUBLISHED_PRECISION);
		}

		UnitInputs inputs() {
			Map<String, LeafInputs> leaves = new HashMap<>();
			for (String code : List.of("1.1", "1.2.1", "1.2.2", "1.3")) {
				leaves.put(code,
						LeafInputs.of(Map.of("met", this.losing.contains(code) ? BigDecimal.ZERO : BigDecimal.ONE)));
			}
			leaves.put("1.4", LeafInputs.of(Map.of("mean", new BigDecimal("0.9"))));
			return new UnitInputs("dak-po", leaves, List.of(this.bonus), List.of(), this.notApplicable);
		}

		private static Leaf leaf(String code, Level level, String max) {
			return new Leaf(code, level, new BigDecimal(max), Component.APPRAISAL, new Rule.YesNo());
		}

	}

}
