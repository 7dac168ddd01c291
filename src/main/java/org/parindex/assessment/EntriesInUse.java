package org.parindex.assessment;

import java.util.Map;

import org.parindex.methodology.IndexSetUse;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaves of a set that units' dossiers hold entries for: inputs, explanations,
 * appraisals or evidence, one row per unit and leaf in {@code assessment_leaf_entry}.
 */
@Component
class EntriesInUse implements IndexSetUse {

	private final DossierRepository dossiers;

	EntriesInUse(DossierRepository dossiers) {
		this.dossiers = dossiers;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Integer> leavesInUse(long indexSetId) {
		return this.dossiers.unitsPerLeaf(indexSetId);
	}

}
