package org.parindex.methodology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parindex.engine.Component;
import org.parindex.platform.ImportLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The index-set workbook's numbers: a cell stored as a number is that number (1.234 is
 * one point two three four, never 1234), a text cell is read as Vietnamese writes it
 * ({@code 1,234}).
 */
class IndexSetFilesTests {

	private static final ImportLimits LIMITS = new ImportLimits(10_000_000, 50_000_000, 0.01, 2000, "rows");

	@Test
	void readsNumericCellsAsNumbersAndTextCellsAsVietnameseWritesThem() throws IOException {
		byte[] file = workbook(
				new Object[][] { { "name", "Bộ chỉ số" }, { "legal_basis", "" }, { "appraisal_max", 1.234 },
						{ "survey_max", "1,234" }, { "bonus_cap", 6 }, { "deduction_cap", "8" }, { "tie_places", 2 } },
				new Object[][] { IndexSetFiles.CLASSES_HEADER.toArray(), { "A", "Tốt", "Good", 80.5 } },
				new Object[][] { IndexSetFiles.CRITERIA_HEADER.toArray(),
						{ "1", "Lĩnh vực", "", "Lĩnh vực", "", 1.234, "", "" },
						{ "1.1", "Tiêu chí", "1", "Tiêu chí", "", "1,234", "Thẩm định", "yes-no" } });
		CreateIndexSet set = IndexSetFiles.fromXlsx(new ByteArrayInputStream(file), 2030, 1, LIMITS);
		assertThat(set.componentMaxima().get(Component.APPRAISAL)).isEqualByComparingTo("1.234");
		assertThat(set.componentMaxima().get(Component.SURVEY)).isEqualByComparingTo("1.234");
		assertThat(set.bonusCap()).isEqualByComparingTo("6");
		assertThat(set.deductionCap()).isEqualByComparingTo("8");
		assertThat(set.classes().get(0).minPercent()).isEqualByComparingTo("80.5");
		assertThat(set.nodes()).extracting(CreateIndexSet.NodeDraft::maxPoints)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("1.234"), new BigDecimal("1.234"));
	}

	/**
	 * Issue 9, num9: a maximum typed as text "1.000" is read as neither 1 nor 1000 but
	 * refused at its cell, naming both readings; the same cell stored as a number is that
	 * number.
	 */
	@Test
	void refusesATextMaximumWithAPointBeforeThreeDigitsNamingBothReadings() throws IOException {
		byte[] file = workbook(
				new Object[][] { { "name", "Bộ chỉ số" }, { "legal_basis", "" }, { "appraisal_max", 1 },
						{ "survey_max", 0 }, { "bonus_cap", 6 }, { "deduction_cap", 8 }, { "tie_places", 2 } },
				new Object[][] { IndexSetFiles.CLASSES_HEADER.toArray(), { "A", "Tốt", "Good", 80 } },
				new Object[][] { IndexSetFiles.CRITERIA_HEADER.toArray(),
						{ "1", "Lĩnh vực", "", "Lĩnh vực", "", 1.0, "", "" },
						{ "1.1", "Tiêu chí", "1", "Tiêu chí", "", "1.000", "Thẩm định", "yes-no" } });
		assertThatExceptionOfType(IndexSetFiles.IndexSetFileException.class)
			.isThrownBy(() -> IndexSetFiles.fromXlsx(new ByteArrayInputStream(file), 2030, 1, LIMITS))
			.satisfies((ex) -> assertThat(ex.issues()).anySatisfy((issue) -> {
				assertThat(issue.messageKey()).isEqualTo("methodology.file.number-ambiguous");
				assertThat(issue.column()).isEqualTo("F");
				assertThat(issue.arguments()).containsExactly("1.000", new BigDecimal("1000"), new BigDecimal("1"));
			}));
	}

	static byte[] workbook(Object[][] settings, Object[][] classes, Object[][] criteria) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			sheet(workbook.createSheet(IndexSetFiles.SETTINGS), settings);
			sheet(workbook.createSheet(IndexSetFiles.CLASSES), classes);
			sheet(workbook.createSheet(IndexSetFiles.CRITERIA), criteria);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void sheet(Sheet sheet, Object[][] rows) {
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows[r].length; c++) {
				if (rows[r][c] instanceof Number number) {
					row.createCell(c).setCellValue(number.doubleValue());
				}
				else {
					row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
				}
			}
		}
	}

}
