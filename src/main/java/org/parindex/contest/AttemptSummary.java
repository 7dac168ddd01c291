package org.parindex.contest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

/**
 * One attempt as its participant's pages show it (never anyone else's).
 *
 * @param token the attempt's unguessable token (its pages' address)
 * @param participantToken the participant's token (their own page)
 * @param roundId the round's key
 * @param number the attempt's number in the round, from 1
 * @param startedAt when it started (server clock)
 * @param endsAt when it ends: start plus the time limit, or the round's end if earlier
 * @param graceEndsAt the end plus the contest's grace period: saves and submissions are
 * refused after it
 * @param verdict how the submission was treated, empty while not submitted
 * @param score the correct answers (1 point each), once submitted
 * @param questionCount the attempt's questions
 * @param duration from start to submission, in milliseconds, once submitted
 * @param prediction the answer to the prediction question, if given
 * @param submittedAt when the submission counted (the attempt's end for a late one)
 */
public record AttemptSummary(String token, String participantToken, long roundId, int number, Instant startedAt,
		Instant endsAt, Instant graceEndsAt, Optional<AttemptDeadline.Verdict> verdict, @Nullable Integer score,
		int questionCount, Optional<Duration> duration, OptionalLong prediction, @Nullable Instant submittedAt) {

	/** Whether the attempt is submitted (or closed as late). */
	public boolean submitted() {
		return this.verdict.isPresent();
	}

	/** Whether the submission was refused as late (the saved answers were scored). */
	public boolean late() {
		return this.verdict.filter((v) -> v == AttemptDeadline.Verdict.LATE).isPresent();
	}

}
