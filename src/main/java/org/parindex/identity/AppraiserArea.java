package org.parindex.identity;

/** An area of an index set assigned to an appraiser. */
public record AppraiserArea(long indexSetId, String areaCode) {

}
