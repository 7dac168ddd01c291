package org.parindex.assessment;

import java.time.Instant;

/**
 * One step of a leaf's history: self-assessment, round 1, question, answer, round 2 or a
 * file, with who did it and when.
 *
 * @param phase {@code SELF}, {@code ROUND1}, {@code EXPLANATION}, {@code ROUND2},
 * {@code COUNCIL} or {@code CORRECTION}
 * @param action what happened, e.g. {@code saved}, {@code flagged}, {@code file-added}
 * @param detail the values after the step, as a short text
 */
public record LeafEventView(String phase, String action, String detail, String actor, Instant occurredAt) {

	public String messageKey() {
		return "history." + this.phase.toLowerCase(java.util.Locale.ROOT) + "." + this.action;
	}

}
