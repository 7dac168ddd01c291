package org.parindex.reporting.document;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Where a PDF line may break: only after a run of spaces. openhtmltopdf's default breaker
 * is made for web addresses and breaks after every "/" and "-", which cuts the figures an
 * official document must keep whole: dates ("24/02 ⏎ /2019"), ranks ("07 ⏎ /17") and
 * document numbers ("123/QĐ- ⏎ UBND"). A word wider than its cell still wraps, by
 * letters, through the cells' {@code word-wrap: break-word}. A no-break space (U+00A0)
 * joins words.
 */
final class SpaceLineBreaker implements FSTextBreaker {

	private static final int DONE = -1;

	private String text = "";

	private int position;

	@Override
	public void setText(String newText) {
		this.text = newText;
		this.position = 0;
	}

	@Override
	public int next() {
		int length = this.text.length();
		if (this.position >= length) {
			return DONE;
		}
		int i = this.position;
		while (i < length && !isSpace(this.text.charAt(i))) {
			i++;
		}
		while (i < length && isSpace(this.text.charAt(i))) {
			i++;
		}
		this.position = i;
		return i;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r';
	}

}
