package org.parindex.contest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The draw of an attempt's questions from a bank (issue 11, item 2: "random draw per
 * attempt stratified by category and difficulty, shuffled options"), pure and
 * deterministic: the same bank, plan and seed always give the same questions, in the same
 * order, with the same option orders. TCExam and Moodle draw the same way (random
 * questions per topic and difficulty, questions and answers shuffled;
 * {@code shared/domain/contest.md}).
 * <p>
 * A plan is a list of strata, each a count of questions for a category and a difficulty,
 * either of which may be "any". Strata are filled from the most specific to the least:
 * the cells (category and difficulty) first, then the strata of one category or of one
 * difficulty, then "any category, any difficulty", each from the questions no earlier
 * stratum took, each question drawn uniformly among those left in its stratum. A plan may
 * not mix strata of one category (any difficulty) with strata of one difficulty (any
 * category): which question serves which would then be a matching problem that a
 * stratum-by-stratum draw could answer wrongly, so such a plan is refused rather than
 * filled unfairly; give the cells instead. With that rule the draw fails only when the
 * bank truly cannot fill the plan, and then names the stratum and the numbers.
 * <p>
 * The randomness is {@link java.util.Random} (its algorithm is fixed by the Java SE
 * specification) seeded with the seed after a SplitMix64 mix, so that neighbouring seeds
 * draw unrelated questions, driving Fisher–Yates shuffles; the candidates are taken in
 * the order of their ids, whatever order the caller gives them in.
 */
public final class QuestionDraw {

	private QuestionDraw() {
	}

	/**
	 * Draws an attempt's questions.
	 * @param bank the bank's active questions (each id once)
	 * @param plan the strata, each (category, difficulty) pair at most once, counts 0 or
	 * more, at least one question in all
	 * @param seed the attempt's seed (the same seed gives the same draw)
	 * @return the questions in the order the attempt shows them, each with the order of
	 * its options
	 * @throws QuestionDrawException when the plan is not valid (a stratum twice, a
	 * negative count, no question at all, strata of one category mixed with strata of one
	 * difficulty) or the bank cannot fill a stratum (its category, difficulty, the
	 * questions needed and those left)
	 * @throws IllegalArgumentException for a question id given twice or a candidate with
	 * fewer than 2 or more than 6 options
	 */
	public static List<Drawn> draw(List<Candidate> bank, List<Stratum> plan, long seed) {
		check(plan);
		List<Candidate> pool = new ArrayList<>(bank);
		pool.sort(Comparator.comparingLong(Candidate::questionId));
		Set<Long> ids = new HashSet<>();
		for (Candidate candidate : pool) {
			if (!ids.add(candidate.questionId())) {
				throw new IllegalArgumentException("Question " + candidate.questionId() + " given twice");
			}
		}
		Random random = new Random(mix(seed));
		List<Stratum> ordered = new ArrayList<>(plan);
		// most specific first; stable, so strata of one level keep the plan's order
		ordered.sort(Comparator.comparingInt(Stratum::generality));
		List<Candidate> chosen = new ArrayList<>();
		for (Stratum stratum : ordered) {
			if (stratum.count() == 0) {
				continue;
			}
			List<Candidate> fitting = new ArrayList<>();
			for (Candidate candidate : pool) {
				if (stratum.accepts(candidate)) {
					fitting.add(candidate);
				}
			}
			if (fitting.size() < stratum.count()) {
				throw QuestionDrawException.shortOf(stratum, fitting.size());
			}
			shuffle(fitting, random);
			List<Candidate> taken = fitting.subList(0, stratum.count());
			chosen.addAll(taken);
			pool.removeAll(new HashSet<>(taken));
		}
		shuffle(chosen, random);
		List<Drawn> drawn = new ArrayList<>(chosen.size());
		for (Candidate candidate : chosen) {
			List<Integer> order = new ArrayList<>(candidate.options());
			for (int i = 0; i < candidate.options(); i++) {
				order.add(i);
			}
			shuffle(order, random);
			drawn.add(new Drawn(candidate.questionId(), order));
		}
		return drawn;
	}

