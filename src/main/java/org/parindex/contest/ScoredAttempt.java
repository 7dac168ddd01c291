package org.parindex.contest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One scored attempt of a participant in a round, as the ranking reads it.
 *
 * @param participant the participant's key in the contest (never shown publicly)
 * @param group the participant group (e.g. {@code CBCCVC}, {@code HOC_SINH}), for prize
 * quotas per group
 * @param number the attempt's number for the participant in the round, from 1
 * @param score the attempt's score in points, 0 or more
 * @param prediction the answer to the prediction question (a count, 0 or more), if given
 * @param duration from start to submission, to the millisecond; empty for a paper entry,
 * which has none
 * @param submittedAt when the submission was received (or a paper form's date received)
 */
public record ScoredAttempt(String participant, String group, int number, BigDecimal score, OptionalLong prediction,
		Optional<Duration> duration, Instant submittedAt) {

	/**
	 * @throws IllegalArgumentException for an attempt number below 1, a negative score,
	 * prediction or duration
	 */
	public ScoredAttempt {
		if (number < 1) {
			throw new IllegalArgumentException("Attempts are numbered from 1: " + number);
		}
		if (prediction.isPresent() && prediction.getAsLong() < 0) {
			throw new IllegalArgumentException("A prediction is a count, not negative: " + prediction.getAsLong());
		}
		if (score.signum() < 0) {
			throw new IllegalArgumentException("A score is not negative: " + score);
		}
		if (duration.filter(Duration::isNegative).isPresent()) {
			throw new IllegalArgumentException("A duration is not negative: " + duration.get());
		}
	}

}
