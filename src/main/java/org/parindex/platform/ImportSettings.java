package org.parindex.platform;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The bounds of every import (CSV and XLSX files uploaded by the PAR office and the
 * administrator), from {@code application.properties}:
 * <ul>
 * <li>{@code parindex.import.max-bytes} (10 MB): the largest file. The largest real file
 * is an index set of 2,000 nodes with long guidance, about 1 MB as CSV;</li>
 * <li>{@code parindex.import.max-uncompressed-bytes} (50 MB): the largest part of an XLSX
 * workbook once unzipped (its sheet or its shared strings; a 2,000-node set's sheet is a
 * few megabytes);</li>
 * <li>{@code parindex.import.min-inflate-ratio} (0.01): a workbook part that inflates
 * more than 100 times is taken for a zip bomb (POI's own default);</li>
 * <li>{@code parindex.import.max-rows} (2,000): the most rows of an account file (a
 * province's officials: a few hundred per import).</li>
 * </ul>
 * The index set's own bound, {@code parindex.methodology.max-nodes}, is the methodology
 * module's. On start this also sets POI's process-wide zip-bomb checks
 * ({@link ZipSecureFile}) to the same figures, so that parts whose declared sizes lie are
 * caught while they are inflated.
 */
@Component
public class ImportSettings {

	private final ImportLimits limits;

	ImportSettings(@Value("${parindex.import.max-bytes:10MB}") DataSize maxBytes,
			@Value("${parindex.import.max-uncompressed-bytes:50MB}") DataSize maxUncompressedBytes,
			@Value("${parindex.import.min-inflate-ratio:0.01}") double minInflateRatio,
			@Value("${parindex.import.max-rows:2000}") int maxRows) {
		this.limits = new ImportLimits(maxBytes.toBytes(), maxUncompressedBytes.toBytes(), minInflateRatio, maxRows,
				"import.file.too-many-rows");
		ZipSecureFile.setMaxEntrySize(this.limits.maxUncompressedBytes());
		ZipSecureFile.setMinInflateRatio(this.limits.minInflateRatio());
	}

	/**
	 * The bounds of an import; its row limit is {@code parindex.import.max-rows}, refused
	 * with {@code import.file.too-many-rows}.
	 */
	public ImportLimits limits() {
		return this.limits;
	}

}
