package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's promise for every rule type: whatever its parameters (even ones the
 * validator refuses, such as a negative points per item or a band above the maximum) and
 * whatever the inputs, a leaf scores between zero and its maximum.
 */
class RuleBoundsPropertiesTests {

	@Property(tries = 600)
	void everyRuleScoresBetweenZeroAndTheLeafsMaximum(@ForAll("rules") Rule rule, @ForAll("maxima") BigDecimal max,
			@ForAll("inputs") List<BigDecimal> values) {
		Map<String, BigDecimal> inputs = new HashMap<>();
		for (int i = 0; i < rule.inputNames().size(); i++) {
			inputs.put(rule.inputNames().get(i), values.get(i));
		}

		Evaluation evaluation = rule.evaluate("1.1", max, inputs);

		assertThat(evaluation.points()).isBetween(BigDecimal.ZERO, max);
		if (evaluation.valid()) {
			assertThat(rule.points(max, inputs)).isBetween(BigDecimal.ZERO, max);
		}
	}

	@Example
	void theRulesDrawnAreOfEveryType() {
		Set<RuleType> drawn = rules().sampleStream().limit(3000).map(Rule::type).collect(Collectors.toSet());

		assertThat(drawn).containsExactlyInAnyOrder(RuleType.values());
	}

	@Provide
	Arbitrary<Rule> rules() {
		Arbitrary<BigDecimal> any = Arbitraries.bigDecimals()
			.between(new BigDecimal("-3"), new BigDecimal("12"))
			.ofScale(2);
		Arbitrary<List<Rule.Band>> bands = Combinators.combine(any, any)
			.as(Rule.Band::new)
			.list()
			.ofMaxSize(4)
			.map(ArrayList::new);
		return Arbitraries.oneOf(any.map(Rule.Manual::new), Arbitraries.just(new Rule.YesNo()),
				Combinators.combine(any, Arbitraries.of(true, false)).as(Rule.Ratio::new), bands.map(Rule.Bands::new),
				any.map(Rule.Count::new), Arbitraries.just(new Rule.Survey()), any.map(Rule.Deduct::new),
				Combinators.combine(bands, Arbitraries.of(true, false)).as(Rule.RatioBands::new));
	}

	@Provide
	Arbitrary<BigDecimal> maxima() {
		return Arbitraries.bigDecimals().between(new BigDecimal("0.25"), new BigDecimal("10")).ofScale(2);
	}

	@Provide
	Arbitrary<List<BigDecimal>> inputs() {
		return Arbitraries
			.oneOf(Arbitraries.integers().between(-2, 40).map(BigDecimal::valueOf),
					Arbitraries.bigDecimals().between(new BigDecimal("-1"), new BigDecimal("20")).ofScale(3))
			.list()
			.ofSize(2);
	}

}
