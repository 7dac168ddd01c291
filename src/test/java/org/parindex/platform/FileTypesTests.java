package org.parindex.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FileTypesTests {

	private static final String PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""";

	private static final String HTML = "<!DOCTYPE html><html><head><title>x</title></head>"
			+ "<body><script>alert(1)</script></body></html>";

	@TempDir
	Path directory;

	@Test
	void detectsAPdf() throws IOException {
		assertThat(FileTypes.detect(text("report.pdf", PDF))).contains(FileType.PDF);
	}

	@Test
	void detectsImagesWrittenByImageIo() throws IOException {
		assertThat(FileTypes.detect(image("photo.png", "png"))).contains(FileType.PNG);
		assertThat(FileTypes.detect(image("photo.jpg", "jpg"))).contains(FileType.JPEG);
		assertThat(FileTypes.detect(image("photo.gif", "gif"))).contains(FileType.GIF);
	}

	@Test
	void detectsOfficeOpenXmlDocuments() throws IOException {
		Path docx = this.directory.resolve("minutes.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
			document.createParagraph().createRun().setText("Biên bản họp");
			document.write(out);
		}
		Path xlsx = this.directory.resolve("figures.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(42);
			workbook.write(out);
		}
		Path pptx = this.directory.resolve("slides.pptx");
		try (XMLSlideShow slides = new XMLSlideShow(); OutputStream out = Files.newOutputStream(pptx)) {
			slides.createSlide();
			slides.write(out);
		}
		assertThat(FileTypes.detect(docx)).contains(FileType.DOCX);
		assertThat(FileTypes.detect(xlsx)).contains(FileType.XLSX);
		assertThat(FileTypes.detect(pptx)).contains(FileType.PPTX);
	}

	@Test
	void detectsOle2DocumentsByTheirRootStreams() throws IOException {
		Path xls = this.directory.resolve("figures.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
			workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(42);
			workbook.write(out);
		}
		assertThat(FileTypes.detect(xls)).contains(FileType.XLS);
		assertThat(FileTypes.detect(compoundFile("minutes.doc", "WordDocument"))).contains(FileType.DOC);
		assertThat(FileTypes.detect(compoundFile("slides.ppt", "PowerPoint Document"))).contains(FileType.PPT);
	}

	@Test
	void detectsOpenDocumentPackagesByTheirMimetypeEntry() throws IOException {
		assertThat(FileTypes.detect(openDocument("minutes.odt", "application/vnd.oasis.opendocument.text")))
			.contains(FileType.ODT);
		assertThat(FileTypes.detect(openDocument("figures.ods", "application/vnd.oasis.opendocument.spreadsheet")))
			.contains(FileType.ODS);
		assertThat(FileTypes.detect(openDocument("slides.odp", "application/vnd.oasis.opendocument.presentation")))
			.contains(FileType.ODP);
	}

	@Test
	void judgesByContentNotByName() throws IOException {
		assertThat(FileTypes.detect(text("no-extension", PDF))).contains(FileType.PDF);
		Path png = image("photo.png", "png");
		assertThat(FileTypes.detect(Files.move(png, this.directory.resolve("page.html")))).contains(FileType.PNG);
	}

	@Test
	void refusesHtmlWhateverItsName() throws IOException {
		assertThat(FileTypes.detect(text("page.html", HTML))).isEmpty();
		assertThat(FileTypes.detect(text("report.pdf", HTML))).isEmpty();
	}

	@Test
	void refusesAFileThatOnlyMentionsAPdfHeaderNearItsStart() throws IOException {
		assertThat(FileTypes.detect(text("report.pdf", "%% not a PDF\n%PDF-1.4\nplain text\n"))).isEmpty();
	}

	@Test
	void refusesExecutablesAndScripts() throws IOException {
		byte[] mz = new byte[128];
		mz[0] = 'M';
		mz[1] = 'Z';
		assertThat(FileTypes.detect(binary("setup.pdf", mz))).isEmpty();
		byte[] elf = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0 };
		assertThat(FileTypes.detect(binary("report.pdf", elf))).isEmpty();
		byte[] javaClass = { (byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61 };
		assertThat(FileTypes.detect(binary("report.docx", javaClass))).isEmpty();
		assertThat(FileTypes.detect(text("report.pdf", "#!/bin/sh\nrm -rf /\n"))).isEmpty();
	}

	@Test
	void refusesSvgXmlAndText() throws IOException {
		assertThat(FileTypes
			.detect(text("chart.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")))
			.isEmpty();
		assertThat(FileTypes.detect(text("data.xml", "<?xml version=\"1.0\"?><data/>"))).isEmpty();
		assertThat(FileTypes.detect(text("notes.txt", "Báo cáo tự đánh giá"))).isEmpty();
	}

	@Test
	void refusesAnEmptyFile() throws IOException {
		assertThat(FileTypes.detect(binary("empty.pdf", new byte[0]))).isEmpty();
	}

	@Test
	void refusesZipsThatAreNotOfficeDocuments() throws IOException {
		assertThat(FileTypes.detect(zip("archive.docx", "payload.exe", "MZ"))).isEmpty();
		assertThat(FileTypes.detect(zip("archive.docx", "[Content_Types].xml", "<Types/>"))).isEmpty();
		assertThat(FileTypes.detect(openDocument("page.odt", "text/html"))).isEmpty();
		assertThat(FileTypes.detect(binary("broken.docx", new byte[] { 'P', 'K', 3, 4, 0, 0 }))).isEmpty();
	}

	@Test
	void refusesOtherCompoundFiles() throws IOException {
		assertThat(FileTypes.detect(compoundFile("message.doc", "__substg1.0_0037001F"))).isEmpty();
		byte[] header = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThat(FileTypes.detect(binary("broken.doc", header))).isEmpty();
	}

	@Test
	void refusesAnOfficeOpenXmlPackageCarryingAnExecutableOrAPage() throws IOException {
		Map<String, byte[]> parts = officeParts("word/");
		parts.put("payload.exe", executable());
		parts.put("index.html", bytes("<html><script>alert(1)</script></html>"));
		assertRefused(zip("bao-cao.docx", parts), "file.refused.active");
		Map<String, byte[]> stray = officeParts("word/");
		stray.put("notes/readme.txt", bytes("hello"));
		assertRefused(zip("bao-cao.docx", stray), "file.refused.part");
		Map<String, byte[]> inside = officeParts("word/");
		inside.put("word/payload.exe", executable());
		assertRefused(zip("bao-cao.docx", inside), "file.refused.active");
		Map<String, byte[]> page = officeParts("word/");
		page.put("word/index.html", bytes("<html><script>alert(1)</script></html>"));
		assertRefused(zip("bao-cao.docx", page), "file.refused.active");
		Map<String, byte[]> bare = new LinkedHashMap<>();
		bare.put("[Content_Types].xml", bytes("<Types/>"));
		bare.put("payload.exe", executable());
		bare.put("index.html", bytes("<html><script>alert(1)</script></html>"));
		assertThat(FileTypes.detect(zip("archive.zip", bare))).isEmpty();
	}

	@Test
	void refusesAnExecutableOrPageHiddenUnderAnInnocentNameByItsMagic() throws IOException {
		Map<String, byte[]> parts = officeParts("xl/");
		parts.put("xl/media/image1.png", executable());
		assertRefused(zip("so-lieu.xlsx", parts), "file.refused.active");
		Map<String, byte[]> elf = officeParts("xl/");
		elf.put("xl/media/image1.png", new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 });
		assertRefused(zip("so-lieu.xlsx", elf), "file.refused.active");
		Map<String, byte[]> script = officeParts("ppt/");
		script.put("ppt/media/image1.png", bytes("#!/bin/sh\nrm -rf /\n"));
		assertRefused(zip("slides.pptx", script), "file.refused.active");
		Map<String, byte[]> html = officeParts("word/");
		html.put("word/media/image1.png", bytes("\uFEFF  <!DOCTYPE html><title>x</title>"));
		assertRefused(zip("bao-cao.docx", html), "file.refused.active");
	}

	@Test
	void refusesOfficeMacros() throws IOException {
		Map<String, byte[]> parts = officeParts("word/");
		parts.put("word/vbaProject.bin", new byte[64]);
		assertRefused(zip("bao-cao.docx", parts), "file.refused.macros");
		Path doc = this.directory.resolve("macro.doc");
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
			fs.createDocument(new ByteArrayInputStream(new byte[64]), "WordDocument");
			DirectoryEntry macros = fs.getRoot().createDirectory("Macros");
			macros.createDocument("PROJECT", new ByteArrayInputStream(new byte[16]));
			fs.writeFilesystem(out);
		}
		assertRefused(doc, "file.refused.macros");
		Path xls = this.directory.resolve("macro.xls");
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(xls)) {
			fs.createDocument(new ByteArrayInputStream(new byte[64]), "Workbook");
			fs.getRoot()
				.createDirectory("_VBA_PROJECT_CUR")
				.createDocument("PROJECT", new ByteArrayInputStream(new byte[16]));
			fs.writeFilesystem(out);
		}
		assertRefused(xls, "file.refused.macros");
	}

	@Test
	void refusesAnOpenDocumentCarryingAnExecutable() throws IOException {
		Path odt = openDocument("bien-ban.odt", "application/vnd.oasis.opendocument.text", true,
				Map.of("evil.exe", executable()));
		assertRefused(odt, "file.refused.active");
		Path hidden = openDocument("bien-ban.odt", "application/vnd.oasis.opendocument.text", true,
				Map.of("Pictures/anh.png", executable()));
		assertRefused(hidden, "file.refused.active");
		Path basic = openDocument("bien-ban.odt", "application/vnd.oasis.opendocument.text", true,
				Map.of("Basic/Standard/Module1.xml", bytes("<script:module/>")));
		assertRefused(basic, "file.refused.macros");
	}

	@Test
	void refusesAnOpenDocumentWhoseMimetypeIsCompressedOrWithoutManifest() throws IOException {
		assertThat(FileTypes
			.detect(openDocument("bien-ban.odt", "application/vnd.oasis.opendocument.text", false, Map.of())))
			.isEmpty();
		Path noManifest = this.directory.resolve("no-manifest.odt");
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("content.xml", bytes("<office:document-content/>"));
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noManifest))) {
			storedMimetype(zip, "application/vnd.oasis.opendocument.text");
			write(zip, parts);
		}
		assertThat(FileTypes.detect(noManifest)).isEmpty();
	}

	@Test
	void refusesZipBombsAsWordOrExcelFiles() throws IOException {
		for (String main : new String[] { "word/", "xl/" }) {
			Path bomb = binary("bomb.zip", ZipBombs.officePackage(main, 1024));
			assertThat(Files.size(bomb)).isBetween(900_000L, 1_200_000L);
			assertRefused(bomb, "file.refused.ratio");
		}
	}

	@Test
	void refusesAPackageThatInflatesBeyondTheLimitEvenAtAModestRatio() throws IOException {
		// Zeros with one random byte in 256: about 70:1, over 200 MiB in all.
		byte[] block = new byte[1 << 20];
		java.util.Random random = new java.util.Random(42);
		for (int i = 0; i < block.length; i += 256) {
			block[i] = (byte) random.nextInt();
		}
		Path file = binary("lon.docx", ZipBombs.officePackage("word/", 201, block));
		assertThat(Files.size(file) * FileTypes.MAX_RATIO).isGreaterThan(FileTypes.MAX_INFLATED_BYTES);
		assertRefused(file, "file.refused.inflated");
	}

	@Test
	void refusesAPackageWithTooManyEntries() throws IOException {
		Map<String, byte[]> parts = officeParts("word/");
		for (int i = 0; i < FileTypes.MAX_ENTRIES; i++) {
			parts.put("word/media/image" + i + ".png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		}
		assertRefused(zip("nhieu.docx", parts), "file.refused.entries");
	}

	@Test
	void refusesAPackageWithTwoEntriesOfTheSameName() throws IOException {
		// The JDK's writer refuses a second entry of the same name: rename one
		// afterwards,
		// in its local header and in the central directory.
		Map<String, byte[]> parts = officeParts("word/");
		parts.put("word/documenX.xml", bytes("<?xml version=\"1.0\"?><document/>"));
		byte[] zip = Files.readAllBytes(zip("twice.docx", parts));
		byte[] from = bytes("word/documenX.xml");
		byte[] to = bytes("word/document.xml");
		for (int i = 0; i + from.length <= zip.length; i++) {
			if (java.util.Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
				System.arraycopy(to, 0, zip, i, to.length);
			}
		}
		assertThat(FileTypes.detect(binary("twice.docx", zip))).isEmpty();
	}

	@Test
	void refusesAPdfOrImageCarryingHtmlOrScript() throws IOException {
		Path poly = text("poly.pdf", "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n"
				+ "1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
		assertRefused(poly, "file.refused.markup");
		Path png = image("photo.png", "png");
		byte[] withPage = Files.readAllBytes(png);
		byte[] tail = bytes("<SCRIPT>alert(1)</SCRIPT>");
		byte[] both = java.util.Arrays.copyOf(withPage, withPage.length + tail.length);
		System.arraycopy(tail, 0, both, withPage.length, tail.length);
		assertRefused(binary("photo2.png", both), "file.refused.markup");
	}

	@Test
	void acceptsThePdfItWasGiven() throws IOException {
		assertThat(FileTypes.check(text("report.pdf", PDF))).isEqualTo(FileType.PDF);
	}

	private void assertRefused(Path file, String reason) {
		assertThatExceptionOfType(UnacceptableFileException.class).isThrownBy(() -> FileTypes.check(file))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(reason));
		try {
			assertThat(FileTypes.detect(file)).isEmpty();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The parts a minimal Office Open XML package has. */
	private static Map<String, byte[]> officeParts(String main) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", bytes("<?xml version=\"1.0\"?><Types/>"));
		parts.put("_rels/.rels", bytes("<?xml version=\"1.0\"?><Relationships/>"));
		parts.put("docProps/core.xml", bytes("<?xml version=\"1.0\"?><cp:coreProperties/>"));
		parts.put(main + "document.xml", bytes("<?xml version=\"1.0\"?><document/>"));
		return parts;
	}

	private static byte[] executable() {
		byte[] mz = new byte[128];
		mz[0] = 'M';
		mz[1] = 'Z';
		return mz;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static void write(ZipOutputStream zip, Map<String, byte[]> entries) throws IOException {
		for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
			zip.putNextEntry(new ZipEntry(entry.getKey()));
			zip.write(entry.getValue());
			zip.closeEntry();
		}
	}

	private static void storedMimetype(ZipOutputStream zip, String mimetype) throws IOException {
		byte[] declared = mimetype.getBytes(StandardCharsets.US_ASCII);
		ZipEntry first = new ZipEntry("mimetype");
		first.setMethod(ZipEntry.STORED);
		first.setSize(declared.length);
		CRC32 crc = new CRC32();
		crc.update(declared);
		first.setCrc(crc.getValue());
		zip.putNextEntry(first);
		zip.write(declared);
		zip.closeEntry();
	}

	private Path text(String name, String content) throws IOException {
		return Files.writeString(this.directory.resolve(name), content, StandardCharsets.UTF_8);
	}

	private Path binary(String name, byte[] content) throws IOException {
		return Files.write(this.directory.resolve(name), content);
	}

	private Path image(String name, String format) throws IOException {
		BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0xC8102E);
		Path file = this.directory.resolve(name);
		assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
		return file;
	}

	private Path compoundFile(String name, String stream) throws IOException {
		Path file = this.directory.resolve(name);
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			fs.createDocument(new ByteArrayInputStream(new byte[64]), stream);
			fs.writeFilesystem(out);
		}
		return file;
	}

	/**
	 * An OpenDocument-like package: a stored {@code mimetype} entry first, then the
	 * manifest and content.
	 */
	private Path openDocument(String name, String mimetype) throws IOException {
		return openDocument(name, mimetype, true, Map.of());
	}

	private Path openDocument(String name, String mimetype, boolean stored, Map<String, byte[]> extra)
			throws IOException {
		Path file = this.directory.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			if (stored) {
				storedMimetype(zip, mimetype);
			}
			else {
				zip.putNextEntry(new ZipEntry("mimetype"));
				zip.write(mimetype.getBytes(StandardCharsets.US_ASCII));
				zip.closeEntry();
			}
			Map<String, byte[]> parts = new LinkedHashMap<>();
			parts.put("META-INF/manifest.xml", bytes("<?xml version=\"1.0\"?><manifest:manifest/>"));
			parts.put("content.xml", bytes("<?xml version=\"1.0\"?><office:document-content/>"));
			parts.putAll(extra);
			write(zip, parts);
		}
		return file;
	}

	private Path zip(String name, Map<String, byte[]> entries) throws IOException {
		Path file = this.directory.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			write(zip, entries);
		}
		return file;
	}

	private Path zip(String name, String entry, String content) throws IOException {
		Path file = this.directory.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return file;
	}

}
