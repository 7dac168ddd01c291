package org.parindex.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

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
	 * An OpenDocument-like package: a stored {@code mimetype} entry first, then content.
	 */
	private Path openDocument(String name, String mimetype) throws IOException {
		Path file = this.directory.resolve(name);
		byte[] declared = mimetype.getBytes(StandardCharsets.US_ASCII);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(declared.length);
			CRC32 crc = new CRC32();
			crc.update(declared);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(declared);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
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
