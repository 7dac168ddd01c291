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

}
