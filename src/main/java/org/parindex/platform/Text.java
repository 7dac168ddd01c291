package org.parindex.platform;

import java.text.Normalizer;

/** Text as ParIndex stores it. */
public final class Text {

	private Text() {
	}

	/**
	 * Trimmed and in Unicode NFC ("dựng sẵn"), so that the same Vietnamese word is always
	 * the same characters whichever keyboard or file it came from.
	 */
	public static String normalize(String text) {
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
	}

}
