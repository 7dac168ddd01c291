package org.parindex.survey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** How the exports write their cells, in CSV and in streamed XLSX. */
class SurveyExportSheetTests {

	@Test
	void csvQuotesEveryFieldWritesPlainNumbersIsoDaysAndNeutralisesFormulas() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SurveyExportSheet sheet = SurveyExportSheet.csv(out)) {
			sheet.table("ignored", List.of("STT", "Đơn vị", "=Q1"));
			sheet.row(Arrays.asList(1L, "=HYPERLINK(\"x\")", new BigDecimal("0.60")));
			sheet.row(Arrays.asList(2, null, LocalDate.of(2026, 3, 5)));
			sheet.row(Arrays.asList(3, "Đak Pơ, \"thị trấn\"", new BigDecimal("1E+1")));
			assertThatIllegalStateException().isThrownBy(() -> sheet.table("again", List.of("x")));
			sheet.finish();
		}
		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(csv)
			.isEqualTo("\uFEFF\"STT\",\"Đơn vị\",\"'=Q1\"\r\n" + "\"1\",\"'=HYPERLINK(\"\"x\"\")\",\"0.6\"\r\n"
					+ "\"2\",\"\",\"2026-03-05\"\r\n" + "\"3\",\"Đak Pơ, \"\"thị trấn\"\"\",\"10\"\r\n");
	}

	@Test
	void pointsAreWrittenWithTwoDecimalsAsThePointsPageShowsThemInCsvAndXlsx() throws Exception {
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		try (SurveyExportSheet sheet = SurveyExportSheet.csv(csv)) {
			sheet.table("ignored", List.of("Điểm"));
			sheet.row(List.of(new SurveyExportSheet.Points(new BigDecimal("2.3000000"))));
			sheet.row(List.of(new SurveyExportSheet.Points(new BigDecimal("3"))));
			sheet.row(List.of(new SurveyExportSheet.Points(new BigDecimal("0.675"))));
			sheet.finish();
		}
		assertThat(csv.toString(StandardCharsets.UTF_8))
			.isEqualTo("\uFEFF\"Điểm\"\r\n\"2.30\"\r\n\"3.00\"\r\n\"0.68\"\r\n");
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (SurveyExportSheet sheet = SurveyExportSheet.xlsx(xlsx)) {
			sheet.table("Tổng hợp", List.of("Điểm"));
			sheet.row(List.of(new SurveyExportSheet.Points(new BigDecimal("2.3"))));
			sheet.finish();
		}
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
			assertThat(cell.getNumericCellValue()).isEqualTo(2.3);
			assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.00");
		}
	}

	@Test
	void xlsxWritesNumbersAsNumbersDaysAsDatesAndATableBeyondASheetsRowsOnMoreSheets() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SurveyExportSheet sheet = new SurveyExportSheet.Xlsx(out, 3)) {
			sheet.table("Phiếu trả lời", List.of("STT", "Ngày", "Q1 trọng số"));
			for (int i = 1; i <= 5; i++) {
				sheet.row(
						Arrays.asList((long) i, LocalDate.of(2026, 3, i), (i % 2 == 0) ? null : new BigDecimal("0.6")));
			}
			sheet.table("Câu hỏi và phương án", List.of("Mã câu hỏi"));
			sheet.row(List.of("Q1"));
			sheet.finish();
		}
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
			assertThat(workbook.getSheetName(0)).isEqualTo("Phiếu trả lời");
			assertThat(workbook.getSheetName(1)).isEqualTo("Phiếu trả lời (2)");
			assertThat(workbook.getSheetName(2)).isEqualTo("Phiếu trả lời (3)");
			assertThat(workbook.getSheetName(3)).isEqualTo("Câu hỏi và phương án");
			Sheet first = workbook.getSheetAt(0);
			assertThat(first.getPhysicalNumberOfRows()).isEqualTo(3);
			assertThat(first.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Q1 trọng số");
			assertThat(workbook.getFontAt(first.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(first.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
			assertThat(DateUtil.isCellDateFormatted(first.getRow(1).getCell(1))).isTrue();
			assertThat(first.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2026, 3, 1));
			assertThat(first.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(0.6);
			assertThat(first.getRow(2).getCell(2)).isNull();
			Sheet second = workbook.getSheetAt(1);
			assertThat(second.getRow(0).getCell(0).getStringCellValue()).isEqualTo("STT");
			assertThat(second.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3.0);
			assertThat(workbook.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(5.0);
		}
	}

	@Test
	void xlsxLeavesNoTemporaryFileBehind() throws Exception {
		for (boolean finished : new boolean[] { true, false }) {
			List<Path> before = temporaryFiles();
			try (SurveyExportSheet sheet = new SurveyExportSheet.Xlsx(new ByteArrayOutputStream(), 50)) {
				sheet.table("Phiếu trả lời", List.of("STT"));
				for (long i = 1; i <= 500; i++) {
					sheet.row(List.of(i));
				}
				assertThat(temporaryFiles()).as("rows beyond the window go to temporary files")
					.hasSizeGreaterThan(before.size());
				if (finished) {
					sheet.finish();
				}
			}
			assertThat(temporaryFiles()).containsExactlyInAnyOrderElementsOf(before);
		}
	}

	/** POI's temporary files of streamed sheets. */
	private static List<Path> temporaryFiles() throws IOException {
		Path directory = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((file) -> file.getFileName().toString().startsWith("poi-sxssf-sheet")).toList();
		}
	}

	@Test
	void anXlsxExportThatFailsHalfWayWritesNothing() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SurveyExportSheet sheet = SurveyExportSheet.xlsx(out)) {
			sheet.table("Tổng hợp", List.of("A"));
			sheet.row(List.of("x"));
			// no finish(): the export stopped on an error
		}
		assertThat(out.size()).isZero();
	}

}
