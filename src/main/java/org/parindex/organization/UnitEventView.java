package org.parindex.organization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One event of a unit's history, with who recorded it and why. */
public record UnitEventView(long unitId, UnitEventType type, LocalDate effectiveOn, Optional<String> oldName,
		Optional<String> newName, Optional<UnitKind> oldKind, Optional<UnitKind> newKind,
		Optional<String> relatedUnitCode, String reason, OffsetDateTime recordedAt, String recordedBy) {

}
