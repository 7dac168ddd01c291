package org.parindex.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the rows of an uploaded table by its name's extension: a CSV file
 * ({@link CsvFiles}: encoding and separator detected) or a sheet of an XLSX workbook
 * ({@link XlsxFiles}: streamed), its first or the one holding the import's table. Both
 * bound what they read by {@link ImportLimits} and refuse with a
 * {@link TabularFileException} that names what was wrong.
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

	/**
	 * The import's table in the file, with the name of the sheet it was found on: a CSV
	 * file's rows (named {@value CsvFiles#SHEET}), or the first sheet of an XLSX workbook
	 * that {@code isTable} recognises ({@link XlsxFiles#readTable}: an instructions sheet
	 * placed first is passed over), else its first sheet.
	 * @param isTable whether a sheet's rows with content are the import's table (its
	 * header row is there)
	 * @throws TabularFileException as {@link #read(String, InputStream, ImportLimits)}
	 * @throws IOException when the upload cannot be read
	 */
	public static Map.Entry<String, List<TableRow>> readTable(String filename, InputStream in, ImportLimits limits,
			Predicate<List<TableRow>> isTable) throws IOException {
		return readBestTable(filename, in, limits, XlsxFiles.scoreOf(isTable));
	}

	/**
	 * As {@link #readTable}, the sheet whose rows score highest as the import's table
	 * ({@link XlsxFiles#readBestTable}); a CSV file's rows whatever their score.
	 * @param score how much a sheet's rows look like the import's table, 0 for not at all
	 * @throws TabularFileException as {@link #read(String, InputStream, ImportLimits)}
	 * @throws IOException when the upload cannot be read
	 */
	public static Map.Entry<String, List<TableRow>> readBestTable(String filename, InputStream in, ImportLimits limits,
			java.util.function.ToIntFunction<List<TableRow>> score) throws IOException {
		String name = filename.toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			return XlsxFiles.readBestTable(in, limits, score);
		}
		return Map.entry(CsvFiles.SHEET, read(filename, in, limits));
	}

	/**
	 * Whether the first row with content has, in some column, one of the titles
	 * ({@link TableRow#titles}): the usual test of an import's header row.
	 */
	public static Predicate<List<TableRow>> headedBy(int column, List<String> titles) {
		return (rows) -> !rows.isEmpty() && rows.get(0).titles(column, titles);
	}

}
