package org.parindex.assessment;

import java.time.Instant;
import java.util.Optional;

/**
 * A unit's self-assessment as a whole under an index set.
 *
 * @param returnedReason why the PAR office returned it, while it is returned
 */
public record DossierView(long indexSetId, long unitId, DossierStatus status, Optional<Instant> submittedAt,
		Optional<String> submittedBy, Optional<String> returnedReason) {

	/** A dossier that nobody has touched yet. */
	static DossierView draft(long indexSetId, long unitId) {
		return new DossierView(indexSetId, unitId, DossierStatus.DRAFT, Optional.empty(), Optional.empty(),
				Optional.empty());
	}

}
