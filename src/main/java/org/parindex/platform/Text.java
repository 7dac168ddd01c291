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

	/**
	 * A sentence a person typed, ready to be set into a message that ends it with its own
	 * full stop ("Lý do: {0}. Tổng điểm …"): trimmed, without the full stops, semicolons
	 * and commas it ended with, so that "…tháng 6/2022." does not print as "…6/2022..
	 * Tổng điểm" (walk of 02/12, finding 12). A question or exclamation mark and an
	 * ellipsis (…) are kept.
	 * @param typed the text as stored, possibly empty
	 * @return the text without its closing full stop; empty for empty text
	 */
	public static String clause(String typed) {
		return typed.strip().replaceAll("[.;,\\s]+$", "");
	}

}
