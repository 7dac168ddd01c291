package org.parindex.reporting.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
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

/**
 * Writes an {@link OfficialDocument} as a Word document (DOCX, Apache POI XWPF) in the
 * layout of Decree 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins top and bottom 20 mm,
 * left 30 mm, right 20 mm; Times New Roman in all four font slots of every run (14 pt
 * body, 13 pt national name and agency, 12 pt tables and "Nơi nhận", 11 pt recipients);
 * the heading as a borderless two-row table (so that the number stays level with the date
 * however the agency's name wraps); rules under the motto, agency and subject as
 * paragraph borders spanning the measured text; justified body with a 1,27 cm first-line
 * indent, 6 pt after and 1,15 line spacing; page numbers centred in the header, none on
 * page 1; tables with fixed column widths, a repeated header row and rows that do not
 * split; the signature in a row that does not split; each annex in its own section whose
 * page numbers restart at 1, landscape when it asks for it.
 */
public final class DocxWriter {

	/**
	 * Times New Roman, named in every run's four font slots (ascii, hAnsi, cs, eastAsia).
	 */
	public static final String FONT = "Times New Roman";

	static final int PAGE_WIDTH = 11906;

	static final int PAGE_HEIGHT = 16838;

	static final int MARGIN_TOP = 1134;

	static final int MARGIN_BOTTOM = 1134;

	static final int MARGIN_LEFT = 1701;

	static final int MARGIN_RIGHT = 1134;

	static final int FIRST_LINE_INDENT = 720;

	private static final int HEADING_LEFT = 3600;

	/** Word's default left and right cell margin (twips). */
	private static final int CELL_MARGIN = 108;

	private final XWPFDocument document = new XWPFDocument();

	private CTHdrFtrRef[] headerReferences = new CTHdrFtrRef[0];

	private DocxWriter() {
	}

	/**
	 * Writes a document.
	 * @param text the document
	 * @param out where the DOCX goes (not closed)
	 * @throws IOException when the output cannot be written
	 */
	public static void write(OfficialDocument text, OutputStream out) throws IOException {
		DocxWriter writer = new DocxWriter();
		try (XWPFDocument document = writer.document) {
			writer.defaults();
			writer.headers();
			writer.heading(text.heading());
			writer.title(text);
			text.addressee().ifPresent(writer::addressee);
			writer.blocks(text.body(), textWidth(false));
			writer.keepWithSignature();
			writer.signature(text.signature(), text.recipients());
			if (!text.contact().isEmpty()) {
				writer.contact(text.contact());
			}
			boolean landscape = false;
			boolean first = true;
			for (Annex annex : text.annexes()) {
				writer.endSection(landscape, first);
				landscape = annex.landscape();
				first = false;
				writer.annex(annex);
			}
			writer.section(writer.bodySection(), landscape, first);
			document.write(out);
		}
	}

	static int textWidth(boolean landscape) {
		return (landscape ? PAGE_HEIGHT : PAGE_WIDTH) - MARGIN_LEFT - MARGIN_RIGHT;
	}

	private CTSectPr bodySection() {
		return this.document.getDocument().getBody().isSetSectPr() ? this.document.getDocument().getBody().getSectPr()
				: this.document.getDocument().getBody().addNewSectPr();
	}

	/** Times New Roman 14 pt for anything typed into the document later. */
	private void defaults() {
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		XWPFStyles styles = this.document.createStyles();
		styles.setDefaultFonts(fonts);
	}

	/** The page number centred in the header; an empty header for page 1. */
	private void headers() {
		XWPFHeader numbered = this.document.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = numbered.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField field = number.getCTP().addNewFldSimple();
		field.setInstr("PAGE");
		CTR run = field.addNewR();
		run.addNewT().setStringValue("1");
		XWPFRun styled = new XWPFRun(run, number);
		font(styled, 13, false, false);
		XWPFHeader empty = this.document.createHeader(HeaderFooterType.FIRST);
		empty.createParagraph();
		this.headerReferences = bodySection().getHeaderReferenceArray();
	}

