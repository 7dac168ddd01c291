package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a leaf computes its points from the unit's inputs. Every rule gives points between
 * zero and the leaf's maximum. Inputs are named decimals ({@link #inputNames()}); the
 * appraiser may replace the computed points by an {@link ScoreOverride} with a reason.
 */
public sealed interface Rule {

	/**
	 * The names of the inputs that count things (tasks, documents, items, violations) and
	 * must therefore be whole numbers: a ratio's {@code actual} and {@code base} (also
	 * under bands over a ratio), a count's {@code count}, a deduction's
	 * {@code violations}. No rule reading a score, a yes/no, a value in bands or a survey
	 * mean uses these names. Forms read these as counts ({@code 1.000} is one thousand)
	 * and the rules refuse a fraction, naming the input
	 * ({@link ProblemKind#INPUT_NOT_WHOLE}, issue 9).
	 */
	Set<String> COUNT_INPUTS = Set.of("actual", "base", "count", "violations");

	RuleType type();

	/** The inputs the unit enters for this rule. */
	List<String> inputNames();

	/** Problems with the rule's parameters on a leaf of maximum {@code max}. */
	List<Problem> checkDefinition(String leafCode, BigDecimal max);

	/** Points from inputs that passed {@link #checkInputs}. */
	BigDecimal points(BigDecimal max, Map<String, BigDecimal> inputs);

	/**
	 * The points, or the problems of {@link #checkInputs}, in one pass, always between
	 * zero and {@code max}: whatever a rule's parameters (even ones
	 * {@link #checkDefinition} refuses, such as a negative points per item), no leaf ever
	 * scores below zero or above its maximum. Every caller (scoring, live scores, the
	 * dossier) goes through here.
	 */
	default Evaluation evaluate(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
		Evaluation evaluation = compute(leafCode, max, inputs);
		BigDecimal points = evaluation.points();
		if (points.signum() >= 0 && points.compareTo(max) <= 0) {
			return evaluation;
		}
		return new Evaluation(Points.clamp(points, BigDecimal.ZERO, max.max(BigDecimal.ZERO)), evaluation.problems());
	}

	/**
	 * The rule's own points or problems, before {@link #evaluate} bounds them: each rule
	 * reads its inputs once and checks them all only when something is wrong.
	 */
	default Evaluation compute(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
		List<Problem> problems = checkInputs(leafCode, max, inputs);
		return problems.isEmpty() ? Evaluation.of(points(max, inputs)) : Evaluation.invalid(problems);
	}

	/**
	 * Problems with a unit's inputs: missing, unknown or negative values, then the rule's
	 * own limits.
	 */
	default List<Problem> checkInputs(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
		List<String> names = inputNames();
		boolean sound = inputs.size() == names.size();
		for (int i = 0; sound && i < names.size(); i++) {
			BigDecimal value = inputs.get(names.get(i));
			sound = value != null && value.signum() >= 0;
		}
		if (sound) {
			return checkLimits(leafCode, max, inputs);
		}
		List<Problem> problems = new ArrayList<>();
		for (String name : names) {
			BigDecimal value = inputs.get(name);
			if (value == null) {
				problems.add(Problem.of(leafCode, ProblemKind.INPUT_MISSING, name));
			}
			else if (value.signum() < 0) {
				problems.add(Problem.of(leafCode, ProblemKind.INPUT_NEGATIVE, name, value));
			}
		}
		for (String name : inputs.keySet()) {
			if (!names.contains(name)) {
				problems.add(Problem.of(leafCode, ProblemKind.INPUT_UNKNOWN, name));
			}
		}
		return problems;
	}

	/**
	 * Inputs the rule accepts and scores but a person should check: warnings, never
	 * refusals. A ratio's achieved count above its total, or achieved with a total of 0
	 * (full points under {@code base-zero}), is usually a typing error, yet a ratio may
	 * compare an amount with a plan that it can pass (docs/scoring.md), so the unit is
	 * told when it saves and the appraiser sees the flag beside the criterion.
	 * @return {@link ProblemKind#RATIO_ACTUAL_ABOVE_BASE} or
	 * {@link ProblemKind#RATIO_BASE_ZERO}; empty for other rules and for sound inputs
	 */
	default List<Problem> warnings(String leafCode, Map<String, BigDecimal> inputs) {
		return List.of();
	}

