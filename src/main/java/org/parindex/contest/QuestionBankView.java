package org.parindex.contest;

import java.time.Instant;

/**
 * A named question bank (ngân hàng câu hỏi), which several contests may draw from.
 *
 * @param id the bank's key
 * @param name its name, 1 to {@value QuestionBankService#MAX_NAME} characters, unique
 * @param createdBy who created it
 * @param createdAt when
 * @param questions its questions, retired ones included (0 or more)
 * @param active its questions not retired, those the draw takes (0 or more)
 */
public record QuestionBankView(long id, String name, String createdBy, Instant createdAt, int questions, int active) {

}
