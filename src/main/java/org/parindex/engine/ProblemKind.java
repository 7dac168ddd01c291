package org.parindex.engine;

/**
 * What is wrong with an index set or with a unit's inputs. Each kind has a message key
 * ({@link #messageKey()}) translated in {@code messages_vi} and {@code messages_en}, and
 * an English pattern used where no translation is at hand (logs, tests). Arguments are
 * the {@link Problem}'s, in order.
 */
public enum ProblemKind {

	// The index set

	/** The set has no areas. */
	NO_AREAS("The index set has no areas"),

	/** Two nodes share a code. */
	DUPLICATE_CODE("Code {0} is used by more than one node"),

	/** A branch without children. */
	EMPTY_BRANCH("Node {0} has no children"),

	/** A node at a level its parent does not allow. Args: expected level. */
	WRONG_LEVEL("Node {0} must be at level {1}"),

	/** A sub-criterion with children: the tree has three levels. */
	TOO_DEEP("Node {0}: a sub-criterion cannot have children"),

	/** Args: declared maximum, sum of the children's maxima. */
	BRANCH_MAX_MISMATCH("Node {0}: maximum {1} differs from the sum of its children, {2}"),

	/** Args: declared maximum, sum of the component's leaves. */
	COMPONENT_MAX_MISMATCH("Component {0}: declared maximum {1} differs from the sum of its leaves, {2}"),

	/** Leaves use a component for which the set declares no maximum. */
	COMPONENT_WITHOUT_MAXIMUM("Component {0} has leaves but no declared maximum"),

	/** Args: what is negative, its value. */
	NEGATIVE_VALUE("{0}: {1} must not be negative (found {2})"),

	/** A leaf's maximum is zero or less. */
	NON_POSITIVE_MAXIMUM("Leaf {0}: the maximum must be greater than zero"),

	/** The survey rule on an appraisal leaf, or another rule on a survey leaf. */
	RULE_COMPONENT_MISMATCH("Leaf {0}: rule {1} does not fit component {2}"),

	/** Args: step, maximum. */
	STEP_DOES_NOT_DIVIDE_MAXIMUM("Leaf {0}: the step {1} does not divide the maximum {2}"),

	/** Args: threshold. */
	FULL_AT_NOT_POSITIVE("Leaf {0}: the ratio giving full points must be greater than zero (found {1})"),

	BANDS_EMPTY("Leaf {0}: the bands rule has no bands"),

	/** Args: previous threshold, threshold. */
	BANDS_NOT_ASCENDING("Leaf {0}: band thresholds must be in ascending order ({1} is followed by {2})"),

	/** Args: band points, maximum. */
	BAND_POINTS_ABOVE_MAXIMUM("Leaf {0}: a band gives {1} points, above the maximum {2}"),

	/** Args: points per item. */
	POINTS_PER_ITEM_NOT_POSITIVE("Leaf {0}: points per item must be greater than zero (found {1})"),

	/** Args: previous threshold, threshold. */
	CLASSIFICATION_NOT_ASCENDING("Classification {0}: thresholds must be in ascending order ({1} is followed by {2})"),

	/** Args: places. */
	TIE_PLACES_OUT_OF_RANGE("Tie rule: places must be between 0 and 6 (found {1})"),

	// A unit's inputs

	/** Args: input name. */
	INPUT_MISSING("Leaf {0}: input {1} is missing"),

	/** Args: input name. */
	INPUT_UNKNOWN("Leaf {0}: input {1} is not used by this rule"),

	/** Args: input name, value. */
	INPUT_NEGATIVE("Leaf {0}: input {1} must not be negative (found {2})"),

	/** Args: input name, value. */
	INPUT_NOT_WHOLE("Leaf {0}: input {1} must be a whole number (found {2})"),

	/** Args: score, maximum. */
	SCORE_ABOVE_MAXIMUM("Leaf {0}: the score {1} is above the maximum {2}"),

	/** Args: score, step. */
	SCORE_NOT_ON_STEP("Leaf {0}: the score {1} is not a multiple of the step {2}"),

	/** Args: value. */
	YES_NO_NOT_BINARY("Leaf {0}: yes/no must be 1 (yes) or 0 (no), found {1}"),

	/** Args: value. */
	MEAN_OUT_OF_RANGE("Leaf {0}: the survey mean must be between 0 and 1 (found {1})"),

	/** Args: points, maximum. */
	OVERRIDE_OUT_OF_RANGE("Leaf {0}: the overriding score {1} must be between 0 and the maximum {2}"),

	OVERRIDE_WITHOUT_REASON("Leaf {0}: an overriding score needs a reason"),

	/**
	 * A warning, never a refusal ({@link Rule#warnings}): a ratio's achieved count above
	 * its total. Args: actual, base.
	 */
	RATIO_ACTUAL_ABOVE_BASE("Leaf {0}: the achieved {1} is above the total {2}; check it"),

	/**
	 * A warning, never a refusal ({@link Rule#warnings}): a ratio's total is zero while
	 * something was achieved. Args: actual.
	 */
	RATIO_BASE_ZERO("Leaf {0}: the total is 0 while the achieved is {1}; check it");

	private final String englishPattern;

	ProblemKind(String englishPattern) {
		this.englishPattern = englishPattern;
	}

	/** The pattern of the English description; argument 0 is the subject. */
	public String englishPattern() {
		return this.englishPattern;
	}

	/** The message key of this kind, e.g. {@code engine.problem.branch-max-mismatch}. */
	public String messageKey() {
		return "engine.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