	/** The warnings of a rule reading {@code actual} of {@code base}. */
	private static List<Problem> ratioWarnings(String leafCode, Map<String, BigDecimal> inputs) {
		BigDecimal actual = inputs.get("actual");
		BigDecimal base = inputs.get("base");
		if (actual == null || base == null || actual.signum() <= 0 || base.signum() < 0) {
			return List.of();
		}
		if (base.signum() == 0) {
			return List.of(Problem.of(leafCode, ProblemKind.RATIO_BASE_ZERO, actual));
		}
		if (actual.compareTo(base) > 0) {
			return List.of(Problem.of(leafCode, ProblemKind.RATIO_ACTUAL_ABOVE_BASE, actual, base));
		}
		return List.of();
	}

	/** Problems with present, non-negative inputs that exceed the rule's limits. */
	default List<Problem> checkLimits(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
		return List.of();
	}

	/**
	 * Chấm điểm trực tiếp: the appraiser enters a score between zero and the maximum, in
	 * multiples of {@code step} (no step constraint when the step is zero).
	 */
	record Manual(BigDecimal step) implements Rule {

		public static final String SCORE = "score";

		private static final List<String> INPUTS = List.of(SCORE);

		@Override
		public RuleType type() {
			return RuleType.MANUAL;
		}

		@Override
		public List<String> inputNames() {
			return INPUTS;
		}

		@Override
		public List<Problem> checkDefinition(String leafCode, BigDecimal max) {
			if (this.step.signum() < 0) {
				return List.of(Problem.of(leafCode, ProblemKind.NEGATIVE_VALUE, "step", this.step));
			}
			if (this.step.signum() > 0 && max.remainder(this.step).signum() != 0) {
				return List.of(Problem.of(leafCode, ProblemKind.STEP_DOES_NOT_DIVIDE_MAXIMUM, this.step, max));
			}
			return List.of();
		}

		@Override
		public List<Problem> checkLimits(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			BigDecimal score = inputs.get(SCORE);
			if (score.compareTo(max) > 0) {
				return List.of(Problem.of(leafCode, ProblemKind.SCORE_ABOVE_MAXIMUM, score, max));
			}
			if (this.step.signum() > 0 && score.remainder(this.step).signum() != 0) {
				return List.of(Problem.of(leafCode, ProblemKind.SCORE_NOT_ON_STEP, score, this.step));
			}
			return List.of();
		}

		@Override
		public BigDecimal points(BigDecimal max, Map<String, BigDecimal> inputs) {
			return Points.clamp(inputs.get(SCORE), BigDecimal.ZERO, max);
		}

		@Override
		public Evaluation compute(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			BigDecimal score = (inputs.size() == 1) ? inputs.get(SCORE) : null;
			if (score != null && score.signum() >= 0 && score.compareTo(max) <= 0
					&& (this.step.signum() == 0 || score.remainder(this.step).signum() == 0)) {
				return Evaluation.of(score);
			}
			return Rule.super.compute(leafCode, max, inputs);
		}

	}

	/** Đạt / không đạt: full points when {@code met} is 1, none when it is 0. */
	record YesNo() implements Rule {

		public static final String MET = "met";

		private static final List<String> INPUTS = List.of(MET);

		@Override
		public RuleType type() {
			return RuleType.YES_NO;
		}

		@Override
		public List<String> inputNames() {
			return INPUTS;
		}

		@Override
		public List<Problem> checkDefinition(String leafCode, BigDecimal max) {
			return List.of();
		}

		@Override
		public List<Problem> checkLimits(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			BigDecimal met = inputs.get(MET);
			if (met.compareTo(BigDecimal.ZERO) != 0 && met.compareTo(BigDecimal.ONE) != 0) {
				return List.of(Problem.of(leafCode, ProblemKind.YES_NO_NOT_BINARY, met));
			}
			return List.of();
		}

		@Override
		public BigDecimal points(BigDecimal max, Map<String, BigDecimal> inputs) {
			return (inputs.get(MET).compareTo(BigDecimal.ONE) == 0) ? max : BigDecimal.ZERO;
		}

		@Override
		public Evaluation compute(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			BigDecimal met = (inputs.size() == 1) ? inputs.get(MET) : null;
			if (met != null) {
				if (met.compareTo(BigDecimal.ONE) == 0) {
					return Evaluation.of(max);
				}
				if (met.signum() == 0) {
					return Evaluation.of(BigDecimal.ZERO);
				}
			}
			return Rule.super.compute(leafCode, max, inputs);
		}

	}

	/**
	 * Tỷ lệ: {@code max × clamp((actual / base) / fullAt, 0, 1)}, e.g. dossiers settled
	 * on time over dossiers received, full points at {@code fullAt} (1 = 100 %). With a
	 * base of zero (nothing to count) the leaf gets full points when
	 * {@code fullWhenBaseZero}, none otherwise.
	 */
	record Ratio(BigDecimal fullAt, boolean fullWhenBaseZero) implements Rule {

