package org.parindex.methodology;

import org.parindex.platform.LocalizedException;

/**
 * A crosswalk change was refused; nothing changed. The message key and arguments say why
 * ({@code crosswalk.*}).
 */
public class InvalidCrosswalkException extends LocalizedException {

	public InvalidCrosswalkException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
