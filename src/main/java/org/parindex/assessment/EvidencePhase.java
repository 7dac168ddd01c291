package org.parindex.assessment;

/** When a piece of evidence was given. */
public enum EvidencePhase {

	/** With the self-assessment. */
	SELF,

	/** With an answer in the explanation round (giải trình). */
	EXPLANATION,

	/** With a bonus or deduction proposal. */
	ADJUSTMENT

}
