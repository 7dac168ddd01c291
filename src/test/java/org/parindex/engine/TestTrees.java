package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small builders for engine test data: nodes, rules, index sets and unit inputs. Each
 * test builds the little it needs; nothing here is shared mutable state.
 */
final class TestTrees {

	private TestTrees() {
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	// Rules

	static Rule.Manual manual(String step) {
		return new Rule.Manual(d(step));
	}

	static Rule.YesNo yesNo() {
		return new Rule.YesNo();
	}

	static Rule.Ratio ratio(String fullAt, boolean fullWhenBaseZero) {
		return new Rule.Ratio(d(fullAt), fullWhenBaseZero);
	}

	static Rule.Count count(String pointsPerItem) {
		return new Rule.Count(d(pointsPerItem));
	}

	static Rule.Survey survey() {
		return new Rule.Survey();
	}

	/** Bands from pairs of threshold and points: {@code bands("0", "1", "50", "2")}. */
	static Rule.Bands bands(String... fromAndPoints) {
		if (fromAndPoints.length % 2 != 0) {
			throw new IllegalArgumentException("bands need threshold and points pairs");
		}
		List<Rule.Band> bands = new ArrayList<>();
		for (int i = 0; i < fromAndPoints.length; i += 2) {
			bands.add(new Rule.Band(d(fromAndPoints[i]), d(fromAndPoints[i + 1])));
		}
		return new Rule.Bands(bands);
	}

	// Nodes

	/** A criterion without sub-criteria, in the appraisal component. */
	static Leaf criterion(String code, String max, Rule rule) {
		return new Leaf(code, Level.CRITERION, d(max), Component.APPRAISAL, rule);
	}

	/** A sub-criterion in the appraisal component. */
	static Leaf sub(String code, String max, Rule rule) {
		return new Leaf(code, Level.SUB_CRITERION, d(max), Component.APPRAISAL, rule);
	}

	/** A criterion without sub-criteria scored by the survey. */
	static Leaf surveyCriterion(String code, String max) {
		return new Leaf(code, Level.CRITERION, d(max), Component.SURVEY, survey());
	}

	/** A sub-criterion scored by the survey. */
	static Leaf surveySub(String code, String max) {
		return new Leaf(code, Level.SUB_CRITERION, d(max), Component.SURVEY, survey());
	}

	/** An area whose maximum is the sum of its children's. */
	static Branch area(String code, Node... children) {
		return branch(code, Level.AREA, children);
	}

	/** A criterion with sub-criteria, its maximum the sum of theirs. */
	static Branch criterionWith(String code, Node... subCriteria) {
		return branch(code, Level.CRITERION, subCriteria);
	}

	static Branch branch(String code, Level level, Node... children) {
		BigDecimal max = Arrays.stream(children).map(Node::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Branch(code, level, max, List.of(children));
	}

	/** A branch with a declared maximum that may differ from its children's sum. */
	static Branch branchDeclaring(String code, Level level, String max, Node... children) {
		return new Branch(code, level, d(max), List.of(children));
	}

	// Index sets

	/** An index set whose component maxima are the sums of its leaves. */
	static SetBuilder set(Node... areas) {
		return new SetBuilder(List.of(areas));
	}

	static final class SetBuilder {

		private final List<Node> areas;

		private final Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);

		private boolean maximaFromLeaves = true;

		private BigDecimal bonusCap = d("6");

		private BigDecimal deductionCap = d("8");

		private List<ClassBand> classification = List.of();

		private TieRule tieRule = TieRule.PUBLISHED_PRECISION;

		private SetBuilder(List<Node> areas) {
			this.areas = areas;
		}

		/** Declares the component maxima explicitly (only those given). */
		SetBuilder maxima(Component component, String max) {
			this.maximaFromLeaves = false;
			this.maxima.put(component, d(max));
			return this;
		}

		/** Declares no component maxima at all. */
		SetBuilder noMaxima() {
			this.maximaFromLeaves = false;
			this.maxima.clear();
			return this;
		}

		SetBuilder bonusCap(String cap) {
			this.bonusCap = d(cap);
			return this;
		}

		SetBuilder deductionCap(String cap) {
			this.deductionCap = d(cap);
			return this;
		}

		/** Bands from pairs of minimum % and code: {@code classes("80", "A", ...)}. */
		SetBuilder classes(String... minPercentAndCode) {
			List<ClassBand> bands = new ArrayList<>();
			for (int i = 0; i < minPercentAndCode.length; i += 2) {
				bands.add(new ClassBand(d(minPercentAndCode[i]), minPercentAndCode[i + 1]));
			}
			this.classification = bands;
			return this;
		}

		SetBuilder tieRule(TieRule tieRule) {
			this.tieRule = tieRule;
			return this;
		}

		IndexSet build() {
			Map<Component, BigDecimal> componentMaxima = new EnumMap<>(Component.class);
			if (this.maximaFromLeaves) {
				IndexSet draft = new IndexSet(Map.of(), this.bonusCap, this.deductionCap, this.areas,
						this.classification, this.tieRule);
				componentMaxima.putAll(draft.leafMaxima());
			}
			else {
				componentMaxima.putAll(this.maxima);
			}
			return new IndexSet(componentMaxima, this.bonusCap, this.deductionCap, this.areas, this.classification,
					this.tieRule);
		}

	}

	// Unit inputs

	static UnitBuilder unit(String key) {
		return new UnitBuilder(key);
	}

	/** Inputs of one leaf from pairs of name and value: {@code values("actual", "9")}. */
	static Map<String, BigDecimal> values(String... nameAndValue) {
		Map<String, BigDecimal> values = new HashMap<>();
		for (int i = 0; i < nameAndValue.length; i += 2) {
			values.put(nameAndValue[i], d(nameAndValue[i + 1]));
		}
		return values;
	}

	static final class UnitBuilder {

		private final String key;

		private final Map<String, LeafInputs> leaves = new HashMap<>();

		private final List<BigDecimal> bonus = new ArrayList<>();

		private final List<BigDecimal> deductions = new ArrayList<>();

		private final java.util.Set<String> notApplicable = new java.util.HashSet<>();

		private UnitBuilder(String key) {
			this.key = key;
		}

		/** The leaf's inputs from pairs of name and value. */
		UnitBuilder enter(String leafCode, String... nameAndValue) {
			this.leaves.put(leafCode, LeafInputs.of(values(nameAndValue)));
			return this;
		}

		/** An appraiser's override on the leaf, keeping whatever was entered. */
		UnitBuilder override(String leafCode, String points, String reason) {
			LeafInputs entered = this.leaves.getOrDefault(leafCode, LeafInputs.of(Map.of()));
			this.leaves.put(leafCode,
					new LeafInputs(entered.values(), Optional.of(new ScoreOverride(d(points), reason))));
			return this;
		}

		UnitBuilder bonus(String... points) {
			Arrays.stream(points).map(TestTrees::d).forEach(this.bonus::add);
			return this;
		}

		UnitBuilder deductions(String... points) {
			Arrays.stream(points).map(TestTrees::d).forEach(this.deductions::add);
			return this;
		}

		/** Marks nodes (areas, criteria or leaves) as not applicable to the unit. */
		UnitBuilder notApplicable(String... codes) {
			this.notApplicable.addAll(List.of(codes));
			return this;
		}

		UnitInputs build() {
			return new UnitInputs(this.key, this.leaves, this.bonus, this.deductions, this.notApplicable);
		}

	}

	/** The node result with the given code, searched depth first. */
	static NodeResult find(UnitResult result, String code) {
		return find(result.areas(), code)
			.orElseThrow(() -> new IllegalArgumentException("no node " + code + " in the result"));
	}

	private static Optional<NodeResult> find(List<NodeResult> nodes, String code) {
		for (NodeResult node : nodes) {
			if (node.code().equals(code)) {
				return Optional.of(node);
			}
			Optional<NodeResult> inChildren = find(node.children(), code);
			if (inChildren.isPresent()) {
				return inChildren;
			}
		}
		return Optional.empty();
	}

}
