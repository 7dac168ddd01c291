package org.parindex.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A questionnaire as stored.
 *
 * @param groupWeight the respondent group's relative weight (greater than 0)
 * @param opensAt start of online answering
 * @param closesAt the survey deadline
 * @param version raised by every change of the form
 * @param responses how many responses are stored; a form with any is frozen
 */
public record SurveyFormView(long id, long indexSetId, String code, String name, String respondentGroup,
		BigDecimal groupWeight, @Nullable String intro, Instant opensAt, Instant closesAt, int version, long responses,
		List<SurveyQuestionView> questions) {

	public SurveyFormView {
		questions = List.copyOf(questions);
	}

	/**
	 * A form with responses can no longer change: its questions are what was answered.
	 */
	public boolean frozen() {
		return this.responses > 0;
	}

	/**
	 * Whether online answers are accepted at an instant: from opening to the deadline.
	 */
	public boolean openAt(Instant now) {
		return !now.isBefore(this.opensAt) && now.isBefore(this.closesAt);
	}

	/** The question with a code. */
	public Optional<SurveyQuestionView> question(String code) {
		return this.questions.stream().filter((q) -> q.code().equals(code)).findFirst();
	}

}
