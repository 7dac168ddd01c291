package org.parindex.survey;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Invitation codes issued at once for a form and a unit.
 *
 * @param size codes in the batch, 1 to {@value InvitationService#MAX_BATCH}
 * @param used codes of the batch already used
 * @param createdOn the day it was issued (Asia/Ho_Chi_Minh)
 * @param withdrawnAt when the survey staff withdrew the batch, or {@code null} while its
 * codes work
 * @param withdrawnBy who withdrew it (the account's name), or {@code null}
 * @param withdrawalReason why, as given, or {@code null}
 * @param withdrawnCodes how many of its codes were unused at the withdrawal and stopped
 * working (0 while not withdrawn)
 */
public record InvitationBatchView(long id, long formId, long unitId, int size, long used, LocalDate createdOn,
		@Nullable Instant withdrawnAt, @Nullable String withdrawnBy, @Nullable String withdrawalReason,
		int withdrawnCodes) {

	/** Whether the batch was withdrawn. */
	public boolean withdrawn() {
		return this.withdrawnAt != null;
	}

	/** Codes of the batch that still open the form: neither used nor withdrawn. */
	public long open() {
		return withdrawn() ? 0 : this.size - this.used;
	}

}
