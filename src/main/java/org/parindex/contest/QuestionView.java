package org.parindex.contest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stored question of a bank, with its correct options: for the committee's pages and
 * exports and for scoring on the server, never for a participant's page (that gets a
 * {@link QuestionShown}).
 *
 * @param id the question's key
 * @param bankId its bank
 * @param code unique within the bank
 * @param category its category
 * @param difficulty its difficulty
 * @param kind single or multiple answer
 * @param text the question
 * @param source where the answer comes from, empty when none
 * @param retired whether it is retired (kept, never drawn)
 * @param options its 2 to 6 options, A first
 * @param changedBy who last added, changed or retired it
 * @param changedAt when
 */
public record QuestionView(long id, long bankId, String code, String category, QuestionDifficulty difficulty,
		QuestionKind kind, String text, String source, boolean retired, List<QuestionOptionView> options,
		String changedBy, Instant changedAt) {

	public QuestionView {
		options = List.copyOf(options);
	}

	/** The positions of the correct options (0 for A). */
	public Set<Integer> correctPositions() {
		return this.options.stream()
			.filter(QuestionOptionView::correct)
			.map(QuestionOptionView::position)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The letters of the correct options as a file writes them ({@code A;C}). */
	public String correctLetters() {
		return this.options.stream()
			.filter(QuestionOptionView::correct)
			.map(QuestionOptionView::letter)
			.collect(Collectors.joining(";"));
	}

	/** The question as a draft, to edit it. */
	public QuestionDraft draft() {
		return new QuestionDraft(this.code, this.category, this.difficulty, this.kind, this.text,
				this.options.stream().map(QuestionOptionView::text).toList(), correctPositions(), this.source);
	}

	/** What the draw needs of it. */
	public QuestionDraw.Candidate candidate() {
		return new QuestionDraw.Candidate(this.id, this.category, this.difficulty, this.options.size());
	}

}
