package org.parindex.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxFilesTests {

	static final ImportLimits LIMITS = new ImportLimits(10 * 1024 * 1024, 50 * 1024 * 1024, 0.01, 100, "rows.key");

	@Test
	void readsTextNumbersAndBooleansAsPlainTextInNfc() throws IOException {
		byte[] xlsx = workbook((workbook) -> {
			Row row = workbook.createSheet("A").createRow(0);
			row.createCell(0).setCellValue(Normalizer.normalize("Nguyễn Văn Ánh", Normalizer.Form.NFD));
			row.createCell(1).setCellValue(2.5);
			row.createCell(2).setCellValue(12);
			row.createCell(3).setCellValue(2.3);
			row.createCell(4).setCellValue(true);
			row.createCell(6).setCellValue("  cách  ");
			workbook.createSheet("B").createRow(0).createCell(0).setCellValue("ignored");
		});
		assertThat(XlsxFiles.readFirstSheet(new ByteArrayInputStream(xlsx), LIMITS))
			.containsExactly(new TableRow(1, List.of("Nguyễn Văn Ánh", "2.5", "12", "2.3", "TRUE", "", "cách"),
					TableRowTests.numbers(1, "2.5", 2, "12", 3, "2.3")));
	}

	@Test
	void readsOnlyTheNamedSheetsAndKeepsRowNumbers() throws IOException {
		byte[] xlsx = workbook((workbook) -> {
			workbook.createSheet("Khac").createRow(0).createCell(0).setCellValue("x");
			Sheet wanted = workbook.createSheet("Tieu chi");
			wanted.createRow(0).createCell(0).setCellValue("Mã");
			wanted.createRow(1);
			wanted.createRow(4).createCell(2).setCellValue("C5");
		});
		Map<String, List<TableRow>> sheets = XlsxFiles.read(new ByteArrayInputStream(xlsx), LIMITS,
				List.of("Tieu chi", "Thiet lap"));
		assertThat(sheets).containsOnlyKeys("Tieu chi");
		assertThat(sheets.get("Tieu chi")).containsExactly(new TableRow(1, List.of("Mã")),
				new TableRow(5, List.of("", "", "C5")));
	}

	@Test
	void findsTheTableBehindAnInstructionsSheetAndPassesOverOneItCannotRead() throws IOException {
		java.util.function.Predicate<List<TableRow>> headed = TabularFiles.headedBy(0, List.of("Mã đơn vị"));
		byte[] xlsx = workbook((workbook) -> {
			workbook.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Điền điểm vào cột F");
			Row broken = workbook.createSheet("Nháp").createRow(0);
			broken.createCell(0).setCellFormula("1/0");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			Sheet table = workbook.createSheet("Kết quả 2021");
			table.createRow(0).createCell(0).setCellValue("Mã đơn vị (unit code)");
			table.createRow(1).createCell(0).setCellValue("dakpo");
		});
		Map.Entry<String, List<TableRow>> read = XlsxFiles.readTable(new ByteArrayInputStream(xlsx), LIMITS, headed);
		assertThat(read.getKey()).isEqualTo("Kết quả 2021");
		assertThat(read.getValue()).extracting((row) -> row.cell(0)).containsExactly("Mã đơn vị (unit code)", "dakpo");

		// no sheet headed so: the first sheet, as before
		byte[] unheaded = workbook((workbook) -> {
			workbook.createSheet("Một").createRow(0).createCell(0).setCellValue("a");
			workbook.createSheet("Hai").createRow(0).createCell(0).setCellValue("b");
		});
		assertThat(XlsxFiles.readTable(new ByteArrayInputStream(unheaded), LIMITS, headed).getKey()).isEqualTo("Một");

		// the first sheet refused and no table found: its refusal stands
		byte[] refusedFirst = workbook((workbook) -> {
			workbook.createSheet("A").createRow(0).createCell(1).setCellFormula("1/0");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.createSheet("B").createRow(0).createCell(0).setCellValue("b");
		});
		try {
			XlsxFiles.readTable(new ByteArrayInputStream(refusedFirst), LIMITS, headed);
			org.assertj.core.api.Assertions.fail("refused");
		}
		catch (TabularFileException ex) {
			assertThat(ex.messageKey()).isEqualTo("import.xlsx.error-value");
			assertThat(ex.sheet()).isEqualTo("A");
		}
	}

	@Test
	void aFormulaCellGivesItsComputedValue() throws IOException {
		byte[] xlsx = workbook((workbook) -> {
			Row row = workbook.createSheet("A").createRow(0);
			row.createCell(0).setCellFormula("CONCATENATE(\"Kế hoạch \",\"CCHC\")");
			row.createCell(1).setCellFormula("HYPERLINK(\"https://example.org\",\"Xem\")");
			row.createCell(2).setCellFormula("1+1.5");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		});
		assertThat(XlsxFiles.readFirstSheet(new ByteArrayInputStream(xlsx), LIMITS))
			.containsExactly(new TableRow(1, List.of("Kế hoạch CCHC", "Xem", "2.5"), TableRowTests.numbers(2, "2.5")));
	}

	@Test
	void refusesAFormulaWithoutAComputedValueNamingTheCell() throws IOException {
		byte[] xlsx = workbook((workbook) -> {
			Sheet sheet = workbook.createSheet("Tieu chi");
			sheet.createRow(0).createCell(0).setCellValue("Mã");
			sheet.createRow(1).createCell(3).setCellFormula("CONCATENATE(\"a\",\"b\")");
		});
		TabularFileException refused = refusal(xlsx, LIMITS);
		assertThat(refused.messageKey()).isEqualTo("import.xlsx.formula-without-value");
		assertThat(refused.sheet() + "!" + refused.column() + refused.row()).isEqualTo("Tieu chi!D2");
	}

	@Test
	void refusesAnErrorValueNamingIt() throws IOException {
		byte[] xlsx = workbook((workbook) -> {
			workbook.createSheet("A").createRow(0).createCell(1).setCellFormula("1/0");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		});
		TabularFileException refused = refusal(xlsx, LIMITS);
		assertThat(refused.messageKey()).isEqualTo("import.xlsx.error-value");
		assertThat(refused.arguments()).containsExactly("#DIV/0!");
		assertThat(refused.column() + refused.row()).isEqualTo("B1");
	}

	@Test
	void stopsAtTheFirstRowPastTheLimitNamingIt() throws IOException {
		byte[] xlsx = big(10_000);
		ImportLimits limits = LIMITS.withRows(2_000, "methodology.file.too-many-nodes");
		TabularFileException refused = refusal(xlsx, limits);
		assertThat(refused.messageKey()).isEqualTo("methodology.file.too-many-nodes");
		assertThat(refused.arguments()).containsExactly(2_000);
		assertThat(refused.sheet() + " " + refused.row()).isEqualTo("Tieu chi 2002");
		assertThat(XlsxFiles.readFirstSheet(new ByteArrayInputStream(big(2_000)), limits)).hasSize(2_001);
	}

	@Test
	void refusesAFileLargerThanTheLimit() throws IOException {
		byte[] xlsx = big(1_000);
		ImportLimits limits = new ImportLimits(xlsx.length - 1, 50 * 1024 * 1024, 0.01, 5_000, "rows.key");
		TabularFileException refused = refusal(xlsx, limits);
		assertThat(refused.messageKey()).isEqualTo("import.file.too-large");
		assertThat(refused.sheet()).isEmpty();
	}

	@Test
	void refusesAPartLargerThanTheUncompressedLimitNamingIt() throws IOException {
		byte[] xlsx = big(5_000);
		ImportLimits limits = new ImportLimits(10 * 1024 * 1024, 100_000, 0.001, 10_000, "rows.key");
		TabularFileException refused = refusal(xlsx, limits);
		assertThat(refused.messageKey()).isEqualTo("import.xlsx.uncompressed");
		assertThat(refused.arguments()).containsExactly(1L, "xl/worksheets/sheet1.xml");
	}

	@Test
	void refusesAZipBombNamingThePartAndTheRatio() throws IOException {
		byte[] bomb = padded(
				workbook((workbook) -> workbook.createSheet("A").createRow(0).createCell(0).setCellValue("x")),
				"xl/worksheets/sheet1.xml", 20 * 1024 * 1024);
		assertThat(bomb.length).isLessThan(200_000);
		TabularFileException refused = refusal(bomb, LIMITS);
		assertThat(refused.messageKey()).isEqualTo("import.xlsx.ratio");
		assertThat(refused.arguments()).containsExactly("xl/worksheets/sheet1.xml", 100L);
	}

	@Test
	void refusesWhatIsNotAnXlsxWorkbook() {
		assertThat(refusal("a,b".getBytes(StandardCharsets.UTF_8), LIMITS).messageKey())
			.isEqualTo("import.xlsx.not-xlsx");
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThat(refusal(ole2, LIMITS).messageKey()).isEqualTo("import.xlsx.old-or-protected");
		// an empty file is said to be empty, not damaged (walk of issue 10, second round)
		assertThat(refusal(new byte[0], LIMITS).messageKey()).isEqualTo("import.xlsx.empty");
	}

	@Test
	void refusesContentPastTheLastColumnRead() throws IOException {
		byte[] xlsx = workbook((workbook) -> workbook.createSheet("A").createRow(0).createCell(64).setCellValue("x"));
		assertThat(refusal(xlsx, LIMITS).messageKey()).isEqualTo("import.row.columns");
	}

	/** A sheet "Tieu chi" with a header and {@code rows} data rows, streamed. */
	private static byte[] big(int rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet("Tieu chi");
			sheet.createRow(0).createCell(0).setCellValue("Mã (code)");
			for (int i = 1; i <= rows; i++) {
				Row row = sheet.createRow(i);
				row.createCell(0).setCellValue("N" + i);
				row.createCell(3).setCellValue("Lĩnh vực số " + i);
				row.createCell(5).setCellValue(i);
			}
			workbook.write(out);
		}
		return out.toByteArray();
	}

	/** The workbook with {@code bytes} spaces added inside one of its parts. */
	static byte[] padded(byte[] xlsx, String part, int bytes) throws IOException {
		ByteArrayOutputStream padded = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream out = new ZipOutputStream(padded)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				if (entry.getName().equals(part)) {
					int at = content.indexOf("<sheetData");
					out.write(content.substring(0, at).getBytes(StandardCharsets.UTF_8));
					byte[] spaces = new byte[1024 * 1024];
					Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < bytes / spaces.length; i++) {
						out.write(spaces);
					}
					out.write(content.substring(at).getBytes(StandardCharsets.UTF_8));
				}
				else {
					out.write(content.getBytes(StandardCharsets.UTF_8));
				}
				out.closeEntry();
			}
		}
		return padded.toByteArray();
	}

	private static byte[] workbook(Consumer<XSSFWorkbook> content) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			content.accept(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static TabularFileException refusal(byte[] bytes, ImportLimits limits) {
		try {
			XlsxFiles.readFirstSheet(new ByteArrayInputStream(bytes), limits);
		}
		catch (TabularFileException ex) {
			return ex;
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		throw new AssertionError("Not refused");
	}

}
