package org.parindex.contest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A round's paper form (issue 11 item 4): the fixed question set printed on it, without
 * any answer key ({@link QuestionShown} has none).
 *
 * @param contest the contest
 * @param round the round
 * @param fixedAt when the committee fixed the form; empty while it is not fixed
 * @param questions in the printed order, the options lettered A, B, C … as printed
 * @param paperEntries paper forms keyed for the round (once there is one, the form can no
 * longer be drawn again)
 * @param seed the draw's seed (0 while not fixed): a form is keyed only against the form
 * it was read from
 */
public record PaperForm(ContestView contest, ContestView.RoundView round, Optional<Instant> fixedAt,
		List<QuestionShown> questions, long paperEntries, long seed) {

	public PaperForm {
		questions = List.copyOf(questions);
	}

	/** The first day (Vietnam time) a form of the round may be received or postmarked. */
	public LocalDate firstDay() {
		return this.round.opensAt().atZone(EntryService.VIETNAM).toLocalDate();
	}

	/** The last day (Vietnam time) a form of the round may be received or postmarked. */
	public LocalDate lastDay() {
		return this.round.closesAt().minusMillis(1).atZone(EntryService.VIETNAM).toLocalDate();
	}

}
