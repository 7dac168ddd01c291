package org.parindex.organization;

/** A unit as other modules see it. */
public record UnitView(long id, String code, long groupId, UnitKind kind, String name, int position, boolean active) {

}
