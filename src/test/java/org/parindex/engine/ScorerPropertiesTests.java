package org.parindex.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of {@link Scorer} over random valid index sets (up to 3 areas of up to 4
 * criteria, some with up to 3 sub-criteria, every rule type, both components) and random
 * entries (valid, missing, overridden or invalid), bonus and deduction.
 */
class ScorerPropertiesTests {

	private static final BigDecimal QUARTER = new BigDecimal("0.25");

	@Property(tries = 150)
	void generatedSetsAreValid(@ForAll("scenarios") Scenario scenario) {
		assertThat(IndexSetValidator.validate(scenario.set())).isEmpty();
	}

	@Property(tries = 150)
	void everyNodeScoresBetweenZeroAndItsMaximum(@ForAll("scenarios") Scenario scenario) {
		UnitResult result = Scorer.score(scenario.set(), scenario.unit());

		forEachNode(result.areas(), node -> {
			assertThat(node.points()).as(node.code()).isBetween(BigDecimal.ZERO, node.maxPoints());
			assertThat(node.lostPoints()).as(node.code()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
		});
	}

	@Property(tries = 150)
	void totalNeverExceedsTheTotalMaximum(@ForAll("scenarios") Scenario scenario) {
		IndexSet set = scenario.set();
		UnitResult result = Scorer.score(set, scenario.unit());

		BigDecimal componentMaxima = set.componentMaxima().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(result.totalMax()).isEqualByComparingTo(componentMaxima.add(set.bonusCap()));
		assertThat(result.total()).isLessThanOrEqualTo(result.totalMax());
		assertThat(result.indexPercent()).isLessThanOrEqualTo(new BigDecimal("100"));
	}

	@Property(tries = 150)
	void componentTotalsEqualTheSumOfTheirLeaves(@ForAll("scenarios") Scenario scenario) {
		UnitResult result = Scorer.score(scenario.set(), scenario.unit());

		for (Component component : scenario.set().componentMaxima().keySet()) {
			BigDecimal sum = result.leaves()
				.stream()
				.filter(leaf -> ((Leaf) leaf.node()).component() == component)
				.map(NodeResult::points)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(result.component(component)).as(component.name()).isEqualByComparingTo(sum);
			assertThat(result.component(component))
				.isLessThanOrEqualTo(scenario.set().componentMaxima().get(component));
		}
	}

	@Property(tries = 150)
	void branchPointsEqualTheSumOfTheirChildren(@ForAll("scenarios") Scenario scenario) {
		UnitResult result = Scorer.score(scenario.set(), scenario.unit());

		forEachNode(result.areas(), node -> {
			if (!node.isLeaf()) {
				BigDecimal sum = node.children()
					.stream()
					.map(NodeResult::points)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				assertThat(node.points()).as(node.code()).isEqualByComparingTo(sum);
			}
		});
	}

	@Property(tries = 150)
	void totalIsTheExactSumOfLeafPointsAndCappedAdjustments(@ForAll("scenarios") Scenario scenario) {
		IndexSet set = scenario.set();
		UnitInputs unit = scenario.unit();
		UnitResult result = Scorer.score(set, unit);

		BigDecimal leaves = BigDecimal.ZERO;
		int finestScale = 0;
		for (NodeResult leaf : result.leaves()) {
			leaves = leaves.add(leaf.points());
			finestScale = Math.max(finestScale, leaf.points().scale());
		}
		BigDecimal bonus = unit.bonus().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal deduction = unit.deductions().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal expected = leaves.add(lesser(bonus, set.bonusCap())).subtract(lesser(deduction, set.deductionCap()));

		assertThat(result.total()).isEqualTo(expected);
		assertThat(result.total().scale()).as("no scale reduction").isGreaterThanOrEqualTo(finestScale);
		assertThat(Points.display(result.total())).isEqualTo(expected.setScale(2, RoundingMode.HALF_UP));
	}

	@Property(tries = 150)
	void leafStatisticsAccountForEveryPointOfAComponent(@ForAll("scenarios") Scenario scenario) {
		UnitResult result = Scorer.score(scenario.set(), scenario.unit());

		for (Component component : scenario.set().componentMaxima().keySet()) {
			LeafStatistics statistics = result.statistics(component);
			long leaves = result.leaves()
				.stream()
				.filter(leaf -> ((Leaf) leaf.node()).component() == component)
				.count();
			assertThat(statistics.achieved()).isEqualByComparingTo(result.component(component));
			assertThat(statistics.max()).isEqualByComparingTo(scenario.set().componentMaxima().get(component));
			assertThat(statistics.leavesAtMaximum() + statistics.leavesLosingPoints()).isEqualTo((int) leaves);
		}
	}

	private static BigDecimal lesser(BigDecimal claimed, BigDecimal cap) {
		return (claimed.compareTo(cap) <= 0) ? claimed : cap;
	}

	@Property(tries = 150)
	void aConvertedTotalNeverExceedsTheFullMaximum(@ForAll("scenarios") Scenario scenario,
			@ForAll("picks") List<Integer> picks) {
		IndexSet set = scenario.set();
		List<String> codes = new ArrayList<>();
		forEachNode(Scorer.score(set, scenario.unit()).areas(), node -> codes.add(node.code()));
		java.util.Set<String> notApplicable = new java.util.HashSet<>();
		picks.forEach(pick -> notApplicable.add(codes.get(pick % codes.size())));
		UnitInputs unit = scenario.unit();

		UnitResult result = Scorer.score(set,
				new UnitInputs(unit.unitKey(), unit.leaves(), unit.bonus(), unit.deductions(), notApplicable));

		for (Component component : set.componentMaxima().keySet()) {
			assertThat(result.component(component)).as(component.name())
				.isBetween(BigDecimal.ZERO, set.componentMaxima().get(component));
			assertThat(result.applicableMax(component)).isLessThanOrEqualTo(set.componentMaxima().get(component));
		}
		assertThat(result.total()).isLessThanOrEqualTo(result.totalMax());
		forEachNode(result.areas(), node -> assertThat(node.lostPoints()).isGreaterThanOrEqualTo(BigDecimal.ZERO));
	}

	@Property(tries = 150)
	void withEverythingApplicableNothingIsConverted(@ForAll("scenarios") Scenario scenario) {
		UnitInputs unit = scenario.unit();
		UnitResult before = Scorer.score(scenario.set(), unit);

		UnitResult after = Scorer.score(scenario.set(),
				new UnitInputs(unit.unitKey(), unit.leaves(), unit.bonus(), unit.deductions(), java.util.Set.of()));

		assertThat(after).isEqualTo(before);
		for (Component component : scenario.set().componentMaxima().keySet()) {
			assertThat(after.converted(component)).isFalse();
			assertThat(after.component(component)).isEqualTo(after.achieved(component));
		}
	}

	@Provide
	Arbitrary<List<Integer>> picks() {
		return Arbitraries.integers().between(0, 1000).list().ofMaxSize(4);
	}

	private static void forEachNode(List<NodeResult> nodes, Consumer<NodeResult> action) {
		for (NodeResult node : nodes) {
			action.accept(node);
			forEachNode(node.children(), action);
		}
	}

	// Generators

	@Provide
	Arbitrary<Scenario> scenarios() {
		Arbitrary<List<List<CriterionCase>>> areas = criterionCases().list()
			.ofMinSize(1)
			.ofMaxSize(4)
			.list()
			.ofMinSize(1)
			.ofMaxSize(3);
		Arbitrary<BigDecimal> cap = Arbitraries.integers().between(0, 8).map(BigDecimal::valueOf);
		Arbitrary<List<BigDecimal>> entries = Arbitraries.bigDecimals()
			.between(BigDecimal.ZERO, new BigDecimal("5"))
			.ofScale(2)
			.list()
			.ofMaxSize(3);
		return Combinators.combine(areas, cap, cap, entries, entries).as(Scenario::of);
	}

	private Arbitrary<CriterionCase> criterionCases() {
		return Arbitraries.frequencyOf(Tuple.of(2, leafCases().map(leaf -> new CriterionCase(false, List.of(leaf)))),
				Tuple.of(1,
						leafCases().list().ofMinSize(1).ofMaxSize(3).map(leaves -> new CriterionCase(true, leaves))));
	}

	private Arbitrary<LeafCase> leafCases() {
		return maxima().flatMap(
				max -> Arbitraries.oneOf(manual(max), yesNo(max), ratio(max), bands(max), count(max), survey(max)));
	}

	/** Multiples of 0.25 from 0.25 to 10. */
	private static Arbitrary<BigDecimal> maxima() {
		return Arbitraries.integers().between(1, 40).map(n -> QUARTER.multiply(BigDecimal.valueOf(n)));
	}

	private static Arbitrary<LeafCase> manual(BigDecimal max) {
		Arbitrary<LeafCase> onSteps = Arbitraries.integers()
			.between(0, max.divide(QUARTER).intValueExact())
			.map(steps -> QUARTER.multiply(BigDecimal.valueOf(steps)))
			.flatMap(score -> entry(max, Map.of(Rule.Manual.SCORE, score)))
			.map(entry -> new LeafCase(max, Component.APPRAISAL, new Rule.Manual(QUARTER), entry));
		Arbitrary<LeafCase> free = Arbitraries.bigDecimals()
			.between(BigDecimal.ZERO, max)
			.ofScale(3)
			.flatMap(score -> entry(max, Map.of(Rule.Manual.SCORE, score)))
			.map(entry -> new LeafCase(max, Component.APPRAISAL, new Rule.Manual(BigDecimal.ZERO), entry));
		return Arbitraries.oneOf(onSteps, free);
	}

	private static Arbitrary<LeafCase> yesNo(BigDecimal max) {
		return Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE)
			.flatMap(met -> entry(max, Map.of(Rule.YesNo.MET, met)))
			.map(entry -> new LeafCase(max, Component.APPRAISAL, new Rule.YesNo(), entry));
	}

