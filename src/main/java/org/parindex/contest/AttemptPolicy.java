package org.parindex.contest;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * Which of a participant's attempts in a round counts (issue 11, item 1; Moodle grades by
 * highest, first or last; Vietnamese contests that allow repeats count the best, with the
 * earlier answer breaking ties).
 */
public enum AttemptPolicy {

	/**
	 * The best attempt under the round's tie-break chain (its keys about the attempt
	 * itself: score, prediction, duration, submission time), the earlier one among
	 * equals.
	 */
	BEST,

	/** The first attempt submitted. */
	FIRST,

	/** The last attempt submitted. */
	LAST;

	/**
	 * The attempt that counts among one participant's attempts.
	 * @param attempts the participant's scored attempts in the round, at least one
	 * @param chain the round's tie-break chain
	 * @param trueValue the prediction question's true value, once known
	 * @throws IllegalArgumentException without attempts
	 */
	public ScoredAttempt counted(List<ScoredAttempt> attempts, List<TieBreak> chain, OptionalLong trueValue) {
		if (attempts.isEmpty()) {
			throw new IllegalArgumentException("No attempt to count");
		}
		Comparator<ScoredAttempt> byNumber = Comparator.comparingInt(ScoredAttempt::number);
		return switch (this) {
			case FIRST -> attempts.stream().min(byNumber).orElseThrow();
			case LAST -> attempts.stream().max(byNumber).orElseThrow();
			case BEST -> {
				Comparator<Contender> order = chain.stream()
					.filter((key) -> key != TieBreak.FEWER_ATTEMPTS)
					.map((key) -> key.comparator(trueValue))
					.reduce(Comparator::thenComparing)
					.orElse((a, b) -> 0)
					.thenComparing(TieBreak.SUBMISSION_TIME.comparator(trueValue))
					.thenComparing((Contender c) -> c.counted().number());
				yield attempts.stream()
					.map((attempt) -> new Contender(attempt, attempts.size()))
					.min(order)
					.orElseThrow()
					.counted();
			}
		};
	}

}
