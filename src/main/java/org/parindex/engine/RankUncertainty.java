package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How sure a ranking is, given that the survey points rest on samples (issue 12, item 5):
 * a nonparametric bootstrap of each unit's survey answers.
 * <p>
 * In each resample, every survey leaf's answers in every respondent group are drawn again
 * with replacement, as many as there were (a multinomial draw over the options with the
 * observed shares); the leaf's mean is recomputed as the survey does it
 * ({@link SurveyMean}: weighted mean of the valid answers, "không biết" left out, groups
 * combined by their weights), its points are the leaf's maximum × mean
 * ({@link Rule.Survey}), and the unit's total is its other points (appraisal, bonus,
 * deduction, as published) plus the resampled survey points. The units are then ranked by
 * their totals at the published precision, equal totals sharing a rank (1, 2, 2, 4), as
 * {@link Ranking} does. Over all resamples each unit gets its 5th and 95th percentile
 * rank, and each pair of units the share of resamples in which their published order is
 * reversed; a pair is fragile when that share reaches {@code fragileShare}.
 * <p>
 * Leaves are resampled independently of each other: the published tallies do not say
 * which answers came from the same respondent, so agreement between one respondent's
 * answers is not reproduced (the intervals are, if anything, a little wide when answers
 * are positively correlated). Arithmetic is in {@code double}: the result is a statistic
 * of thousands of draws, not a published figure. Deterministic for a given seed.
 */
public final class RankUncertainty {

	/** The lower percentile of the rank interval (%). */
	public static final int LOWER_PERCENTILE = 5;

	/** The upper percentile of the rank interval (%). */
	public static final int UPPER_PERCENTILE = 95;

	private RankUncertainty() {
	}

