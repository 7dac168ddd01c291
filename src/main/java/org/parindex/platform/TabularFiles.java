package org.parindex.platform;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the rows of an uploaded table: CSV (UTF-8, with or without a byte order mark, RFC
 * 4180 quoting) or the first sheet of an XLSX workbook. Cells come back as trimmed text;
 * whole numbers without a decimal part.
 */
public final class TabularFiles {

	private TabularFiles() {
	}

	/**
	 * The rows of the file, chosen by its name's extension ({@code .csv} or
	 * {@code .xlsx}).
	 * @throws IOException when the file cannot be read as such
	 */
	public static List<List<String>> read(String filename, InputStream in) throws IOException {
		if (filename.toLowerCase(Locale.ROOT).endsWith(".csv")) {
			String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return csv(content.startsWith("\uFEFF") ? content.substring(1) : content);
		}
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			List<List<String>> rows = new ArrayList<>();
			DataFormatter formatter = new DataFormatter();
			for (int index = 0; index <= sheet.getLastRowNum(); index++) {
				Row row = sheet.getRow(index);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int column = 0; column < row.getLastCellNum(); column++) {
						cells.add(text(row.getCell(column), formatter));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (RuntimeException ex) {
			throw new IOException("Not a readable XLSX workbook", ex);
		}
	}

	/** RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes. */
	public static List<List<String>> csv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

	/** A cell as text: numbers without trailing zeros, everything trimmed. */
	public static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC
				|| (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
			BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
			return ((number.scale() < 0) ? number.setScale(0) : number).toPlainString();
		}
		return formatter.formatCellValue(cell).strip();
	}

}
