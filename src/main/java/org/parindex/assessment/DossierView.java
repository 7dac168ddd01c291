package org.parindex.assessment;

import java.time.Instant;
import java.util.Optional;

/**
 * A unit's self-assessment as a whole under an index set.
 *
 * @param returnedReason why the PAR office returned it, while it is returned
 * @param returnedAt when the PAR office returned it, while it is returned (empty for
 * dossiers returned before this was kept)
 */
public record DossierView(long indexSetId, long unitId, DossierStatus status, Optional<Instant> submittedAt,
		Optional<String> submittedBy, Optional<String> returnedReason, Optional<Instant> returnedAt) {

	/** A dossier without the time it was returned. */
	public DossierView(long indexSetId, long unitId, DossierStatus status, Optional<Instant> submittedAt,
			Optional<String> submittedBy, Optional<String> returnedReason) {
		this(indexSetId, unitId, status, submittedAt, submittedBy, returnedReason, Optional.empty());
	}

	/** A dossier that nobody has touched yet. */
	static DossierView draft(long indexSetId, long unitId) {
		return new DossierView(indexSetId, unitId, DossierStatus.DRAFT, Optional.empty(), Optional.empty(),
				Optional.empty());
	}

}
