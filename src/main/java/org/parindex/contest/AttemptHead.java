package org.parindex.contest;

/**
 * An attempt's page before its questions: what the page shows around them (the round, the
 * attempt's number, its deadline by the server's clock, the prediction saved), read
 * without the attempt's questions. The attempt page is served as this small page and its
 * questions are fetched as JSON by the page's script (docs/contest.md, "The attempt
 * page"); {@link AttemptPage} is the page with its questions.
 *
 * @param contest the contest
 * @param round the attempt's round
 * @param attempt the attempt
 */
public record AttemptHead(ContestView contest, ContestView.RoundView round, AttemptSummary attempt) {

}