	private static Arbitrary<LeafCase> ratio(BigDecimal max) {
		Arbitrary<Rule.Ratio> rules = Combinators
			.combine(Arbitraries.of("0.5", "0.8", "0.9", "1", "1.2").map(BigDecimal::new), Arbitraries.of(true, false))
			.as(Rule.Ratio::new);
		Arbitrary<Map<String, BigDecimal>> inputs = Combinators
			.combine(Arbitraries.integers().between(0, 250), Arbitraries.integers().between(0, 200))
			.as((actual, base) -> Map.of(Rule.Ratio.ACTUAL, BigDecimal.valueOf(actual), Rule.Ratio.BASE,
					BigDecimal.valueOf(base)));
		return Combinators.combine(rules, inputs.flatMap(values -> entry(max, values)))
			.as((rule, entry) -> new LeafCase(max, Component.APPRAISAL, rule, entry));
	}

	private static Arbitrary<LeafCase> bands(BigDecimal max) {
		Arbitrary<Rule.Bands> rules = Arbitraries.integers()
			.between(0, 100)
			.set()
			.ofMinSize(1)
			.ofMaxSize(4)
			.flatMap(thresholds -> Arbitraries.bigDecimals()
				.between(BigDecimal.ZERO, max)
				.ofScale(2)
				.list()
				.ofSize(thresholds.size())
				.map(points -> {
					List<Integer> ordered = thresholds.stream().sorted().toList();
					List<Rule.Band> bands = new ArrayList<>();
					for (int i = 0; i < ordered.size(); i++) {
						bands.add(new Rule.Band(BigDecimal.valueOf(ordered.get(i)), points.get(i)));
					}
					return new Rule.Bands(bands);
				}));
		Arbitrary<Optional<LeafInputs>> entries = Arbitraries.bigDecimals()
			.between(BigDecimal.ZERO, new BigDecimal("120"))
			.ofScale(1)
			.flatMap(value -> entry(max, Map.of(Rule.Bands.VALUE, value)));
		return Combinators.combine(rules, entries)
			.as((rule, entry) -> new LeafCase(max, Component.APPRAISAL, rule, entry));
	}

