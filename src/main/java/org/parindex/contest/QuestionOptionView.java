package org.parindex.contest;

/**
 * An option of a stored question, for the committee's pages and exports only: it says
 * whether the option is correct. What a participant sees is a {@link QuestionShown}.
 *
 * @param position 0 for A to 5 for F
 * @param text the option's text
 * @param correct whether the option is correct
 */
public record QuestionOptionView(int position, String text, boolean correct) {

	/** The option's letter ({@code A} to {@code F}). */
	public String letter() {
		return QuestionDraft.letter(this.position);
	}

}
