package org.parindex.methodology;

/** An index set's settings or tree changed. Published inside the editing transaction. */
public record IndexSetChanged(long indexSetId) {

}
