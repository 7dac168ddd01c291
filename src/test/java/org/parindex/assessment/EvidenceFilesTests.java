package org.parindex.assessment;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.platform.FileNames;
import org.parindex.platform.FileStore;
import org.parindex.platform.StoredFile;
import org.parindex.platform.ZipBombs;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EvidenceFilesTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@TempDir
	Path directory;

	private final MemoryStore store = new MemoryStore();

	private final EvidenceFiles files = new EvidenceFiles(this.store, DataSize.ofKilobytes(4));

	/** Room for a zip bomb of about 1 MB. */
	private final EvidenceFiles roomy = new EvidenceFiles(this.store, DataSize.ofMegabytes(2));

	@Test
	void storesAcceptedFilesWithTheTypeFoundInTheirContent() throws IOException {
		List<EvidenceFiles.Accepted> accepted = this.files.accept(List.of(upload("C:\\Users\\bao cao.pdf", PDF)));
		assertThat(accepted).singleElement().satisfies((file) -> {
			assertThat(file.name()).isEqualTo("bao cao.pdf");
			assertThat(file.mediaType()).isEqualTo("application/pdf");
			assertThat(file.size()).isEqualTo(PDF.length);
		});
		assertThat(this.store.files).hasSize(1);
	}

	@Test
	void refusesAFileAboveTheLimitNamingIt() throws IOException {
		byte[] large = new byte[5 * 1024];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.files.accept(List.of(upload("lon.pdf", large))))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("assessment.file.too-large");
				assertThat(ex.arguments()).containsExactly("lon.pdf", "4 KB");
			});
		assertThat(this.store.files).isEmpty();
	}

	@Test
	void refusesHtmlAndExecutablesWhateverTheirNameAndStoresNothingOfTheRequest() throws IOException {
		UploadedFile good = upload("ke-hoach.pdf", PDF);
		UploadedFile html = upload("ke-hoach.pdf",
				"<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		UploadedFile exe = upload("anh.png", new byte[] { 'M', 'Z', 0, 0, 0, 0, 0, 0 });
		for (UploadedFile bad : List.of(html, exe)) {
			assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> this.files.accept(List.of(good, bad)))
				.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessment.file.type"));
		}
		assertThat(this.store.files).isEmpty();
	}

	@Test
	void namesEveryRefusedFileOfOneSaveEachWithItsReasonAndStoresNone() throws IOException {
		UploadedFile good = upload("ke-hoach.pdf", PDF);
		UploadedFile fake = upload("fake.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8));
		UploadedFile html = upload("x.html", "<!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8));
		UploadedFile empty = upload("rong.pdf", new byte[0]);
		assertThatExceptionOfType(RefusedLeavesException.class)
			.isThrownBy(() -> this.files.accept(List.of(fake, good, html, empty)))
			.satisfies((ex) -> assertThat(ex.refusals())
				.extracting(WorkflowException::messageKey, (refusal) -> refusal.arguments()[0])
				.containsExactly(org.assertj.core.groups.Tuple.tuple("assessment.file.type", "fake.pdf"),
						org.assertj.core.groups.Tuple.tuple("assessment.file.type", "x.html"),
						org.assertj.core.groups.Tuple.tuple("assessment.file.empty", "rong.pdf")));
		assertThat(this.store.files).isEmpty();
	}

	@Test
	void refusesAnEmptyFile() throws IOException {
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.files.accept(List.of(upload("rong.pdf", new byte[0]))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("assessment.file.empty"));
	}

	@Test
	void keepsOnlyTheLastSegmentOfTheNameWithoutControlCharacters() {
		assertThat(EvidenceFiles.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(EvidenceFiles.cleanName("a\u0000b\r\n.pdf")).isEqualTo("ab.pdf");
		assertThat(EvidenceFiles.cleanName("  ")).isEqualTo("tep-dinh-kem");
		assertThat(EvidenceFiles.cleanName("Ba\u0301o ca\u0301o.pdf")).isEqualTo("Báo cáo.pdf");
	}

	@Test
	void refusesAnOfficePackageCarryingAnExecutableAndAPageWhateverItIsCalled() throws IOException {
		byte[] zip = zip(officeParts("word/", Map.of("payload.exe", executable(), "index.html",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))));
		for (String name : List.of("bao-cao.docx", "archive.zip")) {
			assertRefused(this.files, upload(name, zip), "assessment.file.refused", name);
		}
		byte[] inside = zip(officeParts("word/", Map.of("word/payload.exe", executable())));
		assertRefused(this.files, upload("bao-cao.docx", inside), "assessment.file.refused", "bao-cao.docx");
	}

	@Test
	void refusesAnOpenDocumentCarryingAnExecutable() throws IOException {
		assertRefused(this.files, upload("bien-ban.odt", openDocument(Map.of("evil.exe", executable()))),
				"assessment.file.refused", "bien-ban.odt");
	}

	@Test
	void refusesZipBombsAsWordAndExcelFiles() throws IOException {
		for (String main : List.of("word/", "xl/")) {
			byte[] bomb = ZipBombs.officePackage(main, 1024);
			assertThat(bomb.length).isBetween(900_000, 1_200_000);
			String name = main.equals("word/") ? "bom.docx" : "bom.xlsx";
			assertRefused(this.roomy, upload(name, bomb), "assessment.file.refused", name);
		}
	}

	@Test
	void refusesANameWhoseExtensionDisagreesWithTheContentNamingTheTypesAccepted() throws IOException {
		byte[] docx = zip(officeParts("word/", Map.of()));
		assertThat(this.files.accept(List.of(upload("bien-ban.docx", docx)))).singleElement()
			.satisfies((file) -> assertThat(file.name()).isEqualTo("bien-ban.docx"));
		this.store.files.clear();
		assertRefused(this.files, upload("archive.zip", docx), "assessment.file.extension", "archive.zip");
		byte[] polyglot = ("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n"
				+ "trailer << >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
		assertRefused(this.files, upload("poly.html", PDF), "assessment.file.extension", "poly.html");
		assertRefused(this.files, upload("poly.html", polyglot), "assessment.file.refused", "poly.html");
		assertRefused(this.files, upload("poly.pdf", polyglot), "assessment.file.refused", "poly.pdf");
		assertThatExceptionOfType(WorkflowException.class)
			.isThrownBy(() -> this.files.accept(List.of(upload("archive.zip", docx))))
			.satisfies((ex) -> assertThat(ex.arguments()[2].toString()).contains("pdf", "png", "jpg", "jpeg", "gif",
					"docx", "xlsx", "pptx", "odt", "ods", "odp", "doc", "xls", "ppt"));
	}

	@Test
	void refusesANameWithARightToLeftOverrideShowingItCleaned() throws IOException {
		assertRefused(this.files, upload("bao-cao\u202Efdp.exe", PDF), "assessment.file.extension", "bao-caofdp.exe");
	}

	@Test
	void storesALongNameShortenedAndAnExtensionlessNameWithTheTypesExtension() throws IOException {
		String longName = "Báo cáo kết quả cải cách hành chính ".repeat(14) + ".pdf";
		assertThat(longName.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(600);
		List<EvidenceFiles.Accepted> accepted = this.files
			.accept(List.of(upload(longName, PDF), upload("bao-cao", PDF)));
		assertThat(accepted.get(0).name().getBytes(StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(FileNames.MAX_BYTES);
		assertThat(accepted.get(0).name()).startsWith("Báo cáo kết quả").endsWith(".pdf");
		assertThat(accepted.get(1).name()).isEqualTo("bao-cao.pdf");
	}

	private void assertRefused(EvidenceFiles evidence, UploadedFile file, String key, String shownName) {
		assertThatExceptionOfType(WorkflowException.class).isThrownBy(() -> evidence.accept(List.of(file)))
			.satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo(key);
				assertThat(ex.arguments()[0]).isEqualTo(shownName);
				if (key.equals("assessment.file.refused")) {
					assertThat(ex.arguments()[1]).isInstanceOf(MessageSourceResolvable.class);
				}
			});
		assertThat(this.store.files).isEmpty();
	}

	private static byte[] executable() {
		byte[] mz = new byte[128];
		mz[0] = 'M';
		mz[1] = 'Z';
		return mz;
	}

	private static Map<String, byte[]> officeParts(String main, Map<String, byte[]> extra) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
		parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>".getBytes(StandardCharsets.UTF_8));
		parts.put(main + "document.xml", "<?xml version=\"1.0\"?><document/>".getBytes(StandardCharsets.UTF_8));
		parts.putAll(extra);
		return parts;
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/** An OpenDocument text: a stored {@code mimetype} first, a manifest, content. */
	private static byte[] openDocument(Map<String, byte[]> extra) throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		byte[] declared = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(declared.length);
			CRC32 crc = new CRC32();
			crc.update(declared);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(declared);
			zip.closeEntry();
			Map<String, byte[]> parts = new LinkedHashMap<>();
			parts.put("META-INF/manifest.xml", "<manifest:manifest/>".getBytes(StandardCharsets.UTF_8));
			parts.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
			parts.putAll(extra);
			for (Map.Entry<String, byte[]> entry : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private UploadedFile upload(String name, byte[] content) throws IOException {
		Path path = Files.createTempFile(this.directory, "upload", ".bin");
		Files.write(path, content);
		return new UploadedFile(name, path, content.length);
	}

	/** A file store in memory. */
	private static final class MemoryStore implements FileStore {

		private final Map<String, byte[]> files = new HashMap<>();

		@Override
		public StoredFile store(InputStream content) throws IOException {
			byte[] bytes = content.readAllBytes();
			try {
				String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
				this.files.put(hash, bytes);
				return new StoredFile(hash, bytes.length);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public InputStream open(String sha256) throws IOException {
			byte[] bytes = this.files.get(sha256);
			if (bytes == null) {
				throw new FileNotFoundException(sha256);
			}
			return new ByteArrayInputStream(bytes);
		}

		@Override
		public boolean exists(String sha256) {
			return this.files.containsKey(sha256);
		}

		@Override
		public int sweep(java.util.function.Predicate<String> referenced, java.time.Duration grace,
				java.time.Instant now) {
			int before = this.files.size();
			this.files.keySet().removeIf(referenced.negate());
			return before - this.files.size();
		}

	}

}
