package org.parindex.contest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When an attempt's submission still counts, decided by the server's clock to the
 * millisecond (issue 11, item 3). An attempt ends at the earlier of its start plus the
 * round's time limit and the end of the round's window; a submission received by then is
 * on time, one received within the grace period after it still counts (Moodle's "last
 * submission grace period", meant for a server overloaded at the deadline), and a later
 * one is refused: the answers already saved during the attempt are then scored as the
 * rules say, the submission itself adds nothing.
 *
 * @param windowEnd the end of the round's window (inclusive, to the millisecond)
 * @param timeLimit the time allowed per attempt, above zero
 * @param grace how long after the attempt's end a submission still counts, zero or more
 */
public record AttemptDeadline(Instant windowEnd, Duration timeLimit, Duration grace) {

	/**
	 * @throws IllegalArgumentException for a time limit not above zero or a negative
	 * grace
	 */
	public AttemptDeadline {
		if (timeLimit.isZero() || timeLimit.isNegative()) {
			throw new IllegalArgumentException("The time limit must be above zero: " + timeLimit);
		}
		if (grace.isNegative()) {
			throw new IllegalArgumentException("The grace period must not be negative: " + grace);
		}
		windowEnd = windowEnd.truncatedTo(ChronoUnit.MILLIS);
	}

	/**
	 * The moment an attempt started at {@code startedAt} ends: its start plus the time
	 * limit, or the window's end if that comes first; to the millisecond.
	 */
	public Instant endOf(Instant startedAt) {
		Instant limit = startedAt.truncatedTo(ChronoUnit.MILLIS).plus(this.timeLimit);
		return limit.isBefore(this.windowEnd) ? limit : this.windowEnd;
	}

	/**
	 * How a submission received at {@code receivedAt} for an attempt started at
	 * {@code startedAt} is treated; both are compared to the millisecond (a submission in
	 * the deadline's own millisecond is on time).
	 */
	public Verdict judge(Instant startedAt, Instant receivedAt) {
		Instant end = endOf(startedAt);
		Instant received = receivedAt.truncatedTo(ChronoUnit.MILLIS);
		if (!received.isAfter(end)) {
			return Verdict.ON_TIME;
		}
		return received.isAfter(end.plus(this.grace)) ? Verdict.LATE : Verdict.IN_GRACE;
	}

	/** What happens to a submission. */
	public enum Verdict {

		/** Received by the attempt's end: it counts. */
		ON_TIME,

		/** Received after the end but within the grace period: it counts. */
		IN_GRACE,

		/**
		 * Received after the grace period: refused with a clear message; the answers
		 * saved before the end are scored.
		 */
		LATE;

		/** Whether the submission counts. */
		public boolean counts() {
			return this != LATE;
		}

	}

}
