package org.parindex.platform;

/**
 * A change that the audit trail must record: published by the module that made it, inside
 * its transaction, and written by the identity module's audit trail in the same
 * transaction (so a change and its record commit together or not at all). Values are
 * short texts ({@code active=true}); never passwords or personal identity numbers.
 *
 * @param actor who made the change ({@link Actors#currentName()} when published)
 * @param entityType what kind of thing changed, e.g. {@code account}, {@code unit}
 * @param entityId which one (its code or id)
 * @param action what happened, e.g. {@code created}, {@code renamed}
 * @param before the old value, empty when there was none
 * @param after the new value, empty when there is none
 * @param reason why, when the user gave a reason
 */
public record AuditableChange(String actor, String entityType, String entityId, String action, String before,
		String after, String reason) {

	/** A change made by the current actor. */
	public static AuditableChange of(String entityType, String entityId, String action, String before, String after,
			String reason) {
		return new AuditableChange(Actors.currentName(), entityType, entityId, action, before, after, reason);
	}

}
