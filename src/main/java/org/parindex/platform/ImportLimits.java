package org.parindex.platform;

/**
 * The bounds of one import, checked while the file is read: reading stops at the first
 * byte or row past a bound, and the refusal names it.
 *
 * @param maxBytes the largest file accepted, in bytes (at least 1)
 * @param maxUncompressedBytes for XLSX: the largest size of one part of the workbook once
 * unzipped, in bytes (a sheet, the shared strings)
 * @param minInflateRatio for XLSX: the smallest ratio of a part's compressed to its
 * uncompressed size (0.01: a part may inflate up to 100 times), below which it is taken
 * for a zip bomb
 * @param maxRows the most rows with content per sheet or CSV file, not counting one
 * header row
 * @param rowsMessageKey the message said when {@code maxRows} is passed; its argument
 * {@code {0}} is {@code maxRows}
 */
public record ImportLimits(long maxBytes, long maxUncompressedBytes, double minInflateRatio, int maxRows,
		String rowsMessageKey) {

	/** The most columns read in a row; a row with content past it is refused. */
	public static final int MAX_COLUMNS = 64;

	/** The most characters in one cell: Excel's own limit. */
	public static final int MAX_CELL_CHARACTERS = 32_767;

	public ImportLimits {
		if (maxBytes < 1 || maxUncompressedBytes < 1 || maxRows < 1 || minInflateRatio < 0 || minInflateRatio >= 1) {
			throw new IllegalArgumentException("Import limits out of range");
		}
	}

	/** The same bounds with another row limit and its message. */
	public ImportLimits withRows(int rows, String messageKey) {
		return new ImportLimits(this.maxBytes, this.maxUncompressedBytes, this.minInflateRatio, rows, messageKey);
	}

}
