package org.parindex.contest;

/**
 * What a participant sees at once after submitting (issue 11 item 3): the score, the
 * duration, the prediction recorded and the attempts left in the round. The same stored
 * result for every retry of the submission.
 *
 * @param attempt the submitted attempt, with its verdict, score, duration and prediction
 * @param round its round
 * @param attemptsLeft the attempts still allowed in the round, 0 or more
 * @param recordedNow whether this request recorded the submission (false for a retry or
 * the loser of a concurrent double submit, which get the stored result)
 */
public record SubmissionResult(AttemptSummary attempt, ContestView.RoundView round, int attemptsLeft,
		boolean recordedNow) {

}
