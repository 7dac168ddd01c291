package org.parindex.survey;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Issues a batch of single-use invitation codes for a form and a unit rated.
 *
 * @param count codes to issue, 1 to {@value InvitationService#MAX_BATCH}
 * @param request the key of the page's request (a fresh one per batch form shown), or
 * {@code null}: a second command with the key of a batch already issued for the form
 * issues nothing and answers that batch, so a double click or a retried post never issues
 * two batches
 */
public record IssueInvitations(long formId, long unitId,
		@Min(value = 1, message = "{survey.invitation.batch.range}") @Max(value = InvitationService.MAX_BATCH,
				message = "{survey.invitation.batch.range}") int count,
		@Nullable UUID request) {

	/** A batch without a request key: every command issues one. */
	public IssueInvitations(long formId, long unitId, int count) {
		this(formId, unitId, count, null);
	}

}
