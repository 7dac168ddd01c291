package org.parindex.contest;

import java.text.Normalizer;
import java.util.Comparator;

/**
 * Text as the question bank keeps and compares it: kept in Unicode NFC without
 * surrounding blanks; compared folded (lower case, without Vietnamese accents, {@code đ}
 * as {@code d}, blanks collapsed), so that a header, a difficulty or a search matches
 * however it was typed.
 */
public final class QuestionText {

	/**
	 * Vietnamese alphabetical order ({@code Cải} before {@code Chính}), for categories
	 * and names shown in lists.
	 */
	public static final Comparator<String> ORDER = org.parindex.platform.Text.VIETNAMESE_ORDER;

	private QuestionText() {
	}

	/** The text in NFC, stripped of surrounding blanks. */
	public static String clean(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
	}

	/**
	 * The text folded for comparison ({@code "Trung  Bình"} gives {@code "trung binh"}).
	 */
	public static String fold(String text) {
		return org.parindex.platform.Text.folded(text);
	}

}
