package org.parindex.contest;

/**
 * A unit or commune of the registration form's list (from the organization module's unit
 * list).
 *
 * @param id the unit's id
 * @param group its unit group's name (the list's headings)
 * @param name its name
 */
public record EntryUnit(long id, String group, String name) {

}
