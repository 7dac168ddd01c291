package org.parindex.assessment;

import org.parindex.platform.LocalizedException;

/** A cycle change was refused; nothing changed. The message key and arguments say why. */
public class InvalidCycleException extends LocalizedException {

	public InvalidCycleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
