package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores units under an index set: each leaf by its rule or override, branches by
 * summing, components by summing their leaves, then bonus and deduction within their
 * caps, the total and the classification. Expects a set that passed
 * {@link IndexSetValidator}.
 * <p>
 * Nodes that do not apply to a unit ({@link UnitInputs#notApplicable()}) score nothing
 * and lose nothing, and each component with such nodes is converted to the set's scale
 * (docs/scoring.md, "Không áp dụng"): {@code achieved ÷ applicable maximum × component
 * maximum}; a component with nothing applicable scores zero. Bonus and deduction are
 * never converted. With everything applicable nothing is converted and the result is
 * exactly the unconverted one.
 */
public final class Scorer {

	private static final Component[] COMPONENTS = Component.values();

	private Scorer() {
	}

	/** Scores every unit, in the order given. */
	public static List<UnitResult> scoreAll(IndexSet set, List<UnitInputs> units) {
		List<UnitResult> results = new ArrayList<>(units.size());
		for (UnitInputs unit : units) {
			results.add(score(set, unit));
		}
		return results;
	}

	/** Scores one unit. */
	public static UnitResult score(IndexSet set, UnitInputs inputs) {
		BigDecimal[] sums = new BigDecimal[COMPONENTS.length];
		Arrays.fill(sums, BigDecimal.ZERO);
		BigDecimal[] leftOut = new BigDecimal[COMPONENTS.length];
		Arrays.fill(leftOut, BigDecimal.ZERO);
		List<NodeResult> areas = new ArrayList<>(set.areas().size());
		Set<String> notApplicable = inputs.notApplicable();
		for (Node area : set.areas()) {
			areas.add(notApplicable.isEmpty() ? scoreNode(area, inputs, sums)
					: scoreNode(area, inputs, sums, leftOut, notApplicable.contains(area.code())));
		}
		Map<Component, BigDecimal> components = new EnumMap<>(Component.class);
		Map<Component, BigDecimal> leafMaxima = notApplicable.isEmpty() ? Map.of() : set.leafMaxima();
		for (Component component : COMPONENTS) {
			BigDecimal points = sums[component.ordinal()];
			BigDecimal excluded = leftOut[component.ordinal()];
			if (excluded.signum() > 0) {
				BigDecimal full = set.componentMaxima()
					.getOrDefault(component, leafMaxima.getOrDefault(component, BigDecimal.ZERO));
				BigDecimal applicable = leafMaxima.getOrDefault(component, BigDecimal.ZERO).subtract(excluded);
				points = (applicable.signum() <= 0) ? BigDecimal.ZERO
						: Points.clamp(Points.divide(points.multiply(full), applicable), BigDecimal.ZERO, full);
			}
			if (set.componentMaxima().containsKey(component) || points.signum() != 0) {
				components.put(component, points);
			}
		}
		Adjustment bonus = new Adjustment(sum(inputs.bonus()), set.bonusCap());
		Adjustment deduction = new Adjustment(sum(inputs.deductions()), set.deductionCap());
		BigDecimal total = sum(components.values()).add(bonus.applied()).subtract(deduction.applied());
		BigDecimal totalMax = set.totalMax();
		Optional<String> classification = classify(set, Points.percent(total, totalMax));
		return new UnitResult(inputs.unitKey(), areas, components, bonus, deduction, total, totalMax, classification);
	}

	/**
	 * Problems with what was entered for a leaf: the rule's input checks, or the
	 * override's range and reason. Empty when the entry can be scored.
	 */
	public static List<Problem> checkEntry(Leaf leaf, LeafInputs entry) {
		if (entry.override().isPresent()) {
			ScoreOverride override = entry.override().get();
			List<Problem> problems = new ArrayList<>();
			if (override.points().signum() < 0 || override.points().compareTo(leaf.maxPoints()) > 0) {
				problems.add(Problem.of(leaf.code(), ProblemKind.OVERRIDE_OUT_OF_RANGE, override.points(),
						leaf.maxPoints()));
			}
			if (override.reason().isBlank()) {
				problems.add(Problem.of(leaf.code(), ProblemKind.OVERRIDE_WITHOUT_REASON));
			}
			return problems;
		}
		return leaf.rule().checkInputs(leaf.code(), leaf.maxPoints(), entry.values());
	}

	/**
	 * The band the index % falls in, compared at the tie rule's precision so that a unit
	 * published as 80,00 % is classified as 80 %.
	 */
	static Optional<String> classify(IndexSet set, BigDecimal indexPercent) {
		BigDecimal comparable = set.tieRule().comparable(indexPercent);
		Optional<String> found = Optional.empty();
		for (ClassBand band : set.classification()) {
			if (comparable.compareTo(band.minPercent()) >= 0) {
				found = Optional.of(band.code());
			}
		}
		return found;
	}

	private static NodeResult scoreNode(Node node, UnitInputs inputs, BigDecimal[] components) {
		if (node instanceof Leaf leaf) {
			NodeResult result = scoreLeaf(leaf, inputs.leaves().get(leaf.code()));
			components[leaf.component().ordinal()] = components[leaf.component().ordinal()].add(result.points());
			return result;
		}
		Branch branch = (Branch) node;
		NodeResult[] children = new NodeResult[branch.children().size()];
		BigDecimal points = BigDecimal.ZERO;
		for (int i = 0; i < children.length; i++) {
			children[i] = scoreNode(branch.children().get(i), inputs, components);
			points = points.add(children[i].points());
		}
		return new NodeResult(branch, points, LeafStatus.COMPUTED, List.of(), List.of(children));
	}

	/**
	 * Scores a node of a unit with nodes not applicable: everything under a node not
	 * applicable is marked so, scores nothing and adds its maximum to {@code leftOut}.
	 */
	private static NodeResult scoreNode(Node node, UnitInputs inputs, BigDecimal[] components, BigDecimal[] leftOut,
			boolean notApplicable) {
		if (node instanceof Leaf leaf) {
			if (notApplicable) {
				leftOut[leaf.component().ordinal()] = leftOut[leaf.component().ordinal()].add(leaf.maxPoints());
				return new NodeResult(leaf, BigDecimal.ZERO, LeafStatus.NOT_APPLICABLE, List.of(), List.of());
			}
			NodeResult result = scoreLeaf(leaf, inputs.leaves().get(leaf.code()));
			components[leaf.component().ordinal()] = components[leaf.component().ordinal()].add(result.points());
			return result;
		}
		Branch branch = (Branch) node;
		NodeResult[] children = new NodeResult[branch.children().size()];
		BigDecimal points = BigDecimal.ZERO;
		boolean allLeftOut = children.length > 0;
		for (int i = 0; i < children.length; i++) {
			Node child = branch.children().get(i);
			children[i] = scoreNode(child, inputs, components, leftOut,
					notApplicable || inputs.notApplicable().contains(child.code()));
			points = points.add(children[i].points());
			allLeftOut &= children[i].notApplicable();
		}
		return new NodeResult(branch, points,
				(notApplicable || allLeftOut) ? LeafStatus.NOT_APPLICABLE : LeafStatus.COMPUTED, List.of(),
				List.of(children));
	}

	private static NodeResult scoreLeaf(Leaf leaf, LeafInputs entry) {
		if (entry == null) {
			return new NodeResult(leaf, BigDecimal.ZERO, LeafStatus.NOT_ENTERED, List.of(), List.of());
		}
		if (entry.override().isPresent()) {
			List<Problem> problems = checkEntry(leaf, entry);
			if (!problems.isEmpty()) {
				return new NodeResult(leaf, BigDecimal.ZERO, LeafStatus.INVALID, problems, List.of());
			}
			return new NodeResult(leaf, entry.override().get().points(), LeafStatus.OVERRIDDEN, List.of(), List.of());
		}
		Evaluation evaluation = leaf.rule().evaluate(leaf.code(), leaf.maxPoints(), entry.values());
		return new NodeResult(leaf, evaluation.points(), evaluation.valid() ? LeafStatus.COMPUTED : LeafStatus.INVALID,
				evaluation.problems(), List.of());
	}

	private static BigDecimal sum(Iterable<BigDecimal> values) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal value : values) {
			sum = sum.add(value);
		}
		return sum;
	}

}
