package org.parindex.contest;

import java.time.Duration;
import java.util.Comparator;
import java.util.OptionalLong;

/**
 * One key of a round's ranking, in the order the contest's rules name them (issue 11,
 * item 1; real chains in {@code shared/domain/contest.md}: Quảng Nam ranks by score,
 * closest prediction, shortest time, earliest entry; VCNET by all correct, closest
 * prediction, earliest answer; Đồng Nai by score, time, fewest attempts). Each compares
 * two contenders, the better first.
 */
public enum TieBreak {

	/** The higher score first. */
	SCORE,

	/**
	 * The prediction closest to the true value first; a contender without a prediction
	 * after every one with; all equal while the true value is not known.
	 */
	PREDICTION_DISTANCE,

	/**
	 * The shorter attempt first (to the millisecond); a paper entry, which has no
	 * duration, after every online one.
	 */
	DURATION,

	/** The earlier submission first (to the millisecond). */
	SUBMISSION_TIME,

	/** Fewer attempts in the round first. */
	FEWER_ATTEMPTS;

	/**
	 * This key as a comparator of contenders, the better first.
	 * @param trueValue the prediction question's true value, once known
	 */
	public Comparator<Contender> comparator(OptionalLong trueValue) {
		return switch (this) {
			case SCORE -> Comparator.comparing((Contender c) -> c.counted().score()).reversed();
			case PREDICTION_DISTANCE -> Comparator.comparingLong((Contender c) -> distance(c, trueValue));
			case DURATION -> Comparator.comparing((Contender c) -> c.counted().duration().orElse(null),
					Comparator.nullsLast(Comparator.<Duration>naturalOrder()));
			case SUBMISSION_TIME -> Comparator.comparing((Contender c) -> c.counted().submittedAt());
			case FEWER_ATTEMPTS -> Comparator.comparingInt(Contender::attempts);
		};
	}

	/**
	 * The prediction's distance from the true value; {@link Long#MAX_VALUE} without a
	 * prediction, 0 for everyone while the true value is unknown.
	 */
	private static long distance(Contender contender, OptionalLong trueValue) {
		if (trueValue.isEmpty()) {
			return 0;
		}
		OptionalLong prediction = contender.counted().prediction();
		if (prediction.isEmpty()) {
			return Long.MAX_VALUE;
		}
		// both are counts (0 or more), so the difference cannot overflow
		return Math.abs(prediction.getAsLong() - trueValue.getAsLong());
	}

}
