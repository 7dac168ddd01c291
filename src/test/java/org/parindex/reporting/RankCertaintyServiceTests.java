package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parindex.engine.RankLabel;
import org.parindex.engine.RankUncertainty;
import org.parindex.engine.SurveyMean;
import org.parindex.methodology.IndexSetView;
import org.parindex.survey.SurveyPointsService;
import org.parindex.survey.SurveySample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The ranking's certainty (issue 12, item 5) from the survey's answers: only survey
 * points are drawn again, the rest of each total is held, and units without answers keep
 * their totals.
 */
class RankCertaintyServiceTests {

	private final SurveyPointsService survey = mock(SurveyPointsService.class);

	private final RankCertaintyService service = new RankCertaintyService(this.survey);

	private final IndexSetView set = new IndexSetView(11, 2022, 1, "Bộ chỉ số", "", false, true, Map.of(),
			BigDecimal.ZERO, BigDecimal.ZERO, 2, List.of(), List.of(), null, 0, RankLabel.UNIT_COUNT_WIDTH);

	/**
	 * C (82,00, no survey answers) is held; A (80,00, of which 5 survey points from a
	 * 10-point leaf of 100 answers half "yes") and B (79,50, the same) are 0,5 apart with
	 * a difference of standard error 10 × √(0,25 ÷ 100) × √2 = 0,71, so B passes A in
	 * about P(Z > 0,70) ≈ 24 % of resamples: fragile at 10%. Neither reaches C: their
	 * totals move by ±1,5 at most in practice (3 standard errors), and C is 2 points
	 * ahead; a service that added the survey points on top of the totals instead of
	 * replacing them would put A at about 85 and first.
	 */
	@Test
	void surveyPointsAreDrawnAgainAndTheRestOfEachTotalIsHeld() {
		when(this.survey.samples(11)).thenReturn(Map.of(1L, halfYes(1), 2L, halfYes(2)));
		List<RankCertaintyService.Ranked> ranked = List.of(ranked(3, "C", 1, "82.00"), ranked(1, "A", 2, "80.00"),
				ranked(2, "B", 3, "79.50"));

		RankCertainty certainty = this.service.of(this.set, ranked).orElseThrow();

		assertThat(certainty.resamples()).isEqualTo(1000);
		assertThat(certainty.sampledUnits()).isEqualTo(2);
		assertThat(certainty.unit(3).orElseThrow()).satisfies((c) -> {
			assertThat(c.lowRank()).isEqualTo(1);
			assertThat(c.highRank()).isEqualTo(1);
			assertThat(c.certain()).isTrue();
		});
		assertThat(certainty.unit(1).orElseThrow()).satisfies((a) -> {
			assertThat(a.rank()).isEqualTo(2);
			assertThat(a.lowRank()).isEqualTo(2);
			assertThat(a.highRank()).isEqualTo(3);
		});
		assertThat(certainty.unit(2).orElseThrow().lowRank()).isEqualTo(2);
		assertThat(certainty.fragile()).singleElement().satisfies((pair) -> {
			assertThat(pair.first()).isEqualTo("A");
			assertThat(pair.second()).isEqualTo("B");
			assertThat(pair.firstRank()).isEqualTo(2);
			assertThat(pair.reversedPercent()).isBetween(new BigDecimal("18"), new BigDecimal("30"));
		});
	}

	@Test
	void theSameFiguresAreBootstrappedOnceAndGiveTheSameBands() {
		when(this.survey.samples(11)).thenReturn(Map.of(1L, halfYes(1), 2L, halfYes(2)));
		List<RankCertaintyService.Ranked> ranked = List.of(ranked(1, "A", 1, "80.00"), ranked(2, "B", 2, "79.50"));

		RankCertainty first = this.service.of(this.set, ranked).orElseThrow();
		RankCertainty second = this.service.of(this.set, ranked).orElseThrow();

		assertThat(second).isSameAs(first);
		verify(this.survey, times(2)).samples(anyLong());
		RankCertainty other = this.service.of(this.set, List.of(ranked(1, "A", 1, "81.00"), ranked(2, "B", 2, "79.50")))
			.orElseThrow();
		assertThat(other).isNotSameAs(first);
		assertThat(other.fragile()).isEmpty();
	}

	/**
	 * B's survey points are not recorded (0 in its total): B is held and A alone varies.
	 */
	@Test
	void aUnitWithoutRecordedSurveyPointsIsHeld() {
		when(this.survey.samples(11)).thenReturn(Map.of(1L, halfYes(1), 2L, halfYes(2)));
		RankCertainty certainty = this.service
			.of(this.set,
					List.of(ranked(1, "A", 1, "80.00"),
							new RankCertaintyService.Ranked(2, "B", 2, new BigDecimal("79.50"), BigDecimal.ZERO)))
			.orElseThrow();
		assertThat(certainty.sampledUnits()).isEqualTo(1);
		// A's total 80 ± 0,5 (standard error) passes B's fixed 79,50 in about 16 %
		assertThat(certainty.fragile()).singleElement()
			.satisfies(
					(pair) -> assertThat(pair.reversedPercent()).isBetween(new BigDecimal("10"), new BigDecimal("24")));
	}

	@Test
	void withoutSurveyAnswersThereIsNothingToBootstrap() {
		when(this.survey.samples(11)).thenReturn(Map.of());
		assertThat(this.service.of(this.set, List.of(ranked(1, "A", 1, "80.00")))).isEqualTo(Optional.empty());
		assertThat(this.service.of(this.set, List.of())).isEqualTo(Optional.empty());
	}

	private static RankCertaintyService.Ranked ranked(long unit, String name, int rank, String total) {
		return new RankCertaintyService.Ranked(unit, name, rank, new BigDecimal(total), new BigDecimal("5"));
	}

	/** 100 answers to a 10-point leaf, half "yes" (weight 1), half "no" (0): 5 points. */
	private static SurveySample halfYes(long unit) {
		RankUncertainty.GroupSample group = new RankUncertainty.GroupSample(BigDecimal.ONE,
				List.of(new SurveyMean.AnswerTally(Optional.of(BigDecimal.ONE), 50),
						new SurveyMean.AnswerTally(Optional.of(BigDecimal.ZERO), 50)));
		return new SurveySample(unit, new BigDecimal("5"),
				List.of(new RankUncertainty.LeafSample(BigDecimal.TEN, List.of(group))));
	}

}
