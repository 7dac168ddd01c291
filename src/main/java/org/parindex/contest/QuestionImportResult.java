package org.parindex.contest;

/**
 * What an import stored.
 *
 * @param added questions new to the bank, 0 or more
 * @param updated questions whose content the file replaced, 0 or more
 */
public record QuestionImportResult(int added, int updated) {

}
