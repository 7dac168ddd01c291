package org.parindex.identity;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * An account as pages and other modules see it (never its password hash).
 *
 * @param lockedUntil when a lock after repeated failed sign-ins ends
 */
public record AccountView(long id, String username, String displayName, Role role, Optional<Long> unitId,
		boolean active, boolean mustChangePassword, Optional<OffsetDateTime> lockedUntil) {

}
