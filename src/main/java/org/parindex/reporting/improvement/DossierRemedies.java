package org.parindex.reporting.improvement;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.parindex.assessment.PreviousRemedy;
import org.parindex.assessment.PreviousRemedySource;
import org.springframework.stereotype.Component;

/** Last year's remedies for the unit's self-assessment page (issue 12, item 7). */
@Component
class DossierRemedies implements PreviousRemedySource {

	private final ImprovementPlanService plans;

	DossierRemedies(ImprovementPlanService plans) {
		this.plans = plans;
	}

	@Override
	public Map<String, PreviousRemedy> previousRemedies(long indexSetId, long unitId, Locale locale) {
		Map<String, PreviousRemedy> lines = new LinkedHashMap<>();
		this.plans.carriedInto(indexSetId, unitId, locale)
			.forEach((code, carried) -> lines.put(code,
					new PreviousRemedy(carried.year(), carried.remedy().code(), carried.remedy().remedy(),
							carried.remedy().owner(), carried.remedy().deadline(),
							carried.remedy().status().messageKey(), carried.overdue(), carried.link())));
		return lines;
	}

}
