package org.parindex.contest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of {@link QuestionDraw} over random banks and plans: a plan the bank can
 * fill gives exactly the planned count per stratum, no question twice, option orders that
 * are permutations, the same draw for the same seed; a plan it cannot fill is refused;
 * and every question of a stratum can be drawn.
 */
class QuestionDrawPropertiesTests {

	private static final List<String> CATEGORIES = List.of("A", "B", "C");

	@Property(tries = 300)
	void aFillablePlanIsFilledExactlyAndAnUnfillableOneRefused(@ForAll("banks") List<QuestionDraw.Candidate> bank,
			@ForAll("plans") List<QuestionDraw.Stratum> plan, @ForAll long seed) {
		Map<Long, QuestionDraw.Candidate> byId = new HashMap<>();
		bank.forEach((c) -> byId.put(c.questionId(), c));
		boolean fillable = fillable(bank, plan);
		List<QuestionDraw.Drawn> drawn;
		try {
			drawn = QuestionDraw.draw(bank, plan, seed);
		}
		catch (QuestionDrawException ex) {
			assertThat(fillable).as("refused a fillable plan: %s", ex.getMessage()).isFalse();
			assertThat(ex.messageKey()).startsWith("contest.question.draw.short.");
			return;
		}
		assertThat(fillable).as("filled an unfillable plan").isTrue();
		assertThat(drawn).hasSize(plan.stream().mapToInt(QuestionDraw.Stratum::count).sum());
		assertThat(drawn).extracting(QuestionDraw.Drawn::questionId).doesNotHaveDuplicates();
		for (QuestionDraw.Drawn d : drawn) {
			int options = byId.get(d.questionId()).options();
			assertThat(new HashSet<>(d.optionOrder())).hasSize(options);
			assertThat(d.optionOrder()).hasSize(options).allMatch((p) -> p >= 0 && p < options);
		}
		// exact counts: assign the drawn questions to strata, most specific first
		List<QuestionDraw.Candidate> left = new ArrayList<>(
				drawn.stream().map((d) -> byId.get(d.questionId())).toList());
		List<QuestionDraw.Stratum> ordered = new ArrayList<>(plan);
		ordered.sort(java.util.Comparator.comparingInt(QuestionDraw.Stratum::generality));
		for (QuestionDraw.Stratum stratum : ordered) {
			List<QuestionDraw.Candidate> fitting = left.stream().filter(stratum::accepts).toList();
			assertThat(fitting).as("stratum %s", stratum).hasSizeGreaterThanOrEqualTo(stratum.count());
			left.removeAll(fitting.subList(0, stratum.count()));
		}
		assertThat(left).as("questions no stratum asked for").isEmpty();
		assertThat(QuestionDraw.draw(bank, plan, seed)).isEqualTo(drawn);
	}

	@Property(tries = 30)
	void everyQuestionOfAStratumCanBeDrawn(@ForAll("banks") List<QuestionDraw.Candidate> bank) {
		String category = bank.get(0).category();
		long inCategory = bank.stream().filter((c) -> c.category().equals(category)).count();
		int count = (int) Math.max(1, inCategory / 2);
		List<QuestionDraw.Stratum> plan = List
			.of(new QuestionDraw.Stratum(Optional.of(category), Optional.empty(), count));
		Set<Long> seen = new HashSet<>();
		for (long seed = 0; seed < 400 && seen.size() < inCategory; seed++) {
			QuestionDraw.draw(bank, plan, seed).forEach((d) -> seen.add(d.questionId()));
		}
		assertThat(seen).hasSize((int) inCategory);
	}

