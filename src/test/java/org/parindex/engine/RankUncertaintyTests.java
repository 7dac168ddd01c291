package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parindex.engine.RankUncertainty.FragilePair;
import org.parindex.engine.RankUncertainty.GroupSample;
import org.parindex.engine.RankUncertainty.Interval;
import org.parindex.engine.RankUncertainty.LeafSample;
import org.parindex.engine.RankUncertainty.Result;
import org.parindex.engine.RankUncertainty.UnitSample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RankUncertaintyTests {

	private static final Optional<BigDecimal> YES = Optional.of(BigDecimal.ONE);

	private static final Optional<BigDecimal> NO = Optional.of(BigDecimal.ZERO);

	@Test
	void answersWithoutSpreadLeaveEveryRankWhereItIs() {
		// everyone answers the same: a resample draws the same answers
		List<UnitSample> units = List.of(unit("a", "20", leaf("10", 50, 0)), unit("b", "19", leaf("10", 50, 0)),
				unit("c", "18", leaf("10", 0, 50)));
		Result result = RankUncertainty.bootstrap(units, 2, 200, 0.10, 1L);
		assertThat(result.intervals()).containsExactly(new Interval("a", 1, 1), new Interval("b", 2, 2),
				new Interval("c", 3, 3));
		assertThat(result.fragile()).isEmpty();
	}

	@Test
	void twoUnitsOnePointApartSwapAsOftenAsTheSamplingErrorSays() {
		// survey 10 points, 100 answers, half yes: the survey points have a standard
		// error of 10 × √(0,25 / 100) = 0,5, so the difference of two units has 0,707 and
		// a one-point lead is lost with probability P(Z > 1,414) ≈ 7,9 %
		List<UnitSample> units = List.of(unit("ahead", "11", leaf("10", 50, 50)),
				unit("behind", "10", leaf("10", 50, 50)));
		Result result = RankUncertainty.bootstrap(units, 2, 4000, 0.05, 20211231L);
		assertThat(result.fragile()).hasSize(1);
		FragilePair pair = result.fragile().get(0);
		assertThat(pair.first()).isEqualTo("ahead");
		assertThat(pair.second()).isEqualTo("behind");
		assertThat(pair.reversedPercent()).isBetween(new BigDecimal("5.50"), new BigDecimal("10.50"));
		assertThat(result.intervals()).containsExactly(new Interval("ahead", 1, 2), new Interval("behind", 1, 2));
		// at 10 % the same pair is not flagged
		assertThat(RankUncertainty.bootstrap(units, 2, 4000, 0.10, 20211231L).fragile()).isEmpty();
	}

	@Test
	void dontKnowAnswersAreLeftOutAndGroupsAreWeighted() {
		// group 1 (weight 3) all yes, group 2 (weight 1) all no, plus "không biết": the
		// mean is always 0,75, so a 7,5-point survey beats 7,4 other points every time
		LeafSample leaf = new LeafSample(
				new BigDecimal("10"), List.of(
						new GroupSample(new BigDecimal("3"),
								List.of(new SurveyMean.AnswerTally(YES, 20),
										new SurveyMean.AnswerTally(Optional.empty(), 30))),
						new GroupSample(BigDecimal.ONE, List.of(new SurveyMean.AnswerTally(NO, 10)))));
		List<UnitSample> units = List.of(new UnitSample("survey", BigDecimal.ZERO, List.of(leaf)),
				new UnitSample("fixed", new BigDecimal("7.4"), List.of()));
		Result result = RankUncertainty.bootstrap(units, 2, 500, 0.01, 7L);
		assertThat(result.intervals()).containsExactly(new Interval("survey", 1, 1), new Interval("fixed", 2, 2));
		assertThat(result.fragile()).isEmpty();
	}

	@Test
	void equalTotalsAtThePublishedPrecisionShareARank() {
		List<UnitSample> units = List.of(unit("a", "10.004", leaf("1", 10, 0)), unit("b", "10.001", leaf("1", 10, 0)));
		Result result = RankUncertainty.bootstrap(units, 2, 50, 0.10, 3L);
		assertThat(result.intervals()).containsExactly(new Interval("a", 1, 1), new Interval("b", 1, 1));
		assertThat(result.fragile()).isEmpty();
	}

	@Test
	void theSameSeedGivesTheSameResult() {
		List<UnitSample> units = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			units.add(unit("u" + i, String.valueOf(60 - i * 0.3), leaf("30", 40 + i, 20 - i)));
		}
		assertThat(RankUncertainty.bootstrap(units, 2, 300, 0.1, 42L))
			.isEqualTo(RankUncertainty.bootstrap(units, 2, 300, 0.1, 42L));
	}

	@Test
	void refusesMeaninglessArguments() {
		List<UnitSample> units = List.of(unit("a", "1", leaf("1", 1, 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> RankUncertainty.bootstrap(units, 2, 0, 0.1, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> RankUncertainty.bootstrap(units, 2, 10, 1.5, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> RankUncertainty.bootstrap(units, 7, 10, 0.1, 1L));
	}

	/**
	 * Every interval lies within 1 and the number of units, its low end at or above its
	 * high.
	 */
	@Property(tries = 60)
	void intervalsAreRanksOfTheProvince(@ForAll @IntRange(min = 1, max = 12) int count,
			@ForAll @IntRange(min = 0, max = 40) int spread, @ForAll @IntRange(min = 1, max = 1000) int seed) {
		List<UnitSample> units = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			units.add(unit("u" + i, String.valueOf(50 - i * 0.2), leaf("30", 10 + (i * spread) % 37, 5 + spread)));
		}
		Result result = RankUncertainty.bootstrap(units, 2, 100, 0.1, seed);
		assertThat(result.intervals()).hasSize(count);
		for (Interval interval : result.intervals()) {
			assertThat(interval.lowRank()).isBetween(1, count);
			assertThat(interval.highRank()).isBetween(interval.lowRank(), count);
		}
		for (FragilePair pair : result.fragile()) {
			assertThat(pair.reversedPercent()).isBetween(BigDecimal.TEN, new BigDecimal("100"));
		}
	}

	private static UnitSample unit(String key, String other, LeafSample leaf) {
		return new UnitSample(key, new BigDecimal(other), List.of(leaf));
	}

	private static LeafSample leaf(String max, int yes, int no) {
		return new LeafSample(new BigDecimal(max), List.of(new GroupSample(BigDecimal.ONE,
				List.of(new SurveyMean.AnswerTally(YES, yes), new SurveyMean.AnswerTally(NO, no)))));
	}

}
