package org.parindex.survey;

import java.time.LocalDate;

/**
 * Invitation codes issued at once for a form and a unit.
 *
 * @param size codes in the batch, 1 to {@value InvitationService#MAX_BATCH}
 * @param used codes of the batch already used
 * @param createdOn the day it was issued (Asia/Ho_Chi_Minh)
 */
public record InvitationBatchView(long id, long formId, long unitId, int size, long used, LocalDate createdOn) {

}
