package org.parindex.assessment;

import java.util.Set;

/**
 * Whether a unit handed in its self-assessment under an index set, and which of its
 * leaves an appraiser scored (in round 1, round 2, by the council or by a correction):
 * what the scoring needs to score a unit that never submitted (docs/scoring.md, "Units
 * that never submitted").
 *
 * @param status the dossier's status ({@link DossierStatus#DRAFT} for a unit that never
 * opened its dossier)
 * @param appraisedLeaves codes of the leaves with a round-1 or final score
 */
public record DossierSubmission(long unitId, DossierStatus status, Set<String> appraisedLeaves) {

	public DossierSubmission {
		appraisedLeaves = Set.copyOf(appraisedLeaves);
	}

	/**
	 * Whether the unit leader submitted the self-assessment and it stands submitted:
	 * false for a draft, a dossier locked at the deadline before submission, and one
	 * returned and not submitted again.
	 */
	public boolean submitted() {
		return this.status == DossierStatus.SUBMITTED;
	}

}
