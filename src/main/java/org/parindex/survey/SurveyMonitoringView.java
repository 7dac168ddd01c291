package org.parindex.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.parindex.survey.SurveyMonitoringRules.SampleStatus;

/**
 * The survey of one index set as it stands at {@code asOf} (issue 10, item 6): per form
 * and unit rated, the responses against the target, and the patterns flagged for review.
 * Computed from the database on each request by {@link SurveyMonitoringService}.
 *
 * @param indexSetId the index set
 * @param asOf when the figures were counted
 * @param rules the thresholds the flags were raised with
 * @param forms the set's forms by code
 * @param flags what to review: by kind, then form code, unit, day
 */
public record SurveyMonitoringView(long indexSetId, Instant asOf, SurveyMonitoringRules rules, List<FormProgress> forms,
		List<Flag> flags) {

	public SurveyMonitoringView {
		forms = List.copyOf(forms);
		flags = List.copyOf(flags);
	}

	/** The flags about one form. */
	public List<Flag> flagsOf(long formId) {
		return this.flags.stream().filter((flag) -> flag.formId() != null && flag.formId() == formId).toList();
	}

	/** The flags about no one form (unknown codes are not tied to any). */
	public List<Flag> generalFlags() {
		return this.flags.stream().filter((flag) -> flag.formId() == null).toList();
	}

	/** Units below their minimum over all forms. */
	public long unitsBelowMinimum() {
		return this.forms.stream().mapToLong(FormProgress::unitsBelowMinimum).sum();
	}

	/**
	 * A form's progress.
	 *
	 * @param window where the form's answering period stands at {@code asOf}
	 * @param units every unit the form rates (the cycle's participants, and any other
	 * unit that has responses), in the units' order
	 */
	public record FormProgress(long formId, String code, String name, String respondentGroup, Instant opensAt,
			Instant closesAt, Window window, List<UnitProgress> units) {

		public FormProgress {
			units = List.copyOf(units);
		}

		/** Stored responses under the form. */
		public long responses() {
			return this.units.stream().mapToLong(UnitProgress::responses).sum();
		}

		/** The sum of the targets set (units without one add nothing). */
		public long target() {
			return this.units.stream().mapToLong((u) -> (u.target() != null) ? u.target() : 0).sum();
		}

		/**
		 * Stored responses under the form at the units that have a target: what
		 * {@link #target()} is compared with (walk10 #11: all responses against the
		 * targets of some units read as a sample passed).
		 */
		public long responsesWithTarget() {
			return this.units.stream().filter((u) -> u.target() != null).mapToLong(UnitProgress::responses).sum();
		}

		/** Stored responses under the form at the units without a target. */
		public long responsesWithoutTarget() {
			return responses() - responsesWithTarget();
		}

		/** Units with a target. */
		public long unitsWithTarget() {
			return this.units.stream().filter((u) -> u.target() != null).count();
		}

		/** Units with fewer responses than their target. */
		public long unitsBelowMinimum() {
			return this.units.stream().filter((u) -> u.status() == SampleStatus.BELOW_MINIMUM).count();
		}

		/** Units without a target. */
		public long unitsWithoutTarget() {
			return this.units.stream().filter((u) -> u.status() == SampleStatus.NO_TARGET).count();
		}

	}

	/**
	 * One unit rated by a form.
	 *
	 * @param target the minimum sample (respondents sought), or {@code null} when none is
	 * set
	 * @param issued invitation codes issued
	 * @param used codes answered with
	 * @param online stored online responses
	 * @param paper stored paper responses
	 * @param paperWaiting paper sheets keyed but not counted yet (waiting for their
	 * second entry, or for their differences to be resolved)
	 * @param percentOfTarget responses as % of the target, one decimal, or {@code null}
	 * without a target
	 * @param missing responses still missing to reach the target, 0 or more
	 */
	public record UnitProgress(long unitId, String unitCode, String unitName, @Nullable Integer target, long issued,
			long used, long online, long paper, long paperWaiting, @Nullable BigDecimal percentOfTarget, long missing,
			SampleStatus status) {

		/** Stored responses, online and paper. */
		public long responses() {
			return this.online + this.paper;
		}

		/** Whether the unit is below its minimum sample. */
		public boolean belowMinimum() {
			return this.status == SampleStatus.BELOW_MINIMUM;
		}

	}

	/**
	 * A pattern flagged for review.
	 *
	 * @param kind what was seen
	 * @param formId the form, or {@code null} when the pattern is tied to none (unknown
	 * codes)
	 * @param formCode its code, or {@code null}
	 * @param unitId the unit rated, or {@code null}
	 * @param unitName its name, or {@code null}
	 * @param day the day, or {@code null} when nothing records one (attempts with a used
	 * code are counted without a day, by design)
	 * @param channel the channel of the responses, or {@code null}
	 * @param count how many: identical responses, used codes tried again, withdrawn codes
	 * tried, attempts with unknown codes, responses outside the window
	 * @param context a second figure: all responses of that form, unit, channel and day
	 * (identical sheets), all attempts with those codes (codes tried again, withdrawn
	 * codes tried), 0 otherwise
	 * @param detail the answers of the identical sheets ({@code Q1: A · Q2: B}), the
	 * codes as printed (codes tried again, withdrawn codes tried), empty otherwise
	 */
	public record Flag(FlagKind kind, @Nullable Long formId, @Nullable String formCode, @Nullable Long unitId,
			@Nullable String unitName, @Nullable LocalDate day, @Nullable ResponseChannel channel, long count,
			long context, String detail) {

		/**
		 * The message key of a part of its text: {@code what} (what was seen),
		 * {@code count} (how many, with {@code count} and {@code context} as arguments).
		 */
		public String messageKey(String part) {
			return "survey.monitor.flag." + this.kind.key() + "." + part;
		}

		/**
		 * The message key of what the officer can do; for responses outside the window it
		 * depends on the channel ({@code ….action.paper}, {@code ….action.online}).
		 */
		public String actionKey() {
			boolean window = this.kind == FlagKind.BEFORE_OPENING || this.kind == FlagKind.AFTER_CLOSING;
			return messageKey("action")
					+ ((window && this.channel != null) ? "." + this.channel.name().toLowerCase(Locale.ROOT) : "");
		}

		/** Whether the channel says something: for responses, not for codes. */
		public boolean showsChannel() {
			return this.channel != null && this.kind != FlagKind.CODE_RETRIED && this.kind != FlagKind.WITHDRAWN_TRIED
					&& this.kind != FlagKind.UNKNOWN_CODES;
		}

	}

	/** What a flag is about. Message keys {@code survey.monitor.flag.<kind>.*}. */
	public enum FlagKind {

		/** Identical answer sheets of one form, unit, channel and day, in number. */
		IDENTICAL_SHEETS,

		/** Used invitation codes opened again and again. */
		CODE_RETRIED,

		/**
		 * Unused codes of a withdrawn batch tried after the withdrawal, once or more: the
		 * lost batch is in someone's hands (walk of issue 10).
		 */
		WITHDRAWN_TRIED,

		/** Many attempts with codes that do not exist on one day. */
		UNKNOWN_CODES,

		/** Responses recorded on a day before the form opened. */
		BEFORE_OPENING,

		/** Responses recorded on a day after the form closed. */
		AFTER_CLOSING;

		/** The key part of its messages: {@code identical-sheets}. */
		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** Where a form's answering period stands. */
	public enum Window {

		/** Before the form opens. */
		NOT_OPEN,

		/** Between its opening and its deadline. */
		OPEN,

		/** After its deadline. */
		CLOSED,

		/**
		 * The year was approved by the appraisal council and waits for publication: no
		 * response is taken any more, whatever the form's dates say.
		 */
		APPROVED,

		/**
		 * The year's results are published: the survey is closed, whatever the form's
		 * dates say.
		 */
		PUBLISHED;

		/**
		 * Whether no more responses are taken (after the deadline or the year closed).
		 */
		public boolean over() {
			return this != NOT_OPEN && this != OPEN;
		}

		/** The key part of its messages: {@code not-open}. */
		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
