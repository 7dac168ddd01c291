package org.parindex.identity;

import java.time.OffsetDateTime;

/** One recorded change: who, when, what, old → new, why. */
public record AuditEventView(long id, OffsetDateTime occurredAt, String actor, String entityType, String entityId,
		String action, String before, String after, String reason) {

}
