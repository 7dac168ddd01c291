package org.parindex.methodology;

/** An index set was stored. Published inside the creating transaction. */
public record IndexSetCreated(long indexSetId, int year, long unitGroupId) {

}
