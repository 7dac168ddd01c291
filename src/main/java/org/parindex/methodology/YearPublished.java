package org.parindex.methodology;

import java.time.Instant;

/**
 * The results of the year measured with an index set were published (revision 1), by the
 * publication workflow. Published inside the publishing transaction; listeners run in it,
 * so that the publication, the frozen index set and the closed cycle commit together or
 * not at all. The methodology module freezes the set on hearing it.
 *
 * @param at when the results were published
 */
public record YearPublished(long indexSetId, Instant at) {

}
