package org.parindex.methodology;

import java.util.Map;

/**
 * Which leaves of an index set already hold units' data: self-assessment entries,
 * appraisals and evidence (assessment), survey results (survey). The index-set editor
 * asks every implementation before it deletes a node, changes a node's code or a leaf's
 * rule type, or replaces the tree by an import, and refuses when a leaf in use would
 * disappear or change meaning: the units' saved work would otherwise vanish from their
 * dossiers and scores without a word. Implemented by the modules that keep such data;
 * methodology knows none of them.
 */
public interface IndexSetUse {

	/**
	 * The set's leaves that hold data, each with the number of units (at least 1) whose
	 * data it holds; empty when none.
	 * @param indexSetId the set's id
	 */
	Map<String, Integer> leavesInUse(long indexSetId);

}
