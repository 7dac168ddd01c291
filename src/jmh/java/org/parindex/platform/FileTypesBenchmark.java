package org.parindex.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What judging an evidence file costs ({@link FileTypes#check}: magic bytes, the markup
 * scan of a PDF, every entry of an office package inflated), beside what storing it costs
 * anyway (reading it once for its SHA-256, as {@link LocalFileStore} does), on files of
 * realistic size: a workbook of 60,000 rows × 8 cells (3.2 MB, 20 MB inflated), a Word
 * document of 3,000 paragraphs (11 KB, 0.4 MB inflated), a 5 MB PDF, and the 1 MB zip bomb
 * that inflates to 1 GiB (refused after about 100 MB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FileTypesBenchmark {

	@Param({ "xlsx", "docx", "pdf", "bomb" })
	public String kind;

	private Path directory;

	private Path file;

	@Setup(Level.Trial)
	public void write() throws IOException {
		this.directory = Files.createTempDirectory("parindex-bench-");
		this.file = this.directory.resolve("file." + this.kind);
		switch (this.kind) {
			case "xlsx" -> workbook();
			case "docx" -> document();
			case "pdf" -> pdf();
			default -> Files.write(this.file, ZipBombs.officePackage("xl/", 1024));
		}
	}

	@TearDown(Level.Trial)
	public void delete() throws IOException {
		try (Stream<Path> files = Files.walk(this.directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

	/** Baseline: reading the file once for its SHA-256, which storing it does anyway. */
	@Benchmark
	public byte[] hash() throws IOException, NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new DigestInputStream(Files.newInputStream(this.file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return digest.digest();
	}

	@Benchmark
	public Object check() throws IOException {
		try {
			return FileTypes.check(this.file);
		}
		catch (UnacceptableFileException ex) {
			return ex.messageKey();
		}
	}

	private void workbook() throws IOException {
		Random random = new Random(42);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 100);
				OutputStream out = Files.newOutputStream(this.file)) {
			Sheet sheet = workbook.createSheet("Số liệu");
			for (int r = 0; r < 60_000; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("Hồ sơ " + r);
				for (int c = 1; c < 8; c++) {
					row.createCell(c).setCellValue(random.nextInt(100_000) / 100.0);
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	private void document() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(this.file)) {
			for (int p = 0; p < 3_000; p++) {
				document.createParagraph()
					.createRun()
					.setText("Đoạn " + p + ": Ủy ban nhân dân huyện Đak Pơ báo cáo kết quả cải cách hành chính năm 2022.");
			}
			document.write(out);
		}
	}

	/** A PDF-like file of 5 MB whose body is random bytes, as compressed streams are. */
	private void pdf() throws IOException {
		byte[] body = new byte[5 * 1024 * 1024];
		new Random(42).nextBytes(body);
		try (OutputStream out = Files.newOutputStream(this.file)) {
			out.write("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n".getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.write("\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
		}
	}

}
