package org.parindex.contest;

import java.util.ArrayList;
import java.util.List;

/**
 * A drawn question as a participant's page shows it: its text and its options in the
 * drawn order, and nothing that says which options are correct (issue 11: "correct
 * answers never sent to the browser at all"). The record has no such field, so a page
 * built from it cannot leak one.
 *
 * @param number the question's number in the attempt, from 1
 * @param questionId the question's key
 * @param kind single answer (radio buttons) or multiple (check boxes)
 * @param text the question
 * @param options in the order shown
 */
public record QuestionShown(int number, long questionId, QuestionKind kind, String text, List<Option> options) {

	public QuestionShown {
		options = List.copyOf(options);
	}

	/**
	 * A drawn question as shown.
	 * @param number its number in the attempt, from 1
	 * @param question the stored question
	 * @param drawn the draw's option order for it
	 * @throws IllegalArgumentException when the draw is of another question or its order
	 * does not fit the question's options
	 */
	public static QuestionShown of(int number, QuestionView question, QuestionDraw.Drawn drawn) {
		if (drawn.questionId() != question.id() || drawn.optionOrder().size() != question.options().size()) {
			throw new IllegalArgumentException("The draw does not fit question " + question.id());
		}
		List<Option> options = new ArrayList<>();
		for (int shown = 0; shown < drawn.optionOrder().size(); shown++) {
			int position = drawn.optionOrder().get(shown);
			options.add(new Option(QuestionDraft.letter(shown), position, question.options().get(position).text()));
		}
		return new QuestionShown(number, question.id(), question.kind(), question.text(), options);
	}

	/**
	 * A drawn question as shown from the texts kept with its attempt or paper form when
	 * it was drawn (its snapshot), whatever the bank says now.
	 * @param number its number in the attempt, from 1
	 * @param questionId the question's key
	 * @param kind single or multiple answer, as drawn
	 * @param text the question's text when drawn
	 * @param optionTexts the options' texts when drawn, in the bank's option order
	 * @param drawn the draw's option order for it
	 * @throws IllegalArgumentException when the order does not fit the options
	 */
	public static QuestionShown of(int number, long questionId, QuestionKind kind, String text,
			List<String> optionTexts, QuestionDraw.Drawn drawn) {
		if (drawn.questionId() != questionId || drawn.optionOrder().size() != optionTexts.size()) {
			throw new IllegalArgumentException("The draw does not fit question " + questionId);
		}
		List<Option> options = new ArrayList<>();
		for (int shown = 0; shown < drawn.optionOrder().size(); shown++) {
			int position = drawn.optionOrder().get(shown);
			options.add(new Option(QuestionDraft.letter(shown), position, optionTexts.get(position)));
		}
		return new QuestionShown(number, questionId, kind, text, options);
	}

	/**
	 * An option as shown.
	 *
	 * @param letter the letter it is shown under ({@code A} for the first shown)
	 * @param position its position in the stored question (what an answer sends back)
	 * @param text its text
	 */
	public record Option(String letter, int position, String text) {

	}

}
