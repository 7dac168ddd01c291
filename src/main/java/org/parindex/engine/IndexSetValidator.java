package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an {@link IndexSet} before it is used: the tree's shape (area → criterion →
 * optional sub-criteria), unique codes, a parent's maximum equal to the sum of its
 * children's, components summing to their declared maxima, the rules' parameters,
 * non-negative values, ordered classification bands and a sensible tie rule. Every
 * problem names the offending node or component.
 */
public final class IndexSetValidator {

	private IndexSetValidator() {
	}

	/** Every problem found, in tree order; empty when the set is sound. */
	public static List<Problem> validate(IndexSet set) {
		List<Problem> problems = new ArrayList<>();
		if (set.areas().isEmpty()) {
			problems.add(Problem.of("", ProblemKind.NO_AREAS));
		}
		Set<String> codes = new HashSet<>();
		for (Node area : set.areas()) {
			checkNode(area, Level.AREA, codes, problems);
		}
		checkComponents(set, problems);
		checkNonNegative("bonus", "cap", set.bonusCap(), problems);
		checkNonNegative("deduction", "cap", set.deductionCap(), problems);
		checkClassification(set.classification(), problems);
		if (set.tieRule().places() < 0 || set.tieRule().places() > TieRule.MAX_PLACES) {
			problems.add(Problem.of("tie", ProblemKind.TIE_PLACES_OUT_OF_RANGE, set.tieRule().places()));
		}
		return problems;
	}

	private static void checkNode(Node node, Level expected, Set<String> codes, List<Problem> problems) {
		if (!codes.add(node.code())) {
			problems.add(Problem.of(node.code(), ProblemKind.DUPLICATE_CODE));
		}
		if (node.level() != expected) {
			problems.add(Problem.of(node.code(), ProblemKind.WRONG_LEVEL, expected));
		}
		if (node instanceof Branch branch) {
			checkBranch(branch, codes, problems);
		}
		else if (node instanceof Leaf leaf) {
			checkLeaf(leaf, problems);
		}
	}

	private static void checkBranch(Branch branch, Set<String> codes, List<Problem> problems) {
		checkNonNegative(branch.code(), "maximum", branch.maxPoints(), problems);
		if (branch.level() == Level.SUB_CRITERION) {
			problems.add(Problem.of(branch.code(), ProblemKind.TOO_DEEP));
			return;
		}
		if (branch.children().isEmpty()) {
			problems.add(Problem.of(branch.code(), ProblemKind.EMPTY_BRANCH));
			return;
		}
		Level childLevel = (branch.level() == Level.AREA) ? Level.CRITERION : Level.SUB_CRITERION;
		BigDecimal sum = BigDecimal.ZERO;
		for (Node child : branch.children()) {
			checkNode(child, childLevel, codes, problems);
			sum = sum.add(child.maxPoints());
		}
		if (sum.compareTo(branch.maxPoints()) != 0) {
			problems.add(Problem.of(branch.code(), ProblemKind.BRANCH_MAX_MISMATCH, branch.maxPoints(), sum));
		}
	}

	private static void checkLeaf(Leaf leaf, List<Problem> problems) {
		if (leaf.level() == Level.AREA) {
			problems.add(Problem.of(leaf.code(), ProblemKind.EMPTY_BRANCH));
			return;
		}
		if (leaf.maxPoints().signum() <= 0) {
			problems.add(Problem.of(leaf.code(), ProblemKind.NON_POSITIVE_MAXIMUM));
			return;
		}
		boolean surveyRule = leaf.rule().type() == RuleType.SURVEY;
		if (surveyRule != (leaf.component() == Component.SURVEY)) {
			problems.add(
					Problem.of(leaf.code(), ProblemKind.RULE_COMPONENT_MISMATCH, leaf.rule().type(), leaf.component()));
		}
		problems.addAll(leaf.rule().checkDefinition(leaf.code(), leaf.maxPoints()));
	}

	private static void checkComponents(IndexSet set, List<Problem> problems) {
		Map<Component, BigDecimal> sums = set.leafMaxima();
		for (Component component : Component.values()) {
			BigDecimal declared = set.componentMaxima().get(component);
			BigDecimal sum = sums.get(component);
			if (declared == null) {
				if (sum != null) {
					problems.add(Problem.of(component.name(), ProblemKind.COMPONENT_WITHOUT_MAXIMUM));
				}
				continue;
			}
			checkNonNegative(component.name(), "maximum", declared, problems);
			BigDecimal actual = (sum != null) ? sum : BigDecimal.ZERO;
			if (actual.compareTo(declared) != 0) {
				problems.add(Problem.of(component.name(), ProblemKind.COMPONENT_MAX_MISMATCH, declared, actual));
			}
		}
	}

	private static void checkClassification(List<ClassBand> bands, List<Problem> problems) {
		ClassBand previous = null;
		for (ClassBand band : bands) {
			checkNonNegative(band.code(), "threshold", band.minPercent(), problems);
			if (previous != null && band.minPercent().compareTo(previous.minPercent()) <= 0) {
				problems.add(Problem.of(band.code(), ProblemKind.CLASSIFICATION_NOT_ASCENDING, previous.minPercent(),
						band.minPercent()));
			}
			previous = band;
		}
	}

	private static void checkNonNegative(String subject, String what, BigDecimal value, List<Problem> problems) {
		if (value.signum() < 0) {
			problems.add(Problem.of(subject, ProblemKind.NEGATIVE_VALUE, what, value));
		}
	}

}
