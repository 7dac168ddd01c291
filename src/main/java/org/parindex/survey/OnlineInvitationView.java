package org.parindex.survey;

import java.util.Map;

/**
 * What a respondent holding a code sees: the form, the unit rated and the answers kept so
 * far.
 *
 * @param code the code, grouped for reading
 * @param unitId the unit the respondent rates ({@code organization_unit.id})
 * @param draft the option label chosen so far per question code
 */
public record OnlineInvitationView(String code, SurveyFormView form, long unitId, Map<String, String> draft) {

	public OnlineInvitationView {
		draft = Map.copyOf(draft);
	}

}