	private static void check(List<Stratum> plan) {
		Set<String> keys = new HashSet<>();
		boolean byCategory = false;
		boolean byDifficulty = false;
		int total = 0;
		for (Stratum stratum : plan) {
			if (!keys.add(stratum.category().map(QuestionText::fold).orElse("\u0000") + "|"
					+ stratum.difficulty().map(Enum::name).orElse(""))) {
				throw new QuestionDrawException("contest.question.draw.twice", stratum.categoryArgument(),
						stratum.difficultyArgument(), 0, 0);
			}
			if (stratum.count() < 0) {
				throw new QuestionDrawException("contest.question.draw.negative", stratum.categoryArgument(),
						stratum.difficultyArgument(), stratum.count(), 0);
			}
			total += stratum.count();
			byCategory |= stratum.generality() == 1 && stratum.category().isPresent() && stratum.count() > 0;
			byDifficulty |= stratum.generality() == 1 && stratum.difficulty().isPresent() && stratum.count() > 0;
		}
		if (byCategory && byDifficulty) {
			throw new QuestionDrawException("contest.question.draw.mixed", "", -1, 0, 0);
		}
		if (total == 0) {
			throw new QuestionDrawException("contest.question.draw.empty", "", -1, 0, 0);
		}
	}

	/**
	 * The seed spread over all 64 bits (SplitMix64's finaliser, Steele, Lea and Flood,
	 * "Fast splittable pseudorandom number generators", 2014): {@link Random} seeded with
	 * neighbouring numbers (attempt 1, 2, 3…) would otherwise begin with nearly the same
	 * values and draw the same first questions.
	 */
	static long mix(long seed) {
		long z = seed + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** Fisher–Yates, from the last element down, with the given randomness. */
	private static <T> void shuffle(List<T> list, Random random) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T swap = list.get(i);
			list.set(i, list.get(j));
			list.set(j, swap);
		}
	}

	/**
	 * What the draw knows of a question: no text, no answer.
	 *
	 * @param questionId the question's key
	 * @param category its category (compared folded: {@link QuestionText#fold})
	 * @param difficulty its difficulty
	 * @param options how many options it has, 2 to 6
	 */
	public record Candidate(long questionId, String category, QuestionDifficulty difficulty, int options) {

		/**
		 * @throws IllegalArgumentException for fewer than 2 or more than 6 options
		 */
		public Candidate {
			if (options < QuestionDraft.MIN_OPTIONS || options > QuestionDraft.MAX_OPTIONS) {
				throw new IllegalArgumentException("A question has 2 to 6 options: " + options);
			}
		}

	}

	/**
	 * One stratum of a plan: how many questions of a category and a difficulty.
	 *
	 * @param category the category, or empty for any
	 * @param difficulty the difficulty, or empty for any
	 * @param count how many questions, 0 or more
	 */
	public record Stratum(Optional<String> category, Optional<QuestionDifficulty> difficulty, int count) {

		/** A stratum of one category and one difficulty. */
		public static Stratum of(String category, QuestionDifficulty difficulty, int count) {
			return new Stratum(Optional.of(category), Optional.of(difficulty), count);
		}

		/** Whether a question belongs to the stratum. */
		public boolean accepts(Candidate candidate) {
			return this.category.map((c) -> QuestionText.fold(c).equals(QuestionText.fold(candidate.category())))
				.orElse(true) && this.difficulty.map((d) -> d == candidate.difficulty()).orElse(true);
		}

		/** 0 for a cell, 1 for one axis given, 2 for any question. */
		int generality() {
			return (this.category.isPresent() ? 0 : 1) + (this.difficulty.isPresent() ? 0 : 1);
		}

		String categoryArgument() {
			return this.category.orElse("");
		}

		int difficultyArgument() {
			return this.difficulty.map(Enum::ordinal).orElse(-1);
		}

	}

	/**
	 * A drawn question.
	 *
	 * @param questionId the question's key
	 * @param optionOrder the positions of its options in the order shown (a permutation
	 * of 0 to its number of options minus one: {@code [2, 0, 1]} shows C first)
	 */
	public record Drawn(long questionId, List<Integer> optionOrder) {

		public Drawn {
			optionOrder = List.copyOf(optionOrder);
		}

	}

}
