package org.parindex.survey;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A piece of the survey staff's work still to do in a year whose survey is open (issue
 * 10, the survey staff's home page): how many of what, where it is done, and by when.
 * Found by {@link SurveyToDos} from the year's monitoring ({@link SurveyMonitoringView}).
 *
 * @param kind what is to be done
 * @param indexSetId the year's index set
 * @param year its year
 * @param formId the form concerned, or {@code null} for the whole year's survey
 * @param formCode its code, or {@code null}
 * @param count how many: paper sheets waiting, units rated without codes, cases of a unit
 * below its minimum sample, patterns flagged, or responses received (closing)
 * @param due by when: the form's deadline while it takes answers, else the last day the
 * year's survey can still change (the council's deadline)
 */
public record SurveyToDo(Kind kind, long indexSetId, int year, @Nullable Long formId, @Nullable String formCode,
		long count, Instant due) {

	/** The message key: {@code reminder.survey.<kind>}. */
	public String messageKey() {
		return "reminder.survey." + this.kind.key();
	}

	/**
	 * The message's arguments: the year, then the form's code (for a form's work), then
	 * the count, then (closing, no codes) the deadline as given.
	 * @param deadline the due time written for the reader (e.g. {@code 17h00 15/01/2023})
	 */
	public List<Object> arguments(String deadline) {
		return switch (this.kind) {
			case PAPER_WAITING -> List.of(this.year, this.formCode, this.count);
			case NO_CODES, CLOSING -> List.of(this.year, this.formCode, this.count, deadline);
			case BELOW_MINIMUM, FLAGS -> List.of(this.year, this.count);
		};
	}

	/** Where the work is done. */
	public String link() {
		return switch (this.kind) {
			case PAPER_WAITING -> "/admin/survey/forms/" + this.formId + "/paper";
			case NO_CODES -> "/admin/survey/forms/" + this.formId + "/invitations";
			case BELOW_MINIMUM, FLAGS, CLOSING -> "/admin/survey/sets/" + this.indexSetId + "/monitoring";
		};
	}

	/** What a to-do is about. Message keys {@code reminder.survey.<kind>}. */
	public enum Kind {

		/**
		 * Paper sheets of a form keyed once and waiting for their second entry, or keyed
		 * twice with differences to resolve: they do not count yet.
		 */
		PAPER_WAITING,

		/**
		 * A form that takes or will take answers, with units it rates that were issued no
		 * invitation code (or only codes of a withdrawn batch, unused); the count is of
		 * those units.
		 */
		NO_CODES,

		/** Cases of a unit with fewer responses than its minimum sample. */
		BELOW_MINIMUM,

		/** Suspicious patterns flagged for review. */
		FLAGS,

		/**
		 * A form taking answers whose deadline is at most
		 * {@value SurveyToDos#CLOSING_DAYS} days away.
		 */
		CLOSING;

		/** The key part of its message: {@code paper-waiting}. */
		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
