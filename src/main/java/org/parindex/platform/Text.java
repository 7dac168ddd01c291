package org.parindex.platform;

import java.text.Normalizer;

/** Text as ParIndex stores it. */
public final class Text {

	private Text() {
	}

	/**
	 * Trimmed and in Unicode NFC ("dựng sẵn"), so that the same Vietnamese word is always
	 * the same characters whichever keyboard or file it came from; a line break is one
	 * {@code \n} (a browser sends a text area's as {@code \r\n}, which counted two
	 * characters against a field's limit while the writer saw one: walk of 03/12).
	 */
	public static String normalize(String text) {
		return Normalizer.normalize(text.strip().replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
	}

	/**
	 * Vietnamese alphabetical order ({@code Chư Sê} before {@code Đak Pơ} before
	 * {@code Kbang}; {@code Cải} before {@code Chính}), for names shown in lists: units
	 * of equal rank, categories.
	 */
	public static final java.util.Comparator<String> VIETNAMESE_ORDER = new java.util.Comparator<>() {

		private final java.text.Collator collator = java.text.Collator
			.getInstance(java.util.Locale.forLanguageTag("vi"));

		@Override
		public synchronized int compare(String a, String b) {
			return this.collator.compare(a, b);
		}

	};

	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

	private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

	/**
	 * The text folded for comparison: lower case, without Vietnamese accents, {@code đ}
	 * as {@code d}, blanks collapsed ({@code "Đăk  Pơ"} and {@code "đak pơ"} both give
	 * {@code "dak po"}), so that a header, a name or a search matches however it was
	 * typed.
	 */
	public static String folded(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return BLANKS.matcher(plain.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * A text as a message quotes it back: each character that prints nothing or changes
	 * how the text around it prints (a control, a format character such as the
	 * right-to-left override U+202E or the zero-width space U+200B, a space other than
	 * the plain one, an unassigned or private character) is written as its code, so that
	 * "7‮8" is quoted as {@code 7U+202E8} and the rest of the message still reads left to
	 * right (walk of issue 10, third round). Line breaks and tabs are written as codes
	 * too.
	 * @param text any text; {@code null} is {@code ""}
	 */
	public static String printable(@org.jspecify.annotations.Nullable String text) {
		if (text == null) {
			return "";
		}
		StringBuilder printable = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> printable.append(printable(c)));
		return printable.toString();
	}

	/** One character as {@link #printable(String)} writes it. */
	public static String printable(int c) {
		if (c == ' ') {
			return " ";
		}
		return switch (Character.getType(c)) {
			case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
					Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE ->
				String.format(java.util.Locale.ROOT, "U+%04X", c);
			default -> Character.toString(c);
		};
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

	/**
	 * A sentence a person typed, ready to be set at the end of a message ("Lý do: {0}"):
	 * trimmed, without the semicolons and commas it ended with, and ended with exactly
	 * one full stop unless it already ends as a sentence does (a full stop, a question or
	 * exclamation mark or an ellipsis, possibly inside closing quotes or brackets), so
	 * that a correction's notice reads "Lý do: Nhập sai số liệu." whether the reason was
	 * typed with its full stop or without, never "…liệu.." (issue 9, #11 and #25).
	 * @param typed the text as stored, possibly empty
	 * @return the text as a finished sentence; empty for empty text
	 */
	public static String sentence(String typed) {
		String clause = typed.strip().replaceAll("[;,:\\s]+$", "");
		if (clause.isEmpty()) {
			return "";
		}
		return clause.matches("(?s).*[.!?\u2026][\"'\u201d\u2019\u00bb)\\]]*") ? clause : clause + ".";
	}

}
