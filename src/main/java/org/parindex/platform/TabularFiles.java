package org.parindex.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of an uploaded table by its name's extension: a CSV file
 * ({@link CsvFiles}: encoding and separator detected) or the first sheet of an XLSX
 * workbook ({@link XlsxFiles}: streamed). Both bound what they read by
 * {@link ImportLimits} and refuse with a {@link TabularFileException} that names what was
 * wrong.
 */
public final class TabularFiles {

	private TabularFiles() {
	}

	/**
	 * The rows with content of the file, chosen by its name's extension ({@code .csv} or
	 * {@code .xlsx}, in any case).
	 * @throws TabularFileException when the file has another extension, passes a limit or
	 * cannot be read as what its extension says
	 * @throws IOException when the upload cannot be read
	 */
	public static List<TableRow> read(String filename, InputStream in, ImportLimits limits) throws IOException {
		String name = filename.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return CsvFiles.read(in, limits);
		}
		if (name.endsWith(".xlsx")) {
			return XlsxFiles.readFirstSheet(in, limits);
		}
		int dot = name.lastIndexOf('.');
		throw TabularFileException.ofFile("import.file.type", (dot < 0) ? "" : filename.substring(dot));
	}

}
