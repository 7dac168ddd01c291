package org.parindex.reporting.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.parindex.reporting.document.OfficialDocument.Annex;
import org.parindex.reporting.document.OfficialDocument.Block;
import org.parindex.reporting.document.OfficialDocument.Column;
import org.parindex.reporting.document.OfficialDocument.Heading;
import org.parindex.reporting.document.OfficialDocument.Image;
import org.parindex.reporting.document.OfficialDocument.Paragraph;
import org.parindex.reporting.document.OfficialDocument.Section;
import org.parindex.reporting.document.OfficialDocument.Signature;
import org.parindex.reporting.document.OfficialDocument.Table;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DOCX and PDF writers against the checklist of the official layout (Decree
 * 30/2020/NĐ-CP, Phụ lục I; {@code shared/domain/official-documents.md}), on a report
 * with a long table that runs over several pages and two annexes.
 */
class OfficialDocumentWritersTests {

	private static final Pattern NUMBER = Pattern
		.compile("^Số: (0[1-9]|[1-9]\\d+|\\s+)/[A-ZĐ][A-Za-zĐ0-9]*(-[A-ZĐ][A-Za-zĐ0-9&.]*)*$");

	private static final Pattern DATE = Pattern
		.compile("^\\p{Lu}[^,]*, ngày (0[1-9]|[12]\\d|3[01]|\\s+) tháng ([3-9]|1[0-2]|0[12]|\\s+) năm \\d{4}$");

	/** Written decomposed (NFD), as some keyboards type it: the writers store NFC. */
	private static final String DECOMPOSED = Normalizer.normalize("Huyện Đak Pơ là 75,26/100 điểm, xếp thứ 06/17",
			Normalizer.Form.NFD);