		@Override
		public List<Problem> warnings(String leafCode, Map<String, BigDecimal> inputs) {
			return Rule.ratioWarnings(leafCode, inputs);
		}

		public static final String ACTUAL = "actual";

		public static final String BASE = "base";

		private static final List<String> INPUTS = List.of(ACTUAL, BASE);

		@Override
		public RuleType type() {
			return RuleType.RATIO;
		}

		@Override
		public List<String> inputNames() {
			return INPUTS;
		}

		@Override
		public List<Problem> checkDefinition(String leafCode, BigDecimal max) {
			if (this.fullAt.signum() <= 0) {
				return List.of(Problem.of(leafCode, ProblemKind.FULL_AT_NOT_POSITIVE, this.fullAt));
			}
			return List.of();
		}

		/** Both counts are whole numbers (tasks, documents: issue 9). */
		@Override
		public List<Problem> checkLimits(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			return Rule.wholeCounts(leafCode, inputs, ACTUAL, BASE);
		}

		@Override
		public BigDecimal points(BigDecimal max, Map<String, BigDecimal> inputs) {
			return points(max, inputs.get(ACTUAL), inputs.get(BASE));
		}

		@Override
		public Evaluation compute(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			if (inputs.size() == 2) {
				BigDecimal actual = inputs.get(ACTUAL);
				BigDecimal base = inputs.get(BASE);
				if (actual != null && base != null && actual.signum() >= 0 && base.signum() >= 0 && whole(actual)
						&& whole(base)) {
					return Evaluation.of(points(max, actual, base));
				}
			}
			return Rule.super.compute(leafCode, max, inputs);
		}

		private BigDecimal points(BigDecimal max, BigDecimal actual, BigDecimal base) {
			if (base.signum() == 0) {
				return this.fullWhenBaseZero ? max : BigDecimal.ZERO;
			}
			BigDecimal target = (this.fullAt.compareTo(BigDecimal.ONE) == 0) ? base : base.multiply(this.fullAt);
			if (actual.compareTo(target) >= 0) {
				return max;
			}
			return max.multiply(Points.divide(actual, target));
		}

	}

	/**
	 * Thang điểm theo mức: the points of the highest band whose threshold the value
	 * reaches; no points below the first threshold. Thresholds ascend; a band's points
	 * may fall as the value rises (e.g. fewer disciplined officials score more).
	 */
	record Bands(List<Band> bands) implements Rule {

		public static final String VALUE = "value";

		private static final List<String> INPUTS = List.of(VALUE);

		public Bands {
			bands = List.copyOf(bands);
		}

		@Override
		public RuleType type() {
			return RuleType.BANDS;
		}

		@Override
		public List<String> inputNames() {
			return INPUTS;
		}

		@Override
		public List<Problem> checkDefinition(String leafCode, BigDecimal max) {
			return checkBands(leafCode, max, this.bands);
		}

		/**
		 * Problems of a list of bands on a leaf of maximum {@code max}: none, negative
		 * points or points above the maximum, thresholds not ascending.
		 */
		static List<Problem> checkBands(String leafCode, BigDecimal max, List<Band> bands) {
			List<Problem> problems = new ArrayList<>();
			if (bands.isEmpty()) {
				problems.add(Problem.of(leafCode, ProblemKind.BANDS_EMPTY));
			}
			Band previous = null;
			for (Band band : bands) {
				if (band.points().signum() < 0) {
					problems.add(Problem.of(leafCode, ProblemKind.NEGATIVE_VALUE, "band points", band.points()));
				}
				else if (band.points().compareTo(max) > 0) {
					problems.add(Problem.of(leafCode, ProblemKind.BAND_POINTS_ABOVE_MAXIMUM, band.points(), max));
				}
				if (previous != null && band.from().compareTo(previous.from()) <= 0) {
					problems.add(Problem.of(leafCode, ProblemKind.BANDS_NOT_ASCENDING, previous.from(), band.from()));
				}
				previous = band;
			}
			return problems;
		}

		@Override
		public Evaluation compute(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			BigDecimal value = (inputs.size() == 1) ? inputs.get(VALUE) : null;
			if (value != null && value.signum() >= 0) {
				return Evaluation.of(points(max, inputs));
			}
			return Rule.super.compute(leafCode, max, inputs);
		}

		@Override
		public BigDecimal points(BigDecimal max, Map<String, BigDecimal> inputs) {
			return reached(this.bands, inputs.get(VALUE), max);
		}