	/**
	 * Bootstraps the ranks.
	 * @param units every ranked unit, in published rank order (best first)
	 * @param places the published precision of totals (decimal places, 0 to 6)
	 * @param resamples how many resamples (at least 1; 1,000 gives percentiles to about
	 * ±1 rank for a province's units)
	 * @param fragileShare the share of resamples (0 to 1, e.g. 0,10) from which a
	 * reversed order makes a pair fragile
	 * @param seed the random seed
	 * @return each unit's rank interval, and the fragile pairs, most often reversed first
	 * @throws IllegalArgumentException for no resamples, a share outside 0 to 1 or places
	 * outside 0 to 6
	 */
	public static Result bootstrap(List<UnitSample> units, int places, int resamples, double fragileShare, long seed) {
		if (resamples < 1) {
			throw new IllegalArgumentException("At least one resample is needed");
		}
		if (fragileShare < 0 || fragileShare > 1) {
			throw new IllegalArgumentException("The fragile share is between 0 and 1");
		}
		if (places < 0 || places > 6) {
			throw new IllegalArgumentException("Published precision is 0 to 6 places");
		}
		int n = units.size();
		Prepared[] prepared = new Prepared[n];
		double[] others = new double[n];
		for (int u = 0; u < n; u++) {
			prepared[u] = new Prepared(units.get(u));
			others[u] = units.get(u).otherPoints().doubleValue();
		}
		double scale = Math.pow(10, places);
		SplittableRandom random = new SplittableRandom(seed);
		int[][] rankCounts = new int[n][n + 1];
		int[][] reversed = new int[n][n];
		long[] shown = new long[n];
		int[] ranks = new int[n];
		Integer[] order = new Integer[n];
		double[] survey = new double[1];
		for (int r = 0; r < resamples; r++) {
			for (int u = 0; u < n; u++) {
				double total = others[u] + prepared[u].resampleSurvey(random, survey)[0];
				// half up at the published precision, as Points.atPlaces rounds
				shown[u] = (long) Math.floor(total * scale + 0.5 + 1e-9);
				order[u] = u;
			}
			Arrays.sort(order, (a, b) -> Long.compare(shown[b], shown[a]));
			for (int i = 0; i < n; i++) {
				int u = order[i];
				ranks[u] = (i > 0 && shown[order[i - 1]] == shown[u]) ? ranks[order[i - 1]] : i + 1;
				rankCounts[u][ranks[u]]++;
			}
			for (int a = 0; a < n; a++) {
				for (int b = a + 1; b < n; b++) {
					if (shown[b] > shown[a]) {
						reversed[a][b]++;
					}
				}
			}
		}
		List<Interval> intervals = new ArrayList<>(n);
		for (int u = 0; u < n; u++) {
			intervals.add(new Interval(units.get(u).key(), percentile(rankCounts[u], resamples, LOWER_PERCENTILE),
					percentile(rankCounts[u], resamples, UPPER_PERCENTILE)));
		}
		List<FragilePair> fragile = new ArrayList<>();
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				if (reversed[a][b] > 0 && reversed[a][b] >= fragileShare * resamples) {
					fragile.add(new FragilePair(units.get(a).key(), units.get(b).key(), reversed[a][b], resamples));
				}
			}
		}
		fragile.sort((x, y) -> Integer.compare(y.reversed(), x.reversed()));
		return new Result(intervals, fragile, resamples);
	}

	/**
	 * The smallest rank at or below which at least {@code percent} % of resamples fall.
	 */
	private static int percentile(int[] counts, int resamples, int percent) {
		long needed = (long) Math.ceil(resamples * percent / 100.0);
		long seen = 0;
		for (int rank = 1; rank < counts.length; rank++) {
			seen += counts[rank];
			if (seen >= Math.max(1, needed)) {
				return rank;
			}
		}
		return counts.length - 1;
	}

	/**
	 * A unit's points and survey answers.
	 *
	 * @param key the unit's key, as in the ranking
	 * @param otherPoints its published total less its survey points (points)
	 * @param leaves its survey leaves
	 */
	public record UnitSample(String key, BigDecimal otherPoints, List<LeafSample> leaves) {

		public UnitSample {
			leaves = List.copyOf(leaves);
		}

	}

	/**
	 * A survey leaf of a unit.
	 *
	 * @param maxPoints the leaf's maximum (points)
	 * @param groups the answers of each respondent group
	 */
	public record LeafSample(BigDecimal maxPoints, List<GroupSample> groups) {

		public LeafSample {
			groups = List.copyOf(groups);
		}

	}

	/**
	 * One respondent group's answers to a leaf's question.
	 *
	 * @param weight the group's weight (1 when groups are not weighted)
	 * @param tallies how many chose each option, with the option's weight (0 to 1) when
	 * it is a valid answer
	 */
	public record GroupSample(BigDecimal weight, List<SurveyMean.AnswerTally> tallies) {

		public GroupSample {
			tallies = List.copyOf(tallies);
		}

	}

	/**
	 * A unit's rank interval: the 5th and 95th percentile of its rank over the resamples.
	 */
	public record Interval(String key, int lowRank, int highRank) {

	}

	/**
	 * Two units, {@code first} published above {@code second}, whose order
	 * {@code reversed} of the {@code resamples} reversed.
	 */
	public record FragilePair(String first, String second, int reversed, int resamples) {

		/** The share of resamples that reversed the order (%, two decimals, half up). */
		public BigDecimal reversedPercent() {
			return BigDecimal.valueOf(100L * this.reversed)
				.divide(BigDecimal.valueOf(this.resamples), 2, java.math.RoundingMode.HALF_UP);
		}

	}

	/**
	 * The bootstrap's outcome.
	 *
	 * @param intervals each unit's rank interval, in the order given
	 * @param fragile the fragile pairs, most often reversed first
	 * @param resamples how many resamples it rests on
	 */
	public record Result(List<Interval> intervals, List<FragilePair> fragile, int resamples) {

		public Result {
			intervals = List.copyOf(intervals);
			fragile = List.copyOf(fragile);
		}

	}

	/**
	 * A unit's answers as arrays, for drawing fast: for each leaf and group, one slot per
	 * answer given, holding the answer's weight and whether it is valid, so that drawing
	 * an answer is one random index and two reads, with no search and no branch.
	 */
	private static final class Prepared {

		/** Per leaf: its maximum. */
		private final double[] max;

		/** Per leaf, per group: the group's weight. */
		private final double[][] groupWeight;

		/** Per leaf, per group, per answer: its option's weight (0 when not valid). */
		private final double[][][] weight;

		/** Per leaf, per group, per answer: 1 when valid, 0 for "không biết". */
		private final double[][][] valid;

		Prepared(UnitSample unit) {
			int leaves = unit.leaves().size();
			this.max = new double[leaves];
			this.groupWeight = new double[leaves][];
			this.weight = new double[leaves][][];
			this.valid = new double[leaves][][];
			for (int l = 0; l < leaves; l++) {
				LeafSample leaf = unit.leaves().get(l);
				this.max[l] = leaf.maxPoints().doubleValue();
				int groups = leaf.groups().size();
				this.groupWeight[l] = new double[groups];
				this.weight[l] = new double[groups][];
				this.valid[l] = new double[groups][];
				for (int g = 0; g < groups; g++) {
					GroupSample group = leaf.groups().get(g);
					this.groupWeight[l][g] = group.weight().doubleValue();
					long answers = group.tallies().stream().mapToLong(SurveyMean.AnswerTally::count).sum();
					if (answers > Integer.MAX_VALUE) {
						throw new IllegalArgumentException("Too many answers in one group: " + answers);
					}
					double[] weights = new double[(int) answers];
					double[] valids = new double[(int) answers];
					int at = 0;
					for (SurveyMean.AnswerTally tally : group.tallies()) {
						double w = tally.weight().map(BigDecimal::doubleValue).orElse(0.0);
						double v = tally.weight().isPresent() ? 1 : 0;
						for (long i = 0; i < tally.count(); i++) {
							weights[at] = w;
							valids[at] = v;
							at++;
						}
					}
					this.weight[l][g] = weights;
					this.valid[l][g] = valids;
				}
			}
		}

		/**
		 * The unit's survey points in one resample (returned through {@code into}, a
		 * one-element scratch array, so that no engine method returns a floating-point
		 * value: published points stay exact decimals, this is a statistic).
		 */
		double[] resampleSurvey(SplittableRandom random, double[] into) {
			double points = 0;
			for (int l = 0; l < this.max.length; l++) {
				double weighted = 0;
				double weights = 0;
				for (int g = 0; g < this.weight[l].length; g++) {
					double[] weight = this.weight[l][g];
					double[] valid = this.valid[l][g];
					int n = weight.length;
					if (n == 0) {
						continue;
					}
					double sum = 0;
					double counted = 0;
					for (int i = 0; i < n; i++) {
						int draw = random.nextInt(n);
						sum += weight[draw];
						counted += valid[draw];
					}
					if (counted > 0) {
						weighted += this.groupWeight[l][g] * (sum / counted);
						weights += this.groupWeight[l][g];
					}
				}
				if (weights > 0) {
					points += this.max[l] * Math.min(1, Math.max(0, weighted / weights));
				}
			}
			into[0] = points;
			return into;
		}

	}

}
