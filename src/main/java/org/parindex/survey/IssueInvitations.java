package org.parindex.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Issues a batch of single-use invitation codes for a form and a unit rated.
 *
 * @param count codes to issue, 1 to {@value InvitationService#MAX_BATCH}
 */
public record IssueInvitations(long formId, long unitId,
		@Min(value = 1, message = "{survey.invitation.batch.range}") @Max(value = InvitationService.MAX_BATCH,
				message = "{survey.invitation.batch.range}") int count) {

}
