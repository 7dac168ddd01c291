package org.parindex.reporting;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parindex.assessment.UnappraisedLeaves;
import org.parindex.methodology.IndexSetView;

/**
 * The year's results exactly as a publication would keep them now (scored by the same
 * code path as the publication's snapshot), with what is missing unit by unit: shown to
 * the council before it approves and to the PAR office before it publishes; approving or
 * publishing with anything missing needs an explicit confirmation, audited with the list.
 *
 * @param rows every participating unit in rank order
 */
public record PublicationPreview(IndexSetView set, List<Row> rows) {

	/**
	 * The longest list of missing items kept in an audit record (its column holds 4000).
	 */
	static final int AUDIT_LENGTH = 3500;

	public PublicationPreview {
		rows = List.copyOf(rows);
	}

	/** Whether nothing is missing for any unit. */
	public boolean complete() {
		return this.rows.stream().allMatch((row) -> row.missing().isEmpty());
	}

	/** How many units have something missing. */
	public long incompleteUnits() {
		return this.rows.stream().filter((row) -> !row.missing().isEmpty()).count();
	}

	/**
	 * What is missing, for the audit trail: the count of units per kind, then each unit
	 * ({@code "NOT_SUBMITTED=16; Thành phố Pleiku: NOT_SUBMITTED + ROUND_ONE_UNFINISHED 21/21; …"};
	 * the audit page reads the constants by {@code audit.value.*} and
	 * {@code audit.field.*}), cut at {@value #AUDIT_LENGTH} characters to fit the audit
	 * record; {@code "NONE"} when nothing is missing.
	 */
	public String missingForAudit() {
		Map<Missing, Integer> counts = new EnumMap<>(Missing.class);
		List<String> units = new ArrayList<>();
		for (Row row : this.rows) {
			if (!row.missing().isEmpty()) {
				row.missing().forEach((item) -> counts.merge(item, 1, Integer::sum));
				units.add(row.result().unitName() + ": " + String.join(" + ", row.missing()
					.stream()
					.map((item) -> (item == Missing.ROUND_ONE_UNFINISHED)
							? item.name() + " " + row.unappraised().map((u) -> u.count() + "/" + u.leaves()).orElse("")
							: item.name())
					.toList()));
			}
		}
		if (units.isEmpty()) {
			return "NONE";
		}
		List<String> parts = new ArrayList<>();
		counts.forEach((item, count) -> parts.add(item.name() + "=" + count));
		parts.addAll(units);
		String text = String.join("; ", parts);
		return (text.length() > AUDIT_LENGTH) ? text.substring(0, AUDIT_LENGTH - 1) + "…" : text;
	}

	/**
	 * One unit as it would be published, and what is missing for it.
	 *
	 * @param classification the class band's code, when the set has bands
	 * @param unappraised the leaves nobody has appraised yet, when there are any (then
	 * {@code missing} holds {@link Missing#ROUND_ONE_UNFINISHED})
	 */
	public record Row(PublishedResultView result, Optional<String> classification, List<Missing> missing,
			Optional<UnappraisedLeaves> unappraised) {

		public Row {
			missing = List.copyOf(missing);
		}

	}

	/**
	 * Something that is not there yet for a unit; message keys
	 * {@code publication.missing.*}.
	 */
	public enum Missing {

		/**
		 * The unit never submitted its self-assessment (scored on what was appraised).
		 */
		NOT_SUBMITTED,

		/**
		 * Round 1 is not finished: some leaves have no appraised score at all, so their
		 * self-assessed points would be published ({@link Row#unappraised()} says how
		 * many and in which areas).
		 */
		ROUND_ONE_UNFINISHED,

		/** A leaf the appraisers asked about has no final score yet. */
		APPRAISAL_UNFINISHED,

		/** The set has a survey part and the unit has no survey results. */
		NO_SURVEY_RESULTS,

		/** A bonus or deduction proposed for the unit is not decided by the council. */
		ADJUSTMENT_UNDECIDED,

		/**
		 * A public reason for lost points (shown in the scorecard and summary) is not yet
		 * reviewed by the PAR office, so it would be published without it; listed in the
		 * PAR office's preview only (the review is the PAR office's step,
		 * docs/workflow.md).
		 */
		REASONS_UNREVIEWED;

		public String messageKey() {
			return "publication.missing." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
