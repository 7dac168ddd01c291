package org.parindex.methodology;

/**
 * An index set was started as a copy of another set (the year-to-year copy of
 * {@link IndexSetEditor#createDraft}). Published inside the creating transaction, right
 * after {@link IndexSetCreated}, so that what other modules keep per set (the survey's
 * forms) is copied with it, or not at all.
 *
 * @param indexSetId the new set
 * @param sourceSetId the set it was copied from
 */
public record IndexSetCopied(long indexSetId, long sourceSetId) {

}