		/** The points of the highest band {@code value} reaches, within zero and max. */
		static BigDecimal reached(List<Band> bands, BigDecimal value, BigDecimal max) {
			BigDecimal points = BigDecimal.ZERO;
			for (Band band : bands) {
				if (value.compareTo(band.from()) >= 0) {
					points = band.points();
				}
			}
			return Points.clamp(points, BigDecimal.ZERO, max);
		}

	}

	/** One band of a {@link Bands} rule: from {@code from} upwards, {@code points}. */
	record Band(BigDecimal from, BigDecimal points) {

	}

	/**
	 * The definition check of a rule with points per item ({@link Count},
	 * {@link Deduct}): the points must be above zero.
	 */
	private static List<Problem> positivePerItem(String leafCode, BigDecimal pointsPerItem) {
		if (pointsPerItem.signum() <= 0) {
			return List.of(Problem.of(leafCode, ProblemKind.POINTS_PER_ITEM_NOT_POSITIVE, pointsPerItem));
		}
		return List.of();
	}

	/** A counted input (items, violations) must be a whole number. */
	private static List<Problem> wholeCount(String leafCode, String input, BigDecimal count) {
		if (!whole(count)) {
			return List.of(Problem.of(leafCode, ProblemKind.INPUT_NOT_WHOLE, input, count));
		}
		return List.of();
	}

	/** Each of the counted inputs must be a whole number, in the order named. */
	private static List<Problem> wholeCounts(String leafCode, Map<String, BigDecimal> inputs, String... names) {
		List<Problem> problems = new ArrayList<>();
		for (String name : names) {
			problems.addAll(wholeCount(leafCode, name, inputs.get(name)));
		}
		return problems;
	}

	/** Whether a value has no fractional part ({@code 3}, {@code 3.000}). */
	private static boolean whole(BigDecimal value) {
		return value.scale() <= 0 || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
	}

	/** Đếm: {@code count × pointsPerItem}, capped at the maximum. */
	record Count(BigDecimal pointsPerItem) implements Rule {

		public static final String COUNT = "count";

		private static final List<String> INPUTS = List.of(COUNT);

		@Override
		public RuleType type() {
			return RuleType.COUNT;
		}

		@Override
		public List<String> inputNames() {
			return INPUTS;
		}

		@Override
		public List<Problem> checkDefinition(String leafCode, BigDecimal max) {
			return positivePerItem(leafCode, this.pointsPerItem);
		}

		@Override
		public List<Problem> checkLimits(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			return wholeCount(leafCode, COUNT, inputs.get(COUNT));
		}

		@Override
		public BigDecimal points(BigDecimal max, Map<String, BigDecimal> inputs) {
			return Points.clamp(inputs.get(COUNT).multiply(this.pointsPerItem), BigDecimal.ZERO, max);
		}

		@Override
		public Evaluation compute(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			BigDecimal count = (inputs.size() == 1) ? inputs.get(COUNT) : null;
			if (count != null && count.signum() >= 0
					&& (count.scale() <= 0 || count.stripTrailingZeros().scale() <= 0)) {
				return Evaluation.of(count.multiply(this.pointsPerItem).min(max));
			}
			return Rule.super.compute(leafCode, max, inputs);
		}

	}

	/**
	 * Trừ điểm theo lần vi phạm: a leaf starts full and loses {@code pointsPerItem} for
	 * each violation counted, never below zero:
	 * {@code max(0, max − count × pointsPerItem)} (e.g. "Không vi phạm: 100 % quỹ điểm;
	 * trừ 0,5 điểm/1 lần vi phạm": 3 violations on a 2-point leaf give 0,5). The count is
	 * a whole number.
	 */
	record Deduct(BigDecimal pointsPerItem) implements Rule {

		public static final String COUNT = "violations";

		private static final List<String> INPUTS = List.of(COUNT);

		@Override
		public RuleType type() {
			return RuleType.DEDUCT;
		}

		@Override
		public List<String> inputNames() {
			return INPUTS;
		}

		@Override
		public List<Problem> checkDefinition(String leafCode, BigDecimal max) {
			return positivePerItem(leafCode, this.pointsPerItem);
		}

		@Override
		public List<Problem> checkLimits(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			return wholeCount(leafCode, COUNT, inputs.get(COUNT));
		}

		@Override
		public BigDecimal points(BigDecimal max, Map<String, BigDecimal> inputs) {
			BigDecimal left = max.subtract(inputs.get(COUNT).multiply(this.pointsPerItem));
			return Points.clamp(left, BigDecimal.ZERO, max);
		}

	}

