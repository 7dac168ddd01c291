package org.parindex.organization;

import org.parindex.platform.LocalizedException;

/**
 * A change to units was refused; nothing changed. The message key and arguments say why.
 */
public class InvalidUnitChangeException extends LocalizedException {

	public InvalidUnitChangeException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