	@Test
	void wordDocumentFollowsTheOfficialLayout() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DocxWriter.write(report(), out);
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			// every run names Times New Roman in its four font slots
			List<XWPFRun> runs = new ArrayList<>();
			docx.getParagraphs().forEach((paragraph) -> runs.addAll(paragraph.getRuns()));
			docx.getTables()
				.forEach((table) -> table.getRows()
					.forEach((row) -> row.getTableCells()
						.forEach((cell) -> cell.getParagraphs()
							.forEach((paragraph) -> runs.addAll(paragraph.getRuns())))));
			assertThat(runs).hasSizeGreaterThan(100);
			for (XWPFRun run : runs) {
				CTFonts fonts = run.getCTR().getRPr().getRFontsArray(0);
				assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
					.containsOnly("Times New Roman");
			}
			// A4 portrait, margins 20 / 20 / 30 / 20 mm, no number on page 1
			CTSectPr first = docx.getParagraphs()
				.stream()
				.filter((paragraph) -> paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().isSetSectPr())
				.findFirst()
				.orElseThrow()
				.getCTP()
				.getPPr()
				.getSectPr();
			assertThat(first.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(first.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
			assertThat(first.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
			assertThat(first.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
			assertThat(first.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
			assertThat(first.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1134));
			assertThat(first.isSetTitlePg()).isTrue();
			// the last annex: landscape, numbered from 1
			CTSectPr last = docx.getDocument().getBody().getSectPr();
			assertThat(last.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
			assertThat(last.getPgNumType().getStart()).isEqualTo(BigInteger.ONE);
			assertThat(last.isSetTitlePg()).isFalse();
			assertThat(docx.getHeaderList())
				.anySatisfy((header) -> assertThat(header._getHdrFtr().xmlText()).contains("PAGE"));

			// the heading: a borderless table of two rows
			XWPFTable heading = docx.getTables().get(0);
			XWPFTableCell state = heading.getRow(0).getCell(1);
			XWPFParagraph republic = state.getParagraphs().get(0);
			assertThat(republic.getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
			assertThat(republic.getRuns().get(0).isBold()).isTrue();
			assertThat(republic.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);
			XWPFParagraph motto = state.getParagraphs().get(1);
			assertThat(motto.getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
			assertThat(motto.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
			assertThat(motto.getCTP().getPPr().getPBdr().getBottom()).isNotNull();
			XWPFTableCell issuer = heading.getRow(0).getCell(0);
			assertThat(issuer.getParagraphs().get(0).getText()).isEqualTo("UBND TỈNH GIA LAI");
			assertThat(issuer.getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
			assertThat(issuer.getParagraphs().get(1).getText()).isEqualTo("SỞ NỘI VỤ");
			assertThat(issuer.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
			assertThat(issuer.getParagraphs().get(2).getCTP().getPPr().getPBdr().getBottom()).isNotNull();
			XWPFTableRow numberRow = heading.getRow(1);
			assertThat(numberRow.getCell(0).getText()).matches(NUMBER);
			assertThat(numberRow.getCell(1).getText()).matches(DATE);
			assertThat(numberRow.getCell(1).getParagraphs().get(0).getRuns().get(0).isItalic()).isTrue();

			// body paragraphs: justified, 1,27 cm first line, 6 pt after, no manual
			// breaks
			List<XWPFParagraph> body = docx.getParagraphs()
				.stream()
				.filter((paragraph) -> paragraph.getAlignment() == ParagraphAlignment.BOTH)
				.toList();
			assertThat(body).hasSizeGreaterThanOrEqualTo(3);
			for (XWPFParagraph paragraph : body) {
				assertThat(paragraph.getFirstLineIndent()).isEqualTo(720);
				assertThat(paragraph.getSpacingAfter()).isEqualTo(120);
				assertThat(paragraph.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
				assertThat(paragraph.getCTP().xmlText()).doesNotContain("<w:br");
			}
			assertThat(body.get(body.size() - 1).getText()).endsWith("./.");
			assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText))
				.contains(Normalizer.normalize(DECOMPOSED, Normalizer.Form.NFC));

			// tables: fixed widths, the header row repeated, rows that do not split
			XWPFTable grid = docx.getTables().get(1);
			assertThat(grid.getCTTbl().getTblPr().getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
			assertThat(grid.getRow(0).isRepeatHeader()).isTrue();
			assertThat(grid.getRow(1).isRepeatHeader()).isTrue();
			assertThat(grid.getRow(1).getCell(0).getText()).isEqualTo("(1)");
			assertThat(grid.getRows()).allSatisfy((row) -> assertThat(row.isCantSplitRow()).isTrue());
			assertThat(grid.getRow(2).getCell(2).getText()).isEqualTo("75,26");

			// the signature row does not split; "Nơi nhận:" 12 pt bold italic, recipients
			// 11 pt
			XWPFTable signature = signatureTable(docx);
			assertThat(signature.getRow(0).isCantSplitRow()).isTrue();
			XWPFParagraph to = signature.getRow(0).getCell(0).getParagraphs().get(0);
			assertThat(to.getText()).isEqualTo("Nơi nhận:");
			assertThat(to.getRuns().get(0).isBold()).isTrue();
			assertThat(to.getRuns().get(0).isItalic()).isTrue();
			assertThat(to.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(12.0);
			List<XWPFParagraph> recipients = signature.getRow(0).getCell(0).getParagraphs();
			assertThat(recipients.get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0);
			assertThat(recipients.get(recipients.size() - 1).getText()).isEqualTo("- Lưu: VT, CCHC.");
			List<String> signer = signature.getRow(0)
				.getCell(1)
				.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.filter((text) -> !text.isEmpty())
				.toList();
			assertThat(signer).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A");

			// annexes open with their label, title and what they come with
			assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText)).containsSubsequence("Phụ lục I",
					"BẢNG XẾP HẠNG", "(Kèm theo Báo cáo số      /BC-SNV của Sở Nội vụ)", "Phụ lục II");
			// the chart
			assertThat(docx.getAllPictures()).hasSize(1);
		}
	}

	@Test
	void pdfEmbedsItsFontsAndNumbersPagesAsTheDecreeAsks() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.write(report(), out);
		java.nio.file.Files.write(
				java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "exports")).resolve("sample.pdf"),
				out.toByteArray());
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
			PDPage first = pdf.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("LiberationSerif");
				}
			}
			PDFTextStripper stripper = new PDFTextStripper();
			String all = stripper.getText(pdf);
			assertThat(all).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					Normalizer.normalize(DECOMPOSED, Normalizer.Form.NFC), "75,26", "Nơi nhận:", "Phụ lục II");
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String pageOne = stripper.getText(pdf).strip();
			assertThat(pageOne).startsWith("UBND TỈNH GIA LAI");
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertThat(stripper.getText(pdf).strip()).startsWith("2");
			// each annex: landscape, its own numbering from 1
			List<Integer> annexStarts = new ArrayList<>();
			for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				if (stripper.getText(pdf).contains("Phụ lục I")) {
					annexStarts.add(i);
				}
			}
			assertThat(annexStarts).hasSize(2);
			for (int page : annexStarts) {
				PDPage annex = pdf.getPage(page - 1);
				assertThat(annex.getMediaBox().getWidth()).isGreaterThan(annex.getMediaBox().getHeight());
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(pdf).strip()).startsWith("1");
			}
		}
	}

	@Test
	void pdfLinesBreakAtSpacesNeverInsideDatesRanksOrDocumentNumbers() throws IOException {
		List<Column> columns = List.of(new Column("STT", 8, true), new Column("Văn bản", 20, false),
				new Column("Xếp hạng", 15, false), new Column("Ghi chú", 57, false));
		// the same figures shifted word by word, so that some row puts each of them at a
		// line's end
		List<List<String>> rows = new ArrayList<>();
		for (int shift = 0; shift < 14; shift++) {
			String words = " ở".repeat(shift);
			rows.add(List.of(Integer.toString(shift + 1), "Quyết định" + words + " số 123/QĐ-UBND ngày 24/02/2019",
					"Huyện" + words + " xếp thứ 07/17", "Đạt"));
		}
		Heading heading = new Heading("UBND TỈNH GIA LAI", List.of("SỞ NỘI VỤ"), "Số: 12/BC-SNV",
				"Gia Lai, ngày 05 tháng 01 năm 2022", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc");
		OfficialDocument document = new OfficialDocument(heading, "BÁO CÁO", "Thử ngắt dòng", Optional.empty(),
				List.of(new Table(columns, rows, false, Set.of())), new Signature("", "GIÁM ĐỐC", "Nguyễn Văn A"),
				List.of("- Lưu: VT."), List.of());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.write(document, out);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			List<String> words = List.of(new PDFTextStripper().getText(pdf).strip().split("\\s+"));
			// the narrow cells wrap, but only between words
			assertThat(words.stream().filter("24/02/2019"::equals)).hasSize(14);
			assertThat(words.stream().filter("07/17"::equals)).hasSize(14);
			assertThat(words.stream().filter("123/QĐ-UBND"::equals)).hasSize(14);
			assertThat(words).noneMatch(
					(word) -> word.length() > 1 && (word.startsWith("/") || word.endsWith("/") || word.endsWith("-")));
		}
	}

	@Test
	void columnsAreNeverNarrowerThanTheirLongestWord() throws IOException {
		// the ranking annex's eleven columns: "STT" weighs little beside the unit's name
		List<Column> columns = List.of(new Column("STT", 4, true), new Column("Đơn vị", 22, false),
				new Column("Điểm thẩm định (/64)", 10, true), new Column("Điểm điều tra xã hội học (/30)", 10, true),
				new Column("Điểm thưởng (/6)", 8, true), new Column("Điểm trừ (/8)", 8, true),
				new Column("Tổng điểm", 8, true), new Column("Chỉ số (%)", 8, true), new Column("Xếp hạng", 7, false),
				new Column("Xếp loại", 7, false), new Column("So với năm 2020", 12, false));
		List<List<String>> rows = List.of(List.of("17", "Huyện Chư Prông", "42,36", "28,61", "0,50", "0,00", "71,47",
				"71,47", "17/17", "Khá", "Giảm 03 bậc"));
		Table table = new Table(columns, rows, true, Set.of());
		int width = DocxWriter.textWidth(true);
		int[] widths = ColumnWidths.fit(table, width, 108);
		assertThat(java.util.Arrays.stream(widths).sum()).isEqualTo(width);
		// shared by weight alone, "STT" got 4/104 of the width and broke as "ST / T"
		assertThat(width * 4 / 104).isLessThan(TextWidths.twips("STT", 12, true) + 2 * 108);
		assertThat(widths[0]).isGreaterThanOrEqualTo(TextWidths.twips("STT", 12, true) + 2 * 108);
		for (int c = 0; c < columns.size(); c++) {
			for (String word : (columns.get(c).header() + " " + rows.get(0).get(c)).split(" ")) {
				assertThat(widths[c]).as(word).isGreaterThanOrEqualTo(TextWidths.twips(word, 12, true) + 2 * 108);
			}
		}
		// the Word file's grid carries those widths
		OfficialDocument document = new OfficialDocument(report().heading(), "BÁO CÁO", "Thử cột", Optional.empty(),
				List.of(new Paragraph("Trên đây./.")), new Signature("", "GIÁM ĐỐC", ""), List.of("- Lưu: VT."),
				List.of(new Annex("Phụ lục I", "BẢNG XẾP HẠNG", "(Kèm theo)", List.of(table), true)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DocxWriter.write(document, out);
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			XWPFTable grid = docx.getTables()
				.stream()
				.filter((t) -> t.getText().contains("Chư Prông"))
				.findFirst()
				.orElseThrow();
			assertThat(grid.getCTTbl().getTblGrid().getGridColArray(0).getW()).isEqualTo(BigInteger.valueOf(widths[0]));
		}
	}

	@Test
	void columnWidthsFillTheWidthAndGiveEachItsLeast() {
		java.util.Random random = new java.util.Random(42);
		for (int run = 0; run < 500; run++) {
			int n = 1 + random.nextInt(12);
			List<Column> columns = new ArrayList<>();
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < n; c++) {
				columns.add(new Column("Cột " + "x".repeat(random.nextInt(12)), 1 + random.nextInt(40), false));
				cells.add("1".repeat(1 + random.nextInt(8)));
			}
			Table table = new Table(columns, List.of(cells), random.nextBoolean(), Set.of());
			int width = 3000 + random.nextInt(12000);
			int[] widths = ColumnWidths.fit(table, width, 108);
			int[] least = ColumnWidths.fit(table, 1, 108);
			int sum = java.util.Arrays.stream(least).sum();
			if (sum <= width) {
				assertThat(java.util.Arrays.stream(widths).sum()).isEqualTo(width);
			}
			for (int c = 0; c < n; c++) {
				assertThat(widths[c]).isGreaterThanOrEqualTo(least[c]);
			}
		}
	}

	@Test
	void theSignatureIsNeverAloneOnItsPage() throws IOException {
		// the body grows a paragraph at a time, so that one of these ends at the foot of
		// page 1 with no room left for the signature
		String closing = "Trên đây là báo cáo kết quả./.";
		for (int filler = 14; filler <= 34; filler++) {
			List<Block> body = new ArrayList<>();
			for (int i = 0; i < filler; i++) {
				body.add(new Paragraph("Đoạn " + (i + 1) + " của báo cáo."));
			}
			body.add(new Paragraph(closing));
			OfficialDocument document = new OfficialDocument(report().heading(), "BÁO CÁO", "Thử trang",
					Optional.empty(), body, new Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"),
					List.of("- Như trên;", "- Lưu: VT."), List.of());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfWriter.write(document, out);
			try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
				PDFTextStripper stripper = new PDFTextStripper();
				for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
					stripper.setStartPage(page);
					stripper.setEndPage(page);
					String text = stripper.getText(pdf);
					if (text.contains("Nơi nhận:")) {
						assertThat(text).as("%d paragraphs, page %d", filler, page).contains(closing);
					}
				}
			}
			out.reset();
			DocxWriter.write(document, out);
			try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
				XWPFParagraph last = docx.getParagraphs()
					.stream()
					.filter((paragraph) -> paragraph.getText().equals(closing))
					.findFirst()
					.orElseThrow();
				assertThat(last.getCTP().getPPr().isSetKeepNext()).isTrue();
			}
		}
	}

	/**
	 * Issue 12, item 2: the agency's address, telephone, e-mail and website go after the
	 * recipients (Decree 30/2020, Phụ lục I, cell 14), 11 pt upright under a rule across
	 * the text; a text without them has no such line.
	 */
	@Test
	void theAgencysContactLineFollowsTheRecipientsUnderARule() throws IOException {
		OfficialDocument plain = report();
		String contact = "Địa chỉ: Số 1 đường Minh Họa, phường Pleiku, tỉnh Gia Lai; Điện thoại: 0269 3000 000; "
				+ "Thư điện tử: sonoivu@gialai.example.vn";
		OfficialDocument withContact = new OfficialDocument(plain.heading(), plain.kind(), plain.subject(),
				plain.addressee(), plain.body(), plain.signature(), plain.recipients(), plain.annexes(), contact);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DocxWriter.write(withContact, out);
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
			List<org.apache.poi.xwpf.usermodel.IBodyElement> elements = docx.getBodyElements();
			int signature = -1;
			for (int i = 0; i < elements.size(); i++) {
				if (elements.get(i) instanceof org.apache.poi.xwpf.usermodel.XWPFTable table
						&& table.getText().contains("Nơi nhận:")) {
					signature = i;
				}
			}
			assertThat(signature).isNotNegative();
			XWPFParagraph line = (XWPFParagraph) elements.get(signature + 1);
			assertThat(line.getText()).isEqualTo(contact);
			assertThat(line.getBorderTop()).isEqualTo(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
			assertThat(line.getRuns()).allSatisfy((run) -> {
				assertThat(run.getFontSizeAsDouble()).isEqualTo(11.0);
				assertThat(run.isBold()).isFalse();
				assertThat(run.isItalic()).isFalse();
			});
		}
		ByteArrayOutputStream plainOut = new ByteArrayOutputStream();
		DocxWriter.write(plain, plainOut);
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(plainOut.toByteArray()))) {
			assertThat(docx.getParagraphs())
				.noneSatisfy((paragraph) -> assertThat(paragraph.getText()).startsWith("Địa chỉ:"));
		}
		ByteArrayOutputStream pdfOut = new ByteArrayOutputStream();
		PdfWriter.write(withContact, pdfOut);
		try (PDDocument pdf = Loader.loadPDF(pdfOut.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Địa chỉ: Số 1 đường Minh Họa, phường Pleiku, tỉnh Gia Lai",
					"Thư điện tử: sonoivu@gialai.example.vn");
			assertThat(text.indexOf("Địa chỉ:")).isGreaterThan(text.indexOf("Lưu: VT, CCHC."));
			assertThat(text.indexOf("Địa chỉ:")).isLessThan(text.indexOf("Phụ lục I"));
		}
	}

	@Test
	void aRowWithTheWrongNumberOfCellsIsRefused() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new Table(List.of(new Column("A", 1, false), new Column("B", 1, false)),
					List.of(List.of("only one")), false, Set.of()))
			.withMessageContaining("1 cells for 2 columns");
	}

	private static XWPFTable signatureTable(XWPFDocument docx) {
		for (IBodyElement element : docx.getBodyElements()) {
			if (element instanceof XWPFTable table && table.getText().contains("Nơi nhận:")) {
				return table;
			}
		}
		throw new AssertionError("no signature table");
	}

	/** A province's report: a heading, a long ranking table, a chart and two annexes. */
	static OfficialDocument report() {
		Heading heading = new Heading("UBND TỈNH GIA LAI", List.of("SỞ NỘI VỤ"), "Số:      /BC-SNV",
				"Gia Lai, ngày 05 tháng 01 năm 2022", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc");
		List<Column> columns = List.of(new Column("STT", 5, true), new Column("Đơn vị", 30, false),
				new Column("Tổng điểm", 10, true), new Column("Xếp hạng", 10, true));
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("1", "Huyện Đak Pơ", "75,26", "06/17"));
		for (int i = 2; i <= 80; i++) {
			rows.add(List.of(Integer.toString(i), "Xã thứ " + i, "60,00", i + "/80"));
		}
		Table ranking = new Table(columns, rows, true, Set.of());
		byte[] chart = Charts.areas(List.of("1", "2", "3"),
				List.of(Optional.of(new java.math.BigDecimal("80")), Optional.empty(),
						Optional.of(new java.math.BigDecimal("55.5"))),
				List.of(new java.math.BigDecimal("70"), new java.math.BigDecimal("60"), new java.math.BigDecimal("65")),
				"Huyện Đak Pơ", "Trung bình", "% điểm tối đa", 150, 75);
		List<Block> body = List.of(new Paragraph("Căn cứ Quyết định số 1150/QĐ-UBND;", true), new Section("I. KẾT QUẢ"),
				new Paragraph(DECOMPOSED), ranking, new Image(chart, 150, 75, "Biểu đồ 1. Điểm theo lĩnh vực"),
				new Paragraph("Trên đây là báo cáo kết quả./."));
		String attached = "(Kèm theo Báo cáo số      /BC-SNV của Sở Nội vụ)";
		List<Annex> annexes = List.of(
				new Annex("Phụ lục I", "BẢNG XẾP HẠNG", attached,
						List.of(new Table(columns, rows.subList(0, 5), true, Set.of())), true),
				new Annex("Phụ lục II", "ĐIỂM THEO LĨNH VỰC", attached,
						List.of(new Table(columns, rows.subList(0, 3), true, Set.of(2))), true));
		return new OfficialDocument(heading, "BÁO CÁO", "Kết quả Chỉ số cải cách hành chính năm 2021",
				Optional.of("Kính gửi: Ủy ban nhân dân tỉnh Gia Lai"), body,
				new Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"),
				List.of("- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, CCHC."), annexes);
	}

}
