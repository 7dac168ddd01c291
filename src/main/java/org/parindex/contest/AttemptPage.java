package org.parindex.contest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An attempt as its page shows it: the questions drawn at its start in their order, each
 * with its options in the drawn order and nothing that says which are correct
 * ({@link QuestionShown}), the answers saved so far and the deadline by the server's
 * clock.
 *
 * @param contest the contest
 * @param round the attempt's round
 * @param attempt the attempt
 * @param questions the questions, numbered from 1
 * @param chosen the saved answers: by question number, the stored positions chosen
 */
public record AttemptPage(ContestView contest, ContestView.RoundView round, AttemptSummary attempt,
		List<QuestionShown> questions, Map<Integer, Set<Integer>> chosen) {

	public AttemptPage {
		questions = List.copyOf(questions);
		chosen = Map.copyOf(chosen);
	}

	/** Whether option {@code position} of question {@code number} is chosen. */
	public boolean isChosen(int number, int position) {
		return this.chosen.getOrDefault(number, Set.of()).contains(position);
	}

	/**
	 * This page with the answers a submission sent laid over the saved ones: a question
	 * sent takes the options sent (none: unanswered), the others keep what was saved.
	 * @param sent by question number, the stored positions chosen
	 * @return the page as the participant left it
	 */
	public AttemptPage withAnswers(Map<Integer, Set<Integer>> sent) {
		Map<Integer, Set<Integer>> merged = new java.util.HashMap<>(this.chosen);
		merged.putAll(sent);
		merged.values().removeIf(Set::isEmpty);
		return new AttemptPage(this.contest, this.round, this.attempt, this.questions, merged);
	}

}
