package org.parindex.reporting.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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
 * Writes an {@link OfficialDocument} as PDF (openhtmltopdf over PDFBox) in the same
 * layout as {@link DocxWriter}: A4, margins 20 / 20 / 20 / 30 mm, page numbers centred at
 * the top from page 2, each annex on its own pages numbered from 1 (landscape when it
 * asks), table headers repeated on each page and rows never split. Times New Roman is not
 * free to embed, so the PDF embeds the bundled Liberation Serif (subset), which has the
 * same metrics and every Vietnamese letter; nothing depends on the fonts of the server.
 * Lines break only between words ({@link SpaceLineBreaker}), so dates, ranks and document
 * numbers stay whole.
 */
public final class PdfWriter {

	/**
	 * The text's width on a portrait page: A4's 210 mm less 30 mm and 20 mm margins
	 * (twips).
	 */
	private static final int PORTRAIT_WIDTH = 9071;

	/** The text's width on a landscape annex: 297 mm less the margins, 247 mm (twips). */
	private static final int LANDSCAPE_WIDTH = 14003;

	/** A table cell's padding (3 pt) and half its 0.5 pt border, each side (twips). */
	private static final int CELL_PADDING = 65;

	private static final String STYLE = """
			@page { size: A4; margin: 20mm 20mm 20mm 30mm;
			  @top-center { content: counter(page); font-family: 'Liberation Serif'; font-size: 13pt; } }
			@page :first { @top-center { content: none; } }
			@page annex { size: A4; margin: 20mm 20mm 20mm 30mm;
			  @top-center { content: counter(page); font-family: 'Liberation Serif'; font-size: 13pt; } }
			@page wide { size: A4 landscape; margin: 20mm 20mm 20mm 30mm;
			  @top-center { content: counter(page); font-family: 'Liberation Serif'; font-size: 13pt; } }
			body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.2; margin: 0; }
			p { margin: 0 0 6pt 0; }
			.body { text-align: justify; text-indent: 12.7mm; }
			.italic { font-style: italic; }
			.section { font-weight: bold; text-indent: 12.7mm; margin-top: 6pt; }
			.centre { text-align: center; }
			table.heading { width: 100%; border-collapse: collapse; table-layout: fixed; }
			table.heading td { vertical-align: top; text-align: center; padding: 0; }
			.agency { font-size: 13pt; font-weight: bold; }
			.parent { font-size: 13pt; }
			.republic { font-size: 13pt; font-weight: bold; }
			.motto { font-size: 14pt; font-weight: bold; }
			.motto span { border-bottom: 0.75pt solid #000; padding-bottom: 1pt; }
			.number { font-size: 13pt; padding-top: 6pt; white-space: pre; }
			.date { font-style: italic; padding-top: 6pt; }
			.rule { border-top: 0.75pt solid #000; margin: 4pt auto 6pt auto; height: 1pt; font-size: 1pt; }
			.kind { font-weight: bold; text-align: center; margin-top: 18pt; margin-bottom: 0; }
			.subject { font-weight: bold; text-align: center; margin-bottom: 0; }
			table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 3pt 0 9pt 0;
			  -fs-table-paginate: paginate; font-size: 12pt; }
			table.grid th, table.grid td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: middle;
			  word-wrap: break-word; }
			table.grid th { font-weight: bold; text-align: center; }
			table.grid tr { page-break-inside: avoid; }
			table.grid td.num { text-align: right; }
			table.grid tr.numbers th { font-weight: normal; font-style: italic; }
			table.grid tr.strong td { font-weight: bold; }
			.figure { text-align: center; margin-top: 6pt; page-break-inside: avoid; }
			.caption { font-size: 12pt; font-style: italic; text-align: center; }
			.closing { page-break-inside: avoid; }
			table.signature { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 12pt;
			  page-break-inside: avoid; }
			table.signature td { vertical-align: top; padding: 0; }
			.to { font-size: 12pt; font-weight: bold; font-style: italic; margin: 0; }
			.recipient { font-size: 11pt; margin: 0; }
			.contact { font-size: 11pt; border-top: 0.75pt solid #000; padding-top: 2pt; margin: 12pt 0 0 0; }
			.signer { text-align: center; font-weight: bold; margin: 0; }
			.space { height: 25mm; }
			.annex { page: annex; -fs-page-sequence: start; page-break-before: always; }
			.annex.wide { page: wide; width: 247mm; }
			.label { font-weight: bold; text-align: center; margin: 0; }
			""";

