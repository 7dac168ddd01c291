package org.parindex.identity;

import org.parindex.platform.LocalizedException;

/**
 * An account change was refused; nothing changed. The message key and arguments say why.
 */
public class InvalidAccountException extends LocalizedException {

	public InvalidAccountException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
