package org.parindex.contest;

import org.parindex.platform.LocalizedException;

/**
 * A change to a bank or a question was refused and nothing was stored: a bank name
 * missing, too long or already used, a question code already in the bank. The key is
 * under {@code contest.bank.} or {@code contest.question.}.
 */
public class QuestionBankException extends LocalizedException {

	QuestionBankException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
