package org.parindex.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TabularFilesTests {

	static final ImportLimits LIMITS = new ImportLimits(1024 * 1024, 10 * 1024 * 1024, 0.01, 100,
			"import.file.too-many-rows");

	@Test
	void readsCsvOrXlsxByTheNamesExtensionInAnyCase() throws IOException {
		byte[] csv = "\uFEFFmã,tên\r\n1,Đak Pơ".getBytes(StandardCharsets.UTF_8);
		assertThat(TabularFiles.read("x.CSV", new ByteArrayInputStream(csv), LIMITS)).extracting(TableRow::cells)
			.containsExactly(java.util.List.of("mã", "tên"), java.util.List.of("1", "Đak Pơ"));
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("A").createRow(0).createCell(0).setCellValue("Đak Pơ");
			workbook.write(xlsx);
		}
		assertThat(TabularFiles.read("x.XLSX", new ByteArrayInputStream(xlsx.toByteArray()), LIMITS))
			.containsExactly(new TableRow(1, java.util.List.of("Đak Pơ")));
	}

	@Test
	void refusesOtherExtensionsNamingThem() {
		assertThatExceptionOfType(TabularFileException.class)
			.isThrownBy(() -> TabularFiles.read("bao-cao.xls", new ByteArrayInputStream(new byte[0]), LIMITS))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("import.file.type");
				assertThat(ex.arguments()).containsExactly(".xls");
			});
	}

	@Test
	void refusesAFileThatIsNotAWorkbook() {
		assertThatExceptionOfType(TabularFileException.class)
			.isThrownBy(() -> TabularFiles.read("x.xlsx",
					new ByteArrayInputStream("not a workbook".getBytes(StandardCharsets.UTF_8)), LIMITS))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("import.xlsx.not-xlsx"));
	}

}