	/**
	 * Ends the section so far with the page settings it had; the next starts a new page.
	 */
	private void endSection(boolean landscape, boolean first) {
		XWPFParagraph end = this.document.createParagraph();
		CTSectPr section = end.getCTP().addNewPPr().addNewSectPr();
		for (CTHdrFtrRef reference : this.headerReferences) {
			section.addNewHeaderReference().set(reference);
		}
		section(section, landscape, first);
	}

	private void section(CTSectPr section, boolean landscape, boolean first) {
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? PAGE_HEIGHT : PAGE_WIDTH));
		size.setH(BigInteger.valueOf(landscape ? PAGE_WIDTH : PAGE_HEIGHT));
		if (landscape) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
		if (first) {
			// no page number on the text's first page
			if (!section.isSetTitlePg()) {
				section.addNewTitlePg();
			}
		}
		else {
			// each annex numbers its pages from 1, on every page
			if (section.isSetTitlePg()) {
				section.unsetTitlePg();
			}
			section.addNewPgNumType().setStart(BigInteger.ONE);
		}
	}

	private void heading(Heading heading) {
		int width = textWidth(false);
		int left = headingLeft(heading);
		int right = width - left;
		XWPFTable table = table(2, new int[] { left, right }, false);
		XWPFTableCell issuer = table.getRow(0).getCell(0);
		XWPFParagraph line = issuer.getParagraphs().get(0);
		if (!heading.parent().isEmpty()) {
			centred(line, heading.parent(), 13, false, false);
			line = issuer.addParagraph();
		}
		for (int i = 0; i < heading.agency().size(); i++) {
			if (i > 0) {
				line = issuer.addParagraph();
			}
			centred(line, heading.agency().get(i), 13, true, false);
		}
		rule(issuer.addParagraph(), left, left / 3);
		XWPFTableCell state = table.getRow(0).getCell(1);
		centred(state.getParagraphs().get(0), heading.republic(), 13, true, false);
		XWPFParagraph motto = state.addParagraph();
		centred(motto, heading.motto(), 14, true, false);
		// the rule spans the motto: indents leave its measured width and a little slack
		int inside = right - 2 * CELL_MARGIN;
		int indent = Math.max(0, (inside - TextWidths.twips(heading.motto(), 14, true) - 60) / 2);
		motto.setBorderBottom(Borders.SINGLE);
		motto.setIndentationLeft(indent);
		motto.setIndentationRight(indent);
		centred(table.getRow(1).getCell(0).getParagraphs().get(0), heading.number(), 13, false, false);
		centred(table.getRow(1).getCell(1).getParagraphs().get(0), heading.placeAndDate(), 14, false, true);
	}

	/**
	 * The width of the heading's left column (twips): what the national name on the right
	 * leaves, so that it stays on one line (with the cells' margins), within 2400 and
	 * 3600 twips.
	 */
	static int headingLeft(Heading heading) {
		int republic = TextWidths.twips(heading.republic(), 13, true) + 2 * CELL_MARGIN + 120;
		return Math.max(2400, Math.min(HEADING_LEFT, textWidth(false) - republic));
	}

	private void title(OfficialDocument text) {
		XWPFParagraph kind = this.document.createParagraph();
		kind.setSpacingBefore(360);
		centred(kind, text.kind(), 14, true, false);
		if (!text.subject().isEmpty()) {
			XWPFParagraph subject = this.document.createParagraph();
			centred(subject, text.subject(), 14, true, false);
		}
		int width = textWidth(false);
		rule(this.document.createParagraph(), width, width / 4);
	}

	private void addressee(String addressee) {
		XWPFParagraph line = this.document.createParagraph();
		line.setSpacingBefore(120);
		line.setSpacingAfter(240);
		centred(line, addressee, 14, false, false);
	}

	private void blocks(List<Block> blocks, int width) {
		for (Block block : blocks) {
			if (block instanceof Section section) {
				XWPFParagraph line = body();
				line.setAlignment(ParagraphAlignment.LEFT);
				font(line.createRun(), 14, true, false).setText(section.title());
			}
			else if (block instanceof Paragraph paragraph) {
				font(body().createRun(), 14, false, paragraph.italic()).setText(paragraph.text());
			}
			else if (block instanceof Table table) {
				table(table, width);
			}
			else if (block instanceof Image image) {
				image(image);
			}
		}
	}

	/**
	 * Keeps the body's last paragraph on the signature's page: an official text never
	 * leaves its signature alone on a page.
	 */
	private void keepWithSignature() {
		List<XWPFParagraph> paragraphs = this.document.getParagraphs();
		if (!paragraphs.isEmpty()) {
			paragraphs.get(paragraphs.size() - 1).setKeepNext(true);
		}
	}

	private XWPFParagraph body() {
		XWPFParagraph line = this.document.createParagraph();
		line.setAlignment(ParagraphAlignment.BOTH);
		line.setFirstLineIndent(FIRST_LINE_INDENT);
		line.setSpacingBefore(0);
		line.setSpacingAfter(120);
		line.setSpacingBetween(1.15, LineSpacingRule.AUTO);
		return line;
	}

	private void table(Table content, int width) {
		List<Column> columns = content.columns();
		int[] widths = ColumnWidths.fit(content, width, CELL_MARGIN);
		int rows = 1 + (content.numbered() ? 1 : 0) + content.rows().size();
		XWPFTable table = table(columns.size(), widths, true);
		for (int i = 1; i < rows; i++) {
			XWPFTableRow row = table.createRow();
			row.setCantSplitRow(true);
		}
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int c = 0; c < columns.size(); c++) {
			cell(header.getCell(c), columns.get(c).header(), ParagraphAlignment.CENTER, true, false);
		}
		int at = 1;
		if (content.numbered()) {
			XWPFTableRow numbers = table.getRow(at++);
			numbers.setRepeatHeader(true);
			for (int c = 0; c < columns.size(); c++) {
				cell(numbers.getCell(c), "(" + (c + 1) + ")", ParagraphAlignment.CENTER, false, true);
			}
		}
		for (int r = 0; r < content.rows().size(); r++) {
			XWPFTableRow row = table.getRow(at++);
			List<String> cells = content.rows().get(r);
			boolean bold = content.emphasised().contains(r);
			for (int c = 0; c < columns.size(); c++) {
				cell(row.getCell(c), cells.get(c),
						columns.get(c).numeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, bold, false);
			}
		}
		// a little space after the table
		this.document.createParagraph().setSpacingAfter(0);
	}

	private void cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, boolean bold, boolean italic) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		XWPFParagraph line = cell.getParagraphs().get(0);
		line.setAlignment(alignment);
		line.setSpacingAfter(0);
		line.setSpacingBefore(0);
		font(line.createRun(), 12, bold, italic).setText(text);
	}

	private XWPFTable table(int columns, int[] widths, boolean borders) {
		XWPFTable table = this.document.createTable(1, columns);
		table.setTableAlignment(TableRowAlign.CENTER);
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		table.setWidth(Integer.toString(total));
		CTTblPr properties = table.getCTTbl().getTblPr();
		CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid();
		if (grid == null) {
			grid = table.getCTTbl().addNewTblGrid();
		}
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		XWPFTableRow first = table.getRow(0);
		for (int c = 0; c < columns; c++) {
			first.getCell(c).setWidth(Integer.toString(widths[c]));
		}
		if (!borders) {
			table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
			table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
			table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
			table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
			table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
			table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
			table.createRow();
		}
		return table;
	}

	private void image(Image image) {
		XWPFParagraph line = this.document.createParagraph();
		line.setAlignment(ParagraphAlignment.CENTER);
		line.setSpacingBefore(120);
		line.setKeepNext(true);
		try {
			font(line.createRun(), 14, false, false).addPicture(new ByteArrayInputStream(image.png()), PictureType.PNG,
					image.caption() + ".png", Units.toEMU(image.widthMm() * 72.0 / 25.4),
					Units.toEMU(image.heightMm() * 72.0 / 25.4));
		}
		catch (InvalidFormatException | IOException ex) {
			throw new IllegalStateException("A chart could not be placed in the document", ex);
		}
		XWPFParagraph caption = this.document.createParagraph();
		caption.setSpacingAfter(120);
		centred(caption, image.caption(), 12, false, true);
	}

	private void signature(Signature signature, List<String> recipients) {
		int width = textWidth(false);
		XWPFTable table = table(2, new int[] { width / 2, width - width / 2 }, false);
		table.removeRow(1);
		XWPFTableRow row = table.getRow(0);
		row.setCantSplitRow(true);
		XWPFTableCell left = row.getCell(0);
		XWPFParagraph to = left.getParagraphs().get(0);
		to.setSpacingBefore(240);
		to.setSpacingAfter(0);
		font(to.createRun(), 12, true, true).setText(signatureTo());
		for (String recipient : recipients) {
			XWPFParagraph line = left.addParagraph();
			line.setSpacingAfter(0);
			font(line.createRun(), 11, false, false).setText(recipient);
		}
		XWPFTableCell right = row.getCell(1);
		XWPFParagraph line = right.getParagraphs().get(0);
		line.setSpacingBefore(240);
		if (!signature.authority().isEmpty()) {
			centred(line, signature.authority(), 14, true, false);
			line = right.addParagraph();
		}
		centred(line, signature.title(), 14, true, false);
		for (int i = 0; i < 4; i++) {
			right.addParagraph();
		}
		centred(right.addParagraph(), signature.name(), 14, true, false);
	}

	/**
	 * The agency's address, telephone, e-mail and website (Decree 30/2020, Phụ lục I,
	 * cell 14 of the layout): 11 pt, upright, under a rule across the text's width.
	 */
	private void contact(String contact) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setBorderTop(Borders.SINGLE);
		paragraph.setSpacingBefore(240);
		paragraph.setSpacingAfter(0);
		paragraph.setAlignment(ParagraphAlignment.LEFT);
		font(paragraph.createRun(), 11, false, false).setText(contact);
	}

	/** "Nơi nhận:" in NFC, as the decree writes it. */
	private static String signatureTo() {
		return OfficialDocument.nfc("N\u01a1i nh\u1eadn:");
	}

	private void annex(Annex annex) {
		int width = textWidth(annex.landscape());
		XWPFParagraph label = this.document.createParagraph();
		centred(label, annex.label(), 14, true, false);
		centred(this.document.createParagraph(), annex.title(), 14, true, false);
		centred(this.document.createParagraph(), annex.attachedTo(), 14, false, true);
		rule(this.document.createParagraph(), width, width / 5);
		blocks(annex.body(), width);
	}

	/** A short rule: an empty paragraph with a bottom border between two indents. */
	private static void rule(XWPFParagraph paragraph, int width, int length) {
		paragraph.setBorderBottom(Borders.SINGLE);
		paragraph.setIndentationLeft((width - length) / 2);
		paragraph.setIndentationRight((width - length) / 2);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(120);
		XWPFRun run = paragraph.createRun();
		font(run, 2, false, false);
	}

	private static void centred(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		font(paragraph.createRun(), size, bold, italic).setText(text);
	}

	private static XWPFRun font(XWPFRun run, int size, boolean bold, boolean italic) {
		run.setFontFamily(FONT, XWPFRun.FontCharRange.ascii);
		run.setFontFamily(FONT, XWPFRun.FontCharRange.hAnsi);
		run.setFontFamily(FONT, XWPFRun.FontCharRange.cs);
		run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		return run;
	}

}
