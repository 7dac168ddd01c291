package org.parindex.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvFilesTests {

	static final ImportLimits LIMITS = new ImportLimits(1024 * 1024, 10 * 1024 * 1024, 0.01, 100,
			"import.file.too-many-rows");

	@Test
	void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
		assertThat(cells(utf8("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,end\n")))
			.containsExactly(List.of("a", "b, c", "say \"hi\""), List.of("two\nlines", "", "end"));
	}

	@Test
	void numbersRowsByRecordAndSkipsBlankRows() {
		List<TableRow> rows = CsvFiles.read(utf8("a,b\n\n,\n\"x\ny\",z\nc,d\n"), LIMITS);
		assertThat(rows).extracting(TableRow::number).containsExactly(1, 4, 5);
	}

	@Test
	void readsUtf8WithAndWithoutAByteOrderMark() {
		assertThat(CsvFiles.decode(utf8("\uFEFFmã,tên"))).isEqualTo(new CsvFiles.Decoded("mã,tên", "UTF-8"));
		assertThat(CsvFiles.decode(utf8("mã,tên"))).isEqualTo(new CsvFiles.Decoded("mã,tên", "UTF-8"));
	}

	@Test
	void readsUtf16WithAByteOrderMarkOrByItsNulBytes() {
		String text = "mã,tên\r\nnguyen.van.anh,Nguyễn Văn Ánh\r\n";
		assertThat(CsvFiles.decode(bytes("\uFEFF" + text, StandardCharsets.UTF_16LE)))
			.isEqualTo(new CsvFiles.Decoded(text, "UTF-16LE"));
		assertThat(CsvFiles.decode(bytes("\uFEFF" + text, StandardCharsets.UTF_16BE)))
			.isEqualTo(new CsvFiles.Decoded(text, "UTF-16BE"));
		assertThat(CsvFiles.decode(bytes(text, StandardCharsets.UTF_16LE)))
			.isEqualTo(new CsvFiles.Decoded(text, "UTF-16LE"));
		assertThat(CsvFiles.decode(bytes(text, StandardCharsets.UTF_16BE)))
			.isEqualTo(new CsvFiles.Decoded(text, "UTF-16BE"));
		assertThat(cells(bytes(text, StandardCharsets.UTF_16LE))).containsExactly(List.of("mã", "tên"),
				List.of("nguyen.van.anh", "Nguyễn Văn Ánh"));
	}

	@Test
	void readsWindows1258AndNormalisesItsCombiningTonesToNfc() {
		// "Nguyễn Văn Ánh" as Excel writes it in Windows-1258: ê (0xEA) + combining tilde
		// (0xDE), ă (0xE3), A + combining acute (0xEC)
		byte[] bytes = { 'N', 'g', 'u', 'y', (byte) 0xEA, (byte) 0xDE, 'n', ' ', 'V', (byte) 0xE3, 'n', ' ', 'A',
				(byte) 0xEC, 'n', 'h', ';', 'x', '\r', '\n' };
		assertThat(CsvFiles.decode(bytes).encoding()).isEqualTo("Windows-1258");
		assertThat(cells(bytes)).containsExactly(List.of("Nguyễn Văn Ánh", "x"));
		assertThat(cells(bytes).get(0).get(0)).hasSize(14);
	}

	@Test
	void readsTheTwoExcelFilesAsTheSameRows() throws IOException {
		List<TableRow> utf8 = CsvFiles.read(resource("index-set-excel-vi-semicolon-utf8.csv"),
				LIMITS.withRows(200, "x"));
		List<TableRow> cp1258 = CsvFiles.read(resource("index-set-excel-vi-semicolon-cp1258.csv"),
				LIMITS.withRows(200, "x"));
		assertThat(CsvFiles.decode(resource("index-set-excel-vi-semicolon-cp1258.csv")).encoding())
			.isEqualTo("Windows-1258");
		assertThat(utf8).hasSize(98);
		assertThat(utf8.get(0).cells()).hasSize(11).startsWith("Mã (code)", "Cấp (level)");
		assertThat(cp1258).hasSize(98);
		for (int i = 0; i < utf8.size(); i++) {
			List<String> a = utf8.get(i).cells();
			List<String> b = cp1258.get(i).cells();
			assertThat(b.subList(0, 9)).isEqualTo(a.subList(0, 9));
			assertThat(b.get(10)).isEqualTo(a.get(10));
			// Windows-1258 has no "→": Excel wrote "?"
			assertThat(b.get(9)).isEqualTo(a.get(9).replace('→', '?'));
		}
	}

	@Test
	void detectsTheSeparatorOnTheFirstLineOutsideQuotes() {
		assertThat(CsvFiles.separator("a;b;c\n1,5;2,5;3")).isEqualTo(';');
		assertThat(CsvFiles.separator("a\tb\tc")).isEqualTo('\t');
		assertThat(CsvFiles.separator("\"a;b;c\",d,e")).isEqualTo(',');
		assertThat(CsvFiles.separator("\n\n  \r\na,b")).isEqualTo(',');
	}

	@Test
	void refusesOtherSeparatorsNamingWhatTheFirstLineHas() {
		assertThatExceptionOfType(TabularFileException.class).isThrownBy(() -> CsvFiles.separator("a|b|c"))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("import.csv.separator-other");
				assertThat(ex.arguments()).containsExactly("|");
			});
		assertThatExceptionOfType(TabularFileException.class).isThrownBy(() -> CsvFiles.separator("abc"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("import.csv.separator-none"));
		assertThatExceptionOfType(TabularFileException.class).isThrownBy(() -> CsvFiles.separator("a,b;c"))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("import.csv.separator-ambiguous");
				assertThat(ex.arguments()).containsExactly(",", ";");
			});
	}

	@Test
	void refusesUtf32NamingIt() {
		assertThat(refusal(bytes("\uFEFFa,b", Charset.forName("UTF-32LE"))))
			.extracting(TabularFileException::messageKey)
			.isEqualTo("import.csv.encoding-unsupported");
		assertThat(refusal(bytes("\uFEFFa,b", Charset.forName("UTF-32BE"))).arguments()).containsExactly("UTF-32");
	}

	@Test
	void refusesBytesThatNoAcceptedEncodingHasNamingTheByteAndLine() {
		byte[] bytes = { 'a', ',', 'b', '\n', 'c', ',', (byte) 0x8D, '\n' };
		TabularFileException refused = refusal(bytes);
		assertThat(refused.messageKey()).isEqualTo("import.csv.encoding");
		assertThat(refused.arguments()).containsExactly("0x8D", 2);
	}

	@Test
	void refusesNulBytesOutsideUtf16AndAByteOrderMarkThatLies() {
		assertThat(refusal(new byte[] { 'a', ',', 'b', 0, 0, 'c', 0, 'd' }).messageKey())
			.isEqualTo("import.csv.binary");
		assertThat(refusal(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', (byte) 0xE3 }))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("import.csv.encoding-invalid");
				assertThat(ex.arguments()).containsExactly("UTF-8");
			});
	}

	@Test
	void takesAStrayNulInUtf8ForBinaryButReadsUtf16WithoutAMarkByItsNulPattern() {
		byte[] stray = utf8("Mã (code);Cấp (level)\r\n1;Lĩnh vực\r\n1.1;Tiêu chí.\r\n");
		stray[stray.length - 3] = 0;
		assertThat(stray.length % 2).isZero();
		assertThat(refusal(stray)).satisfies((ex) -> {
			assertThat(ex.messageKey()).isEqualTo("import.csv.binary");
			assertThat(ex.arguments()).containsExactly(3);
		});
		byte[] odd = utf8("a,b\r\nc,d\r\n\0x");
		assertThat(refusal(odd).messageKey()).isEqualTo("import.csv.binary");
		String text = "Mã (code);Cấp (level);Tên (name)\r\n1.1;Tiêu chí;Công tác chỉ đạo, điều hành cải cách hành chính\r\n";
		assertThat(CsvFiles.decode(bytes(text, StandardCharsets.UTF_16LE)))
			.isEqualTo(new CsvFiles.Decoded(text, "UTF-16LE"));
		assertThat(CsvFiles.decode(bytes(text, StandardCharsets.UTF_16BE)))
			.isEqualTo(new CsvFiles.Decoded(text, "UTF-16BE"));
	}

	@Test
	void refusesUnbalancedQuotesNamingTheLine() {
		TabularFileException refused = refusal(utf8("a,b\nc,\"d\ne,f\n"));
		assertThat(refused.messageKey()).isEqualTo("import.csv.quotes");
		assertThat(refused.sheet()).isEqualTo("CSV");
		assertThat(refused.row()).isPositive();
	}

	@Test
	void boundsTheBytesRowsColumnsAndCells() {
		ImportLimits small = new ImportLimits(100, 1000, 0.01, 2, "rows.key");
		assertThat(refusal(new byte[101], small).messageKey()).isEqualTo("import.file.too-large");
		assertThat(CsvFiles.read(utf8("h,h\n1,1\n2,2\n"), small)).hasSize(3);
		TabularFileException rows = refusal(utf8("h,h\n1,1\n\n2,2\n3,3\n"), small);
		assertThat(rows.messageKey()).isEqualTo("rows.key");
		assertThat(rows.arguments()).containsExactly(2);
		assertThat(rows.row()).isEqualTo(5);
		assertThat(refusal(utf8("a,b\n" + ",".repeat(64) + "\n")).messageKey()).isEqualTo("import.row.columns");
		assertThat(refusal(utf8("a,b\nx," + "y".repeat(32_768) + "\n"))).satisfies(
				(ex) -> assertThat(ex.messageKey() + " " + ex.row() + ex.column()).isEqualTo("import.cell.length 2B"));
		assertThat(refusal(utf8("a,b\nx,y\u0007\n")))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("U+0007"));
	}

	@Test
	void readsBackWhatAnExportNeutralised() {
		assertThat(cells(utf8("\"'=cmd|' /C calc'!A0\",\"'-2\",'plain\n")))
			.containsExactly(List.of("=cmd|' /C calc'!A0", "-2", "'plain"));
	}

	private static List<List<String>> cells(byte[] bytes) {
		return CsvFiles.read(bytes, LIMITS).stream().map(TableRow::cells).toList();
	}

	private static TabularFileException refusal(byte[] bytes) {
		return refusal(bytes, LIMITS);
	}

	private static TabularFileException refusal(byte[] bytes, ImportLimits limits) {
		try {
			CsvFiles.read(bytes, limits);
		}
		catch (TabularFileException ex) {
			return ex;
		}
		throw new AssertionError("Not refused");
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String text, Charset charset) {
		return text.getBytes(charset);
	}

	static byte[] resource(String name) throws IOException {
		try (InputStream in = CsvFilesTests.class.getResourceAsStream("/imports/" + name)) {
			return in.readAllBytes();
		}
	}

}
