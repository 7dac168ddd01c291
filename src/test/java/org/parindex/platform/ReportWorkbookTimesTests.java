package org.parindex.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times in exported workbooks are real date-time cells in Vietnam's time zone, to the
 * millisecond, shown as the export's language writes times: {@code 16h00 09/06/2022} in
 * Vietnamese, {@code 16:00 09/06/2022} in English; never text (they were
 * {@code "16h00 …"} text cells in every language before).
 */
class ReportWorkbookTimesTests {

	/** 16h00:05.123 on 9 June 2022 in Vietnam (UTC+7). */
	private static final Instant DEADLINE = Instant.parse("2022-06-09T09:00:05.123Z");

	@Test
	void aTimeIsADateTimeCellShownTheVietnameseWay() throws IOException {
		Cell cell = written(Locale.forLanguageTag("vi"));
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
		assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2022, 6, 9, 16, 0, 5, 123_000_000));
		// Excel and LibreOffice show this as 16h00 09/06/2022 (the quoted h a literal,
		// the
		// first mm minutes after the hour, the second the month after the day); POI's own
		// formatters mishandle a quoted literal in a date format, so the format is
		// checked
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("hh\"h\"mm dd/mm/yyyy");
	}

	@Test
	void anEnglishExportShowsTheTimeTheEnglishWay() throws IOException {
		Cell cell = written(Locale.ENGLISH);
		assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
		assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2022, 6, 9, 16, 0, 5, 123_000_000));
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("hh:mm dd/mm/yyyy");
		assertThat(new DataFormatter(Locale.ROOT).formatCellValue(cell)).isEqualTo("16:00 09/06/2022");
	}

	private static Cell written(Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ReportWorkbook writer = new ReportWorkbook(2)) {
			Sheet sheet = writer.sheet("Times");
			Row row = sheet.createRow(5);
			writer.time(row, 2, DEADLINE, locale);
			writer.write(out);
		}
		XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
		return workbook.getSheetAt(0).getRow(5).getCell(2);
	}

}
