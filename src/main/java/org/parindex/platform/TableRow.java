package org.parindex.platform;

import java.util.List;

/**
 * One row of an imported table (a CSV record or a spreadsheet row) that has at least one
 * non-blank cell.
 *
 * @param number the row's number in the file, from 1, as a spreadsheet program shows it
 * (for CSV: the record's number, which differs from the line number only after a line
 * break inside quotes)
 * @param cells the row's cells from column A on, trimmed, in Unicode NFC; empty cells are
 * empty strings
 */
public record TableRow(int number, List<String> cells) {

	public TableRow {
		cells = List.copyOf(cells);
	}

	/** The cell in the given column (from 0), or an empty string past the row's end. */
	public String cell(int column) {
		return (column < this.cells.size()) ? this.cells.get(column) : "";
	}

}
