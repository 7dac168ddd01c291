package org.parindex.identity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which audit events to show: any combination of entity type, actor, a text found in the
 * entity id or values, and a date range (days in Asia/Ho_Chi_Minh, both ends included).
 */
public record AuditQuery(Optional<String> entityType, Optional<String> actor, Optional<String> text,
		Optional<LocalDate> from, Optional<LocalDate> to) {

	public static AuditQuery all() {
		return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

}
