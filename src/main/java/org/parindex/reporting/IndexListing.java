package org.parindex.reporting;

import org.parindex.methodology.IndexSetSummary;
import org.parindex.organization.UnitGroupView;

/** A year and unit group that has an index set. */
public record IndexListing(IndexSetSummary set, UnitGroupView group) {

}
