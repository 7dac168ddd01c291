package org.parindex.reporting.document;

import java.util.List;

import org.parindex.reporting.document.OfficialDocument.Column;
import org.parindex.reporting.document.OfficialDocument.Table;

/**
 * The widths of an official table's columns on the printed page: shared out by the
 * columns' weights, but never narrower than the column's longest word, so that a short
 * heading ("STT", "Xếp hạng") or a figure ("06/17", "100,00") is never broken across
 * lines. Words are measured in the bundled Liberation Serif at the table's 12 pt (bold
 * for headings and emphasised rows), which prints as wide as Times New Roman.
 */
final class ColumnWidths {

	/** The tables' font size (points). */
	static final float SIZE_PT = 12f;

	/**
	 * What a measured word is given beyond its width (twips), for rounding in the reader.
	 */
	private static final int SLACK = 40;

	private ColumnWidths() {
	}

	/**
	 * The columns' widths.
	 * @param table the table
	 * @param width the width the table may take (twips, positive)
	 * @param padding the cell's inner margin on each side (twips, 0 or more)
	 * @return each column's width in twips, in the table's order, adding up to
	 * {@code width} unless the longest words alone need more (then each column gets its
	 * least width)
	 */
	static int[] fit(Table table, int width, int padding) {
		List<Column> columns = table.columns();
		int n = columns.size();
		int[] least = new int[n];
		for (int c = 0; c < n; c++) {
			least[c] = longestWord(columns.get(c).header(), true) + 2 * padding + SLACK;
		}
		for (int r = 0; r < table.rows().size(); r++) {
			boolean bold = table.emphasised().contains(r);
			List<String> cells = table.rows().get(r);
			for (int c = 0; c < n; c++) {
				least[c] = Math.max(least[c], longestWord(cells.get(c), bold) + 2 * padding + SLACK);
			}
		}
		// "(11)" under each heading when the columns are numbered
		if (table.numbered()) {
			for (int c = 0; c < n; c++) {
				least[c] = Math.max(least[c],
						TextWidths.twips("(" + (c + 1) + ")", SIZE_PT, false) + 2 * padding + SLACK);
			}
		}
		int[] widths = new int[n];
		boolean[] pinned = new boolean[n];
		boolean changed = true;
		while (changed) {
			changed = false;
			int left = width;
			int weights = 0;
			for (int c = 0; c < n; c++) {
				if (pinned[c]) {
					left -= least[c];
				}
				else {
					weights += columns.get(c).width();
				}
			}
			if (weights == 0 || left <= 0) {
				return least;
			}
			int given = 0;
			int last = -1;
			for (int c = 0; c < n; c++) {
				if (pinned[c]) {
					widths[c] = least[c];
					continue;
				}
				widths[c] = (int) ((long) left * columns.get(c).width() / weights);
				given += widths[c];
				last = c;
				if (widths[c] < least[c]) {
					pinned[c] = true;
					changed = true;
				}
			}
			if (!changed && last >= 0) {
				// rounding: the last free column takes what is left
				widths[last] += left - given;
			}
		}
		return widths;
	}

	private static int longestWord(String text, boolean bold) {
		int longest = 0;
		for (String word : text.split("\\s+")) {
			if (!word.isEmpty()) {
				longest = Math.max(longest, TextWidths.twips(word, SIZE_PT, bold));
			}
		}
		return longest;
	}

}
