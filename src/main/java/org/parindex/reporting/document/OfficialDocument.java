package org.parindex.reporting.document;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * An administrative text in the layout of Decree 30/2020/NĐ-CP, Phụ lục I, independent of
 * the file it is written to ({@link DocxWriter}, {@link PdfWriter}): the heading (issuing
 * agency beside the national motto, number beside place and date), the kind and subject,
 * the body, the signature and recipients, and the annexes (Phụ lục), each on its own
 * pages with page numbers restarting at 1. Every text is kept in Unicode NFC ("dựng
 * sẵn"), as the decree's font standard TCVN 6909:2001 expects.
 *
 * @param heading the two-column heading of page 1
 * @param kind the kind of text, upper case ({@code BÁO CÁO})
 * @param subject the subject line under the kind ({@code Kết quả Chỉ số …}), empty for
 * none
 * @param addressee the addressee of a report sent upward
 * ({@code Ủy ban nhân dân tỉnh …}), shown after "Kính gửi:"
 * @param body the blocks of the text, in order; its last paragraph ends with {@code ./.}
 * @param signature who signs, under the text at the right
 * @param recipients the recipients under "Nơi nhận:", each written {@code - …;} with the
 * last {@code - Lưu: VT….}
 * @param annexes the annexes, in order (Phụ lục I, II …), each cited in the body
 * @param contact the issuing agency's address, telephone, e-mail and website in one line
 * ({@code Địa chỉ: …; Điện thoại: …}), printed where Decree 30/2020, Phụ lục I puts them
 * (cell 14 of its layout, after the recipients): 11 pt, upright, under a rule across the
 * text's width; empty for none
 */
public record OfficialDocument(Heading heading, String kind, String subject, Optional<String> addressee,
		List<Block> body, Signature signature, List<String> recipients, List<Annex> annexes, String contact) {

	/** A text without the agency's contact line. */
	public OfficialDocument(Heading heading, String kind, String subject, Optional<String> addressee, List<Block> body,
			Signature signature, List<String> recipients, List<Annex> annexes) {
		this(heading, kind, subject, addressee, body, signature, recipients, annexes, "");
	}

	public OfficialDocument {
		contact = nfc(contact.strip());
		kind = nfc(kind);
		subject = nfc(subject);
		addressee = addressee.map(OfficialDocument::nfc);
		body = List.copyOf(body);
		recipients = recipients.stream().map(OfficialDocument::nfc).toList();
		annexes = List.copyOf(annexes);
	}

	/** Text in Unicode NFC. */
	static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * The heading of page 1 (Decree 30/2020, Phụ lục I, items 1 to 5).
	 *
	 * @param parent the parent agency, upper case and not bold
	 * ({@code UBND TỈNH GIA LAI}); empty for none
	 * @param agency the issuing agency, upper case and bold, one line each
	 * ({@code SỞ NỘI VỤ}); at least one line
	 * @param number the number line ({@code Số:      /BC-SNV}: the number is left blank
	 * for the office to fill in when the text is issued)
	 * @param placeAndDate the place and date ({@code Gia Lai, ngày 24 tháng 5 năm 2022})
	 * @param republic the national name ({@code CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM})
	 * @param motto the motto ({@code Độc lập - Tự do - Hạnh phúc})
	 */
	public record Heading(String parent, List<String> agency, String number, String placeAndDate, String republic,
			String motto) {

		public Heading {
			parent = nfc(parent);
			agency = agency.stream().map(OfficialDocument::nfc).toList();
			if (agency.isEmpty()) {
				throw new IllegalArgumentException("A heading names its issuing agency");
			}
			number = nfc(number);
			placeAndDate = nfc(placeAndDate);
			republic = nfc(republic);
			motto = nfc(motto);
		}

	}

	/** A part of the text's body. */
	public sealed interface Block permits Section, Paragraph, Table, Image {

	}

	/**
	 * A section heading ({@code I. KẾT QUẢ}), bold, at the body's indent.
	 */
	public record Section(String title) implements Block {

		public Section {
			title = nfc(title);
		}

	}

	/**
	 * A body paragraph: justified, first-line indent 1,27 cm, 6 pt after.
	 *
	 * @param italic for the căn cứ lines and notes
	 */
	public record Paragraph(String text, boolean italic) implements Block {

		public Paragraph {
			text = nfc(text);
		}

		public Paragraph(String text) {
			this(text, false);
		}

	}

	/**
	 * A table with a header row repeated on each page, fixed column widths and rows that
	 * never split across pages.
	 *
	 * @param columns the columns, left to right
	 * @param rows the cells of each row, one per column
	 * @param numbered whether a row of column numbers {@code (1) (2) …} follows the
	 * header, as annex tables have
	 * @param emphasised the indexes of rows written in bold (areas, totals)
	 */
	public record Table(List<Column> columns, List<List<String>> rows, boolean numbered,
			java.util.Set<Integer> emphasised) implements Block {

		public Table {
			columns = List.copyOf(columns);
			rows = rows.stream().map((row) -> row.stream().map(OfficialDocument::nfc).toList()).toList();
			for (List<String> row : rows) {
				if (row.size() != columns.size()) {
					throw new IllegalArgumentException(
							"A row has " + row.size() + " cells for " + columns.size() + " columns");
				}
			}
			emphasised = java.util.Set.copyOf(emphasised);
		}

	}

	/**
	 * A column of a table.
	 *
	 * @param header the header text
	 * @param width the column's share of the table's width (any positive weights)
	 * @param numeric whether the cells are figures (right-aligned)
	 */
	public record Column(String header, int width, boolean numeric) {

		public Column {
			header = nfc(header);
			if (width <= 0) {
				throw new IllegalArgumentException("A column's width is positive");
			}
		}

	}

	/**
	 * A chart or other picture, centred, with its caption under it.
	 *
	 * @param png the picture, PNG
	 * @param widthMm its printed width in millimetres
	 * @param heightMm its printed height in millimetres
	 * @param caption the caption, also the picture's alternative text
	 */
	public record Image(byte[] png, int widthMm, int heightMm, String caption) implements Block {

		public Image {
			png = png.clone();
			caption = nfc(caption);
		}

	}

	/**
	 * Who signs (Decree 30/2020, Phụ lục I, item 7): the authority line
	 * ({@code TM. ỦY BAN NHÂN DÂN}, {@code KT. GIÁM ĐỐC}; empty when the head signs), the
	 * signer's title ({@code PHÓ GIÁM ĐỐC}) and name (empty when not known yet: the space
	 * is left for the signature).
	 */
	public record Signature(String authority, String title, String name) {

		public Signature {
			authority = nfc(authority);
			title = nfc(title);
			name = nfc(name);
		}

	}

	/**
	 * An annex (Phụ lục): its label ({@code Phụ lục I}), upper-case title, the line
	 * saying what it comes with ({@code (Kèm theo Báo cáo số …)}) and its blocks, on its
	 * own pages.
	 *
	 * @param landscape whether its pages are A4 landscape (wide tables)
	 */
	public record Annex(String label, String title, String attachedTo, List<Block> body, boolean landscape) {

		public Annex {
			label = nfc(label);
			title = nfc(title);
			attachedTo = nfc(attachedTo);
			body = List.copyOf(body);
		}

	}

}
