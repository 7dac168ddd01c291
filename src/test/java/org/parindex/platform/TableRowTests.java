package org.parindex.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The one reader of imported numbers: a spreadsheet cell stored as a number is that
 * number, never Vietnamese text (the number 1.234 is not 1234); a text cell is read as
 * Vietnamese writes numbers.
 */
class TableRowTests {

	@Test
	void aNumericCellIsItsNumberWhateverTheColumn() throws IOException {
		TableRow row = firstRow(1.234, 1000.0, 0.1 + 0.2);
		assertThat(row.decimal(0)).contains(new BigDecimal("1.234"));
		assertThat(row.unambiguousDecimal(0)).contains(new BigDecimal("1.234"));
		assertThat(row.whole(1)).contains(1000L);
		assertThat(row.unambiguousDecimal(1)).contains(new BigDecimal("1000"));
		assertThat(row.decimal(2)).contains(new BigDecimal("0.3"));
		// a count cannot be 1.234: refused, never read as 1234
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> row.whole(0));
	}

	@Test
	void aTextCellIsReadAsVietnameseWritesNumbers() throws IOException {
		TableRow row = firstRow("1,234", "1.234", "1.000", "2,5");
		assertThat(row.storedNumber(0)).isEmpty();
		assertThat(row.decimal(0)).contains(new BigDecimal("1.234"));
		// in a count column a point groups thousands
		assertThat(row.whole(1)).contains(1234L);
		assertThat(row.whole(2)).contains(1000L);
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> row.whole(3));
		assertThatExceptionOfType(DecimalInput.AmbiguousNumberException.class)
			.isThrownBy(() -> row.unambiguousDecimal(2));
	}

	@Test
	void aCsvRecordHasOnlyText() {
		TableRow row = new TableRow(1, List.of("1.234"));
		assertThat(row.numbers()).isEmpty();
		assertThat(row.whole(0)).contains(1234L);
		assertThat(row.decimal(5)).isEmpty();
	}

	@Test
	void aHeaderCellNamesItsColumnByItsTitleOrItsEnglishKey() {
		List<String> accepted = List.of("Điểm", "điểm đạt", "points");
		TableRow header = new TableRow(1,
				List.of("ĐIỂM", "Điểm đạt (tối đa 2,5)", "Kết quả (points)", "điểm; ghi số", "Điểm tối đa", ""));
		assertThat(header.titles(0, accepted)).isTrue();
		assertThat(header.titles(1, accepted)).isTrue();
		assertThat(header.titles(2, accepted)).isTrue();
		assertThat(header.titles(3, accepted)).isTrue();
		// another column's title, and an empty cell, name nothing here
		assertThat(header.titles(4, accepted)).isFalse();
		assertThat(header.titles(5, accepted)).isFalse();
		assertThat(header.titles(9, accepted)).isFalse();
	}

	@Test
	void aDoubleIsRoundedAsASpreadsheetShowsIt() {
		assertThat(TableRow.fromDouble(2.2999999999999998)).isEqualTo(new BigDecimal("2.3"));
		assertThat(TableRow.fromDouble(1e3)).isEqualTo(new BigDecimal("1000"));
		assertThat(TableRow.fromDouble(0.30000000000000004)).isEqualTo(new BigDecimal("0.3"));
		assertThat(TableRow.fromDouble(1.234)).isEqualTo(new BigDecimal("1.234"));
	}

	private static TableRow firstRow(Object... cells) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Row row = workbook.createSheet("A").createRow(0);
			for (int c = 0; c < cells.length; c++) {
				if (cells[c] instanceof Double number) {
					row.createCell(c).setCellValue(number);
				}
				else {
					row.createCell(c).setCellValue((String) cells[c]);
				}
			}
			workbook.write(out);
			List<TableRow> rows = XlsxFiles.readFirstSheet(new ByteArrayInputStream(out.toByteArray()),
					XlsxFilesTests.LIMITS);
			assertThat(rows).hasSize(1);
			return rows.get(0);
		}
	}

	static Map<Integer, BigDecimal> numbers(Object... pairs) {
		java.util.Map<Integer, BigDecimal> map = new java.util.HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((Integer) pairs[i], new BigDecimal((String) pairs[i + 1]));
		}
		return map;
	}

}