	/**
	 * Whether the bank can fill the plan, counted independently of the draw: cells from
	 * their cells, then each one-axis stratum from what its cells left, then "any" from
	 * everything left (plans here never mix the two axes).
	 */
	private static boolean fillable(List<QuestionDraw.Candidate> bank, List<QuestionDraw.Stratum> plan) {
		Map<String, Integer> left = new HashMap<>();
		for (QuestionDraw.Candidate c : bank) {
			left.merge(c.category() + "|" + c.difficulty(), 1, Integer::sum);
		}
		for (QuestionDraw.Stratum s : plan) {
			if (s.generality() == 0) {
				String key = s.category().orElseThrow() + "|" + s.difficulty().orElseThrow();
				int have = left.getOrDefault(key, 0);
				if (have < s.count()) {
					return false;
				}
				left.put(key, have - s.count());
			}
		}
		int total = left.values().stream().mapToInt(Integer::intValue).sum();
		int broader = 0;
		for (QuestionDraw.Stratum s : plan) {
			if (s.generality() == 1) {
				int have = left.entrySet()
					.stream()
					.filter((e) -> e.getKey().startsWith(s.category().orElse("") + "|")
							|| e.getKey().endsWith("|" + s.difficulty().map(Enum::name).orElse("")))
					.mapToInt(Map.Entry::getValue)
					.sum();
				if (have < s.count()) {
					return false;
				}
				broader += s.count();
			}
		}
		int any = plan.stream().filter((s) -> s.generality() == 2).mapToInt(QuestionDraw.Stratum::count).sum();
		return total - broader >= any;
	}

	@Provide
	Arbitrary<List<QuestionDraw.Candidate>> banks() {
		Arbitrary<QuestionDraw.Candidate> candidate = Combinators
			.combine(Arbitraries.of(CATEGORIES), Arbitraries.of(QuestionDifficulty.class),
					Arbitraries.integers().between(2, 6))
			.as((category, difficulty, options) -> new QuestionDraw.Candidate(0, category, difficulty, options));
		return candidate.list().ofMinSize(1).ofMaxSize(30).map((list) -> {
			List<QuestionDraw.Candidate> numbered = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				QuestionDraw.Candidate c = list.get(i);
				numbered.add(new QuestionDraw.Candidate(100 + 7L * i, c.category(), c.difficulty(), c.options()));
			}
			return numbered;
		});
	}

	@Provide
	Arbitrary<List<QuestionDraw.Stratum>> plans() {
		Arbitrary<QuestionDraw.Stratum> cell = Combinators
			.combine(Arbitraries.of(CATEGORIES), Arbitraries.of(QuestionDifficulty.class),
					Arbitraries.integers().between(0, 4))
			.as(QuestionDraw.Stratum::of);
		Arbitrary<QuestionDraw.Stratum> byCategory = Combinators
			.combine(Arbitraries.of(CATEGORIES), Arbitraries.integers().between(0, 5))
			.as((category, count) -> new QuestionDraw.Stratum(Optional.of(category), Optional.empty(), count));
		Arbitrary<QuestionDraw.Stratum> byDifficulty = Combinators
			.combine(Arbitraries.of(QuestionDifficulty.class), Arbitraries.integers().between(0, 5))
			.as((difficulty, count) -> new QuestionDraw.Stratum(Optional.empty(), Optional.of(difficulty), count));
		Arbitrary<QuestionDraw.Stratum> any = Arbitraries.integers()
			.between(0, 6)
			.map((count) -> new QuestionDraw.Stratum(Optional.empty(), Optional.empty(), count));
		Arbitrary<List<QuestionDraw.Stratum>> withCategories = Arbitraries.oneOf(cell, byCategory, any)
			.list()
			.ofMinSize(1)
			.ofMaxSize(6);
		Arbitrary<List<QuestionDraw.Stratum>> withDifficulties = Arbitraries.oneOf(cell, byDifficulty, any)
			.list()
			.ofMinSize(1)
			.ofMaxSize(6);
		return Arbitraries.oneOf(withCategories, withDifficulties).map((strata) -> {
			// each stratum once, at least one question
			Map<String, QuestionDraw.Stratum> unique = new java.util.LinkedHashMap<>();
			strata.forEach((s) -> unique.putIfAbsent(s.category() + "|" + s.difficulty(), s));
			List<QuestionDraw.Stratum> plan = new ArrayList<>(unique.values());
			if (plan.stream().mapToInt(QuestionDraw.Stratum::count).sum() == 0) {
				plan.set(0, new QuestionDraw.Stratum(plan.get(0).category(), plan.get(0).difficulty(), 1));
			}
			return plan;
		});
	}

}
