package org.parindex.assessment;

import org.parindex.platform.LocalizedException;

/**
 * A workflow step was refused (deadline passed, wrong stage, missing explanation, …);
 * nothing changed. The message key and arguments say why in the user's language.
 */
public class WorkflowException extends LocalizedException {

	public WorkflowException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