	private static Arbitrary<LeafCase> count(BigDecimal max) {
		Arbitrary<Rule.Count> rules = Arbitraries.bigDecimals()
			.between(new BigDecimal("0.05"), new BigDecimal("2"))
			.ofScale(2)
			.map(Rule.Count::new);
		Arbitrary<Optional<LeafInputs>> entries = Arbitraries.integers()
			.between(0, 30)
			.flatMap(count -> entry(max, Map.of(Rule.Count.COUNT, BigDecimal.valueOf(count))));
		return Combinators.combine(rules, entries)
			.as((rule, entry) -> new LeafCase(max, Component.APPRAISAL, rule, entry));
	}

	private static Arbitrary<LeafCase> survey(BigDecimal max) {
		return Arbitraries.bigDecimals()
			.between(BigDecimal.ZERO, BigDecimal.ONE)
			.ofScale(4)
			.flatMap(mean -> entry(max, Map.of(Rule.Survey.MEAN, mean)))
			.map(entry -> new LeafCase(max, Component.SURVEY, new Rule.Survey(), entry));
	}

	/**
	 * What a unit entered for a leaf: mostly the valid values, sometimes nothing, an
	 * override within range, or something invalid (a negative input, an override above
	 * the maximum or without a reason).
	 */
	private static Arbitrary<Optional<LeafInputs>> entry(BigDecimal max, Map<String, BigDecimal> valid) {
		String firstInput = valid.keySet().iterator().next();
		Arbitrary<Optional<LeafInputs>> override = Arbitraries.bigDecimals()
			.between(BigDecimal.ZERO, max)
			.ofScale(2)
			.map(points -> Optional.of(new LeafInputs(valid, Optional.of(new ScoreOverride(points, "checked")))));
		Arbitrary<Optional<LeafInputs>> invalid = Arbitraries.of(
				Optional.of(LeafInputs.of(Map.of(firstInput, new BigDecimal("-1")))),
				Optional.of(new LeafInputs(Map.of(), Optional.of(new ScoreOverride(max.add(BigDecimal.ONE), "high")))),
				Optional.of(new LeafInputs(Map.of(), Optional.of(new ScoreOverride(BigDecimal.ZERO, " ")))));
		return Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(Optional.of(LeafInputs.of(valid)))),
				Tuple.of(1, Arbitraries.just(Optional.<LeafInputs>empty())), Tuple.of(2, override),
				Tuple.of(1, invalid));
	}

	/** A leaf's definition and what one unit entered for it. */
	record LeafCase(BigDecimal max, Component component, Rule rule, Optional<LeafInputs> entry) {

		Leaf leaf(String code, Level level) {
			return new Leaf(code, level, this.max, this.component, this.rule);
		}

	}

	/** A criterion: one leaf of its own, or sub-criteria. */
	record CriterionCase(boolean withSubCriteria, List<LeafCase> leaves) {

	}

	/** A generated index set with one unit's inputs. */
	record Scenario(IndexSet set, UnitInputs unit) {

		static Scenario of(List<List<CriterionCase>> areaCases, BigDecimal bonusCap, BigDecimal deductionCap,
				List<BigDecimal> bonus, List<BigDecimal> deductions) {
			Map<String, LeafInputs> entries = new HashMap<>();
			List<Node> areas = new ArrayList<>();
			for (int a = 0; a < areaCases.size(); a++) {
				String areaCode = String.valueOf(a + 1);
				List<Node> criteria = new ArrayList<>();
				List<CriterionCase> criterionCases = areaCases.get(a);
				for (int c = 0; c < criterionCases.size(); c++) {
					String criterionCode = areaCode + "." + (c + 1);
					CriterionCase criterionCase = criterionCases.get(c);
					if (criterionCase.withSubCriteria()) {
						List<Node> subs = new ArrayList<>();
						for (int s = 0; s < criterionCase.leaves().size(); s++) {
							String code = criterionCode + "." + (s + 1);
							LeafCase leafCase = criterionCase.leaves().get(s);
							subs.add(leafCase.leaf(code, Level.SUB_CRITERION));
							leafCase.entry().ifPresent(entry -> entries.put(code, entry));
						}
						criteria.add(TestTrees.branch(criterionCode, Level.CRITERION, subs.toArray(Node[]::new)));
					}
					else {
						LeafCase leafCase = criterionCase.leaves().get(0);
						criteria.add(leafCase.leaf(criterionCode, Level.CRITERION));
						leafCase.entry().ifPresent(entry -> entries.put(criterionCode, entry));
					}
				}
				areas.add(TestTrees.branch(areaCode, Level.AREA, criteria.toArray(Node[]::new)));
			}
			IndexSet set = TestTrees.set(areas.toArray(Node[]::new))
				.bonusCap(bonusCap.toPlainString())
				.deductionCap(deductionCap.toPlainString())
				.classes("0", "D", "50", "C", "65", "B", "80", "A")
				.build();
			return new Scenario(set, new UnitInputs("u", entries, bonus, deductions));
		}

	}

}
