package org.parindex.assessment;

import java.util.List;

/**
 * What keeps a unit's leader from submitting the self-assessment now, as the submission
 * itself checks it (the same rule, {@code Dossier.blockers}): shown up front on the
 * submission's confirmation, each criterion linked (issue 9, num9 F2).
 *
 * @param notEntered leaves with nothing entered (by code, in the index set's order)
 * @param missingEvidence leaves whose required evidence is neither attached nor explained
 */
public record SubmissionBlockers(List<String> notEntered, List<String> missingEvidence) {

	public SubmissionBlockers {
		notEntered = List.copyOf(notEntered);
		missingEvidence = List.copyOf(missingEvidence);
	}

	/** Whether nothing keeps the dossier from being submitted. */
	public boolean none() {
		return this.notEntered.isEmpty() && this.missingEvidence.isEmpty();
	}

}
