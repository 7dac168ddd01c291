package org.parindex.reporting;

import org.parindex.platform.LocalizedException;

/** A publication or correction was refused; nothing changed. */
public class PublicationException extends LocalizedException {

	public PublicationException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