	/**
	 * Thang điểm theo tỷ lệ: bands over the share {@code actual / base} (1 = 100 %), e.g.
	 * "đạt 100 %: 1 điểm; từ 80 % đến dưới 100 %: 0,5 điểm" as bands {@code 0.8:0.5 1:1}.
	 * The share is exact to {@link Points#QUOTIENT_SCALE} places and never rounded up
	 * into a band (79,97 % is below 80 %). With a base of zero (nothing to count) the
	 * share counts as 100 % when {@code fullWhenBaseZero}, and the leaf gets nothing
	 * otherwise.
	 */
	record RatioBands(List<Band> bands, boolean fullWhenBaseZero) implements Rule {

		@Override
		public List<Problem> warnings(String leafCode, Map<String, BigDecimal> inputs) {
			return Rule.ratioWarnings(leafCode, inputs);
		}

		public static final String ACTUAL = "actual";

		public static final String BASE = "base";

		private static final List<String> INPUTS = List.of(ACTUAL, BASE);

		public RatioBands {
			bands = List.copyOf(bands);
		}

		@Override
		public RuleType type() {
			return RuleType.RATIO_BANDS;
		}

		@Override
		public List<String> inputNames() {
			return INPUTS;
		}

		@Override
		public List<Problem> checkDefinition(String leafCode, BigDecimal max) {
			return Bands.checkBands(leafCode, max, this.bands);
		}

		/** Both counts are whole numbers (issue 9). */
		@Override
		public List<Problem> checkLimits(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			return Rule.wholeCounts(leafCode, inputs, ACTUAL, BASE);
		}

		@Override
		public BigDecimal points(BigDecimal max, Map<String, BigDecimal> inputs) {
			BigDecimal base = inputs.get(BASE);
			if (base.signum() == 0) {
				return this.fullWhenBaseZero ? Bands.reached(this.bands, BigDecimal.ONE, max) : BigDecimal.ZERO;
			}
			return Bands.reached(this.bands, Points.divide(inputs.get(ACTUAL), base), max);
		}

	}

	/**
	 * Điều tra xã hội học: {@code max × mean}, where {@code mean} is the weighted mean of
	 * the valid answers' option weights (0 to 1), see {@link SurveyMean}.
	 */
	record Survey() implements Rule {

		public static final String MEAN = "mean";

		/**
		 * The number of valid answers behind the mean: carried with it to the scorecard,
		 * not scored.
		 */
		public static final String RESPONDENTS = "respondents";

		/**
		 * How many of the valid answers a survey contractor supplied: carried with the
		 * mean to the scorecard, not scored.
		 */
		public static final String CONTRACTOR_RESPONDENTS = "respondents.contractor";

		/**
		 * Prefix of the answers per option label ({@code answers.A}): carried with the
		 * mean to the scorecard, not scored.
		 */
		public static final String ANSWERS = "answers.";

		private static final List<String> INPUTS = List.of(MEAN);

		/**
		 * The mean is checked as any rule's input; the answers described beside it
		 * ({@link #RESPONDENTS}, {@link #CONTRACTOR_RESPONDENTS}, {@link #ANSWERS}) are
		 * not inputs and are left out.
		 */
		@Override
		public List<Problem> checkInputs(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			Map<String, BigDecimal> scored = new java.util.HashMap<>(inputs);
			scored.keySet().removeIf((name) -> name.startsWith(RESPONDENTS) || name.startsWith(ANSWERS));
			return Rule.super.checkInputs(leafCode, max, scored);
		}

		@Override
		public RuleType type() {
			return RuleType.SURVEY;
		}

		@Override
		public List<String> inputNames() {
			return INPUTS;
		}

		@Override
		public List<Problem> checkDefinition(String leafCode, BigDecimal max) {
			return List.of();
		}

		@Override
		public List<Problem> checkLimits(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			BigDecimal mean = inputs.get(MEAN);
			if (mean.compareTo(BigDecimal.ONE) > 0) {
				return List.of(Problem.of(leafCode, ProblemKind.MEAN_OUT_OF_RANGE, mean));
			}
			return List.of();
		}

		@Override
		public BigDecimal points(BigDecimal max, Map<String, BigDecimal> inputs) {
			return max.multiply(Points.clamp(inputs.get(MEAN), BigDecimal.ZERO, BigDecimal.ONE));
		}

		@Override
		public Evaluation compute(String leafCode, BigDecimal max, Map<String, BigDecimal> inputs) {
			BigDecimal mean = (inputs.size() == 1) ? inputs.get(MEAN) : null;
			if (mean != null && mean.signum() >= 0 && mean.compareTo(BigDecimal.ONE) <= 0) {
				return Evaluation.of(max.multiply(mean));
			}
			return Rule.super.compute(leafCode, max, inputs);
		}

	}

}
