package org.parindex.survey;

/**
 * A respondent group (form) with fewer stored responses about a unit than the sample
 * target set for it (issue 10: the points page warns before recording such a group).
 *
 * @param unitId the unit rated
 * @param formCode the form's code
 * @param respondentGroup the form's respondent group
 * @param responses stored responses (online and paper), 0 or more
 * @param target the minimum sample set on the invitations page, above {@code responses}
 */
public record SampleShortfall(long unitId, String formCode, String respondentGroup, int responses, int target) {

}