	private final StringBuilder html = new StringBuilder(16384);

	private PdfWriter() {
	}

	/**
	 * Writes a document.
	 * @param text the document
	 * @param out where the PDF goes (not closed)
	 * @throws IOException when the PDF cannot be written
	 */
	public static void write(OfficialDocument text, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useUnicodeLineBreaker(new SpaceLineBreaker());
		font(builder, "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL);
		font(builder, "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL);
		font(builder, "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC);
		font(builder, "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
		builder.withHtmlContent(xhtml(text), null);
		builder.toStream(out);
		builder.run();
	}

	/** The document as the XHTML the PDF is rendered from. */
	static String xhtml(OfficialDocument text) {
		PdfWriter writer = new PdfWriter();
		writer.html.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"/><title>")
			.append(escape(text.kind() + " " + text.subject()))
			.append("</title><style>")
			.append(STYLE)
			.append("</style></head><body>");
		writer.heading(text.heading());
		writer.html.append("<p class=\"kind\">").append(escape(text.kind())).append("</p>");
		if (!text.subject().isEmpty()) {
			writer.html.append("<p class=\"subject\">").append(escape(text.subject())).append("</p>");
		}
		writer.html.append("<div class=\"rule\" style=\"width: 25%\"></div>");
		text.addressee()
			.ifPresent((addressee) -> writer.html.append("<p class=\"centre\" style=\"margin: 6pt 0 12pt 0\">")
				.append(escape(addressee))
				.append("</p>"));
		List<Block> body = text.body();
		if (!body.isEmpty() && body.get(body.size() - 1) instanceof Paragraph) {
			// an official text never leaves its signature alone on a page
			writer.blocks(body.subList(0, body.size() - 1), PORTRAIT_WIDTH);
			writer.html.append("<div class=\"closing\">");
			writer.blocks(body.subList(body.size() - 1, body.size()), PORTRAIT_WIDTH);
			writer.signature(text.signature(), text.recipients());
			writer.contact(text.contact());
			writer.html.append("</div>");
		}
		else {
			writer.blocks(body, PORTRAIT_WIDTH);
			writer.signature(text.signature(), text.recipients());
			writer.contact(text.contact());
		}
		for (Annex annex : text.annexes()) {
			writer.annex(annex);
		}
		writer.html.append("</body></html>");
		return writer.html.toString();
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		builder.useFont(() -> TextWidths.open(file), TextWidths.FAMILY, weight, style, true);
	}

	private void heading(Heading heading) {
		int left = DocxWriter.headingLeft(heading) * 100 / DocxWriter.textWidth(false);
		this.html.append("<table class=\"heading\"><col style=\"width: ")
			.append(left)
			.append("%\"/><col style=\"width: ")
			.append(100 - left)
			.append("%\"/><tr><td>");
		if (!heading.parent().isEmpty()) {
			this.html.append("<p class=\"parent\" style=\"margin: 0\">")
				.append(escape(heading.parent()))
				.append("</p>");
		}
		for (String line : heading.agency()) {
			this.html.append("<p class=\"agency\" style=\"margin: 0\">").append(escape(line)).append("</p>");
		}
		this.html.append(
				"<div class=\"rule\" style=\"width: 33%\"></div></td><td><p class=\"republic\" style=\"margin: 0\">")
			.append(escape(heading.republic()))
			.append("</p><p class=\"motto\" style=\"margin: 0\"><span>")
			.append(escape(heading.motto()))
			.append("</span></p></td></tr><tr><td class=\"number\">")
			.append(escape(heading.number()))
			.append("</td><td class=\"date\">")
			.append(escape(heading.placeAndDate()))
			.append("</td></tr></table>");
	}

	private void blocks(List<Block> blocks, int width) {
		for (Block block : blocks) {
			if (block instanceof Section section) {
				this.html.append("<p class=\"section\">").append(escape(section.title())).append("</p>");
			}
			else if (block instanceof Paragraph paragraph) {
				this.html.append("<p class=\"body")
					.append(paragraph.italic() ? " italic" : "")
					.append("\">")
					.append(escape(paragraph.text()))
					.append("</p>");
			}
			else if (block instanceof Table table) {
				table(table, width);
			}
			else if (block instanceof Image image) {
				this.html.append("<div class=\"figure\"><img alt=\"")
					.append(escape(image.caption()))
					.append("\" style=\"width: ")
					.append(image.widthMm())
					.append("mm; height: ")
					.append(image.heightMm())
					.append("mm\" src=\"data:image/png;base64,")
					.append(Base64.getEncoder().encodeToString(image.png()))
					.append("\"/><p class=\"caption\">")
					.append(escape(image.caption()))
					.append("</p></div>");
			}
		}
	}

	private void table(Table table, int width) {
		int[] widths = ColumnWidths.fit(table, width, CELL_PADDING);
		int total = Arrays.stream(widths).sum();
		this.html.append("<table class=\"grid\">");
		for (int column : widths) {
			this.html.append("<col style=\"width: ")
				.append(String.format(java.util.Locale.ROOT, "%.2f", column * 100.0 / total))
				.append("%\"/>");
		}
		this.html.append("<thead><tr>");
		for (Column column : table.columns()) {
			this.html.append("<th>").append(escape(column.header())).append("</th>");
		}
		this.html.append("</tr>");
		if (table.numbered()) {
			this.html.append("<tr class=\"numbers\">");
			for (int c = 1; c <= table.columns().size(); c++) {
				this.html.append("<th>(").append(c).append(")</th>");
			}
			this.html.append("</tr>");
		}
		this.html.append("</thead><tbody>");
		for (int r = 0; r < table.rows().size(); r++) {
			this.html.append(table.emphasised().contains(r) ? "<tr class=\"strong\">" : "<tr>");
			List<String> cells = table.rows().get(r);
			for (int c = 0; c < cells.size(); c++) {
				this.html.append(table.columns().get(c).numeric() ? "<td class=\"num\">" : "<td>")
					.append(escape(cells.get(c)))
					.append("</td>");
			}
			this.html.append("</tr>");
		}
		this.html.append("</tbody></table>");
	}

	private void signature(Signature signature, List<String> recipients) {
		this.html.append("<table class=\"signature\"><tr><td><p class=\"to\">")
			.append(escape(OfficialDocument.nfc("N\u01a1i nh\u1eadn:")))
			.append("</p>");
		for (String recipient : recipients) {
			this.html.append("<p class=\"recipient\">").append(escape(recipient)).append("</p>");
		}
		this.html.append("</td><td>");
		if (!signature.authority().isEmpty()) {
			this.html.append("<p class=\"signer\">").append(escape(signature.authority())).append("</p>");
		}
		this.html.append("<p class=\"signer\">")
			.append(escape(signature.title()))
			.append("</p><div class=\"space\"></div><p class=\"signer\">")
			.append(escape(signature.name()))
			.append("</p></td></tr></table>");
	}

	/** The agency's contact line (Decree 30/2020, Phụ lục I, cell 14), when given. */
	private void contact(String contact) {
		if (!contact.isEmpty()) {
			this.html.append("<p class=\"contact\">").append(escape(contact)).append("</p>");
		}
	}

	private void annex(Annex annex) {
		this.html.append(annex.landscape() ? "<div class=\"annex wide\">" : "<div class=\"annex\">")
			.append("<p class=\"label\">")
			.append(escape(annex.label()))
			.append("</p><p class=\"label\">")
			.append(escape(annex.title()))
			.append("</p><p class=\"centre italic\" style=\"margin: 0\">")
			.append(escape(annex.attachedTo()))
			.append("</p><div class=\"rule\" style=\"width: 20%\"></div>");
		blocks(annex.body(), annex.landscape() ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH);
		this.html.append("</div>");
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
