package org.parindex.assessment.dossier;

import java.time.Instant;

/**
 * One step of a leaf's history, to be appended when the dossier is saved.
 *
 * @param phase {@code SELF}, {@code ROUND1}, {@code EXPLANATION}, {@code ROUND2},
 * {@code COUNCIL}, {@code CORRECTION} or {@code IMPORT}
 * @param action what happened, e.g. {@code saved}, {@code flagged}
 * @param detail the values after the step, as a short text
 */
public record HistoryEntry(String leafCode, String phase, String action, String detail, String actor,
		Instant occurredAt) {

}
