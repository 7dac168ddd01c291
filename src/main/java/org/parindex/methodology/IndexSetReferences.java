package org.parindex.methodology;

import java.util.Map;

/**
 * Which leaves of an index set other records name by code, so that the leaf must not
 * disappear from under them: a survey form's questions rate a survey leaf (survey). The
 * index-set editor asks every implementation before it stores a new tree (a node deleted
 * or recoded, a leaf moved to another component, a tree imported) and refuses, naming
 * what refers to the leaf, when such a leaf would disappear or stop being a leaf of the
 * same component ({@code methodology.node.rated-by-survey}). Unlike {@link IndexSetUse}
 * these are not units' data but definitions that the PAR office or the survey staff can
 * change first. Implemented by the modules that keep such records; methodology knows none
 * of them.
 */
public interface IndexSetReferences {

	/**
	 * The set's leaves that records refer to, each with what refers to it in a
	 * language-neutral form (for survey questions {@code "E2: Q1, Q2; LD: Q1"}: form
	 * codes, then question codes); empty when none.
	 * @param indexSetId the set's id
	 */
	Map<String, String> leavesReferenced(long indexSetId);

}
