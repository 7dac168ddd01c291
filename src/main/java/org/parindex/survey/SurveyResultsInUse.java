package org.parindex.survey;

import java.util.Map;

import org.parindex.methodology.IndexSetUse;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The survey leaves of a set that units' survey results are recorded for. */
@Component
class SurveyResultsInUse implements IndexSetUse {

	private final SurveyRepository results;

	SurveyResultsInUse(SurveyRepository results) {
		this.results = results;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Integer> leavesInUse(long indexSetId) {
		return this.results.unitsPerLeaf(indexSetId);
	}

}
