package org.parindex.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.util.CellReference;

/**
 * The one reader (and writer) of CSV files. Parsing is Apache Commons CSV's (RFC 4180:
 * fields in double quotes may hold separators, doubled quotes and line breaks); what
 * Commons CSV leaves to its caller is done here and refused with a message that names
 * what was found:
 * <ul>
 * <li><b>Encoding</b>: a byte order mark says UTF-8, UTF-16LE or UTF-16BE (UTF-32 is
 * refused); UTF-16 without a mark is recognised by its NUL bytes: in the first 4 KB at
 * least half of the bytes at even (big-endian) or odd (little-endian) positions are NUL,
 * and few of the others (one in two bytes for ASCII and most Vietnamese text); otherwise
 * the file is UTF-8 if it decodes strictly as UTF-8, else Windows-1258 (what Excel on
 * Vietnamese Windows writes, "CSV (Comma delimited)") if it decodes as that, else it is
 * refused naming the first byte that fits neither. NUL bytes in a file that is not UTF-16
 * are refused (not a text file).</li>
 * <li><b>Unicode form</b>: every cell is normalised to NFC. Windows-1258 writes many
 * Vietnamese letters as a base letter and a combining tone mark ({@code e} + U+0303 for
 * {@code ẽ}); after NFC they are the same characters as from a UTF-8 file.</li>
 * <li><b>Separator</b>: comma, semicolon (Excel's choice where the decimal separator is a
 * comma, as in Vietnamese) or tab, whichever occurs most often outside quotes on the
 * first line with content. A first line with none of them, or with two of them equally
 * often, is refused naming what it has.</li>
 * <li><b>Bounds</b> ({@link ImportLimits}): the file's size, the rows with content, 64
 * columns, 32,767 characters per cell; control characters other than tab and line breaks
 * are refused.</li>
 * <li><b>Formulas</b>: a cell that {@link SpreadsheetText#neutralise} wrote with a
 * leading apostrophe is read back without it.</li>
 * </ul>
 * Exports write through {@link #printer}: RFC 4180, every field quoted, CRLF, after a
 * UTF-8 byte order mark so that Excel reads Vietnamese correctly.
 */
public final class CsvFiles {

	/** The sheet name used for CSV files in messages ("CSV, dòng 4, cột F: …"). */
	public static final String SHEET = "CSV";

	private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	private static final String SEPARATORS = ",;\t";

	/** The bytes at the start of a file without a byte order mark read to spot UTF-16. */
	private static final int UTF16_SAMPLE = 4096;

	private CsvFiles() {
	}

	/**
	 * The rows with content of a CSV file, read from a stream of at most
	 * {@code limits.maxBytes()} bytes.
	 * @throws TabularFileException when the file passes a limit or is not a CSV file this
	 * reader accepts (the message names the encoding, separator, row or cell)
	 * @throws IOException when the stream cannot be read
	 */
	public static List<TableRow> read(InputStream in, ImportLimits limits) throws IOException {
		return read(bounded(in, limits.maxBytes()), limits);
	}

	/**
	 * The rows with content of a CSV file's bytes.
	 * @throws TabularFileException as {@link #read(InputStream, ImportLimits)}
	 */
	public static List<TableRow> read(byte[] bytes, ImportLimits limits) {
		if (bytes.length > limits.maxBytes()) {
			throw tooLarge(limits.maxBytes());
		}
		String text = decode(bytes).text();
		if (text.isBlank()) {
			return List.of();
		}
		char separator = separator(text);
		checkColumns(text, separator);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
		List<TableRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					throw TabularFileException.at(SHEET, (int) Math.max(1, parser.getCurrentLineNumber()), "",
							"import.csv.quotes");
				}
				int number = (int) record.getRecordNumber();
				List<String> cells = new ArrayList<>(record.size());
				for (int column = 0; column < record.size(); column++) {
					cells.add(cell(SpreadsheetText.restore(record.get(column)), number, column));
				}
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (rows.size() > limits.maxRows()) {
					throw TabularFileException.at(SHEET, number, "", limits.rowsMessageKey(), limits.maxRows());
				}
				rows.add(new TableRow(number, cells));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/**
	 * A writer of CSV for exports: RFC 4180 with every field quoted and CRLF line ends.
	 * Write text cells through {@link SpreadsheetText#neutralise}; the caller writes the
	 * byte order mark (U+FEFF) first.
	 */
	public static CSVPrinter printer(Appendable out) throws IOException {
		return new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get());
	}

	/**
	 * The text of a CSV file and the encoding it was read in, chosen as the class
	 * describes; a byte order mark is not part of the text.
	 * @throws TabularFileException naming the encoding or byte that was refused
	 */
	public static Decoded decode(byte[] bytes) {
		if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
			throw TabularFileException.ofFile("import.csv.encoding-unsupported", "UTF-32");
		}
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
		}
		int even = 0;
		int odd = 0;
		int sample = Math.min(bytes.length, UTF16_SAMPLE);
		for (int i = 0; i < sample; i++) {
			if (bytes[i] == 0) {
				if (i % 2 == 0) {
					even++;
				}
				else {
					odd++;
				}
			}
		}
		int pairs = sample / 2;
		if (bytes.length % 2 == 0 && utf16Pattern(odd, even, pairs)) {
			return strict(bytes, 0, StandardCharsets.UTF_16LE, "UTF-16LE");
		}
		if (bytes.length % 2 == 0 && utf16Pattern(even, odd, pairs)) {
			return strict(bytes, 0, StandardCharsets.UTF_16BE, "UTF-16BE");
		}
		if (even + odd > 0 || indexOfNul(bytes) >= 0) {
			throw TabularFileException.ofFile("import.csv.binary", line(bytes, indexOfNul(bytes)));
		}
		try {
			return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
		}
		catch (CharacterCodingException ex) {
			// not UTF-8: Windows-1258, or refused
		}
		CharsetDecoder decoder = decoder(WINDOWS_1258);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw TabularFileException.ofFile("import.csv.encoding",
					String.format(Locale.ROOT, "0x%02X", bytes[in.position()] & 0xFF), line(bytes, in.position()));
		}
		decoder.flush(out);
		return new Decoded(out.flip().toString(), "Windows-1258");
	}

	/**
	 * Whether NUL bytes fall as UTF-16 without a byte order mark puts them: at least half
	 * of the high bytes of the {@code pairs} code units sampled are NUL (every ASCII
	 * character and most Vietnamese letters, whose code points are below U+0100), and NUL
	 * low bytes are rare (at most a quarter as many). One stray NUL in a UTF-8 file is
	 * not such a pattern.
	 */
	private static boolean utf16Pattern(int highNuls, int lowNuls, int pairs) {
		return pairs > 0 && 2 * highNuls >= pairs && highNuls > 4 * lowNuls;
	}

	private static int indexOfNul(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The separator of a CSV text: comma, semicolon or tab, whichever occurs most often
	 * outside quotes on the first line with content.
	 * @throws TabularFileException when that line has none of them (naming the
	 * punctuation it has instead, if any) or two of them equally often
	 */
	public static char separator(String text) {
		int[] counts = new int[SEPARATORS.length()];
		int[] others = new int[128];
		boolean quoted = false;
		boolean content = false;
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!quoted && (c == '\n' || c == '\r')) {
				if (content) {
					break;
				}
				continue;
			}
			if (!Character.isWhitespace(c) || c == '\t') {
				content = true;
			}
			if (line.length() < 60) {
				line.append(c);
			}
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				int separator = SEPARATORS.indexOf(c);
				if (separator >= 0) {
					counts[separator]++;
				}
				else if (c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c)
						&& "()'.-_/".indexOf(c) < 0) {
					others[c]++;
				}
			}
		}
		int best = 0;
		for (int i = 1; i < counts.length; i++) {
			if (counts[i] > counts[best]) {
				best = i;
			}
		}
		if (counts[best] == 0) {
			int other = 0;
			for (int c = 0; c < others.length; c++) {
				if (others[c] > others[other]) {
					other = c;
				}
			}
			if (others[other] > 0) {
				throw TabularFileException.at(SHEET, 1, "", "import.csv.separator-other", String.valueOf((char) other));
			}
			throw TabularFileException.at(SHEET, 1, "", "import.csv.separator-none", line.toString().strip());
		}
		for (int i = 0; i < counts.length; i++) {
			if (i != best && counts[i] == counts[best]) {
				throw TabularFileException.at(SHEET, 1, "", "import.csv.separator-ambiguous",
						name(SEPARATORS.charAt(Math.min(i, best))), name(SEPARATORS.charAt(Math.max(i, best))));
			}
		}
		return SEPARATORS.charAt(best);
	}

	/**
	 * Refuses a record with more than {@link ImportLimits#MAX_COLUMNS} fields before the
	 * parser builds it (a line of a million separators would otherwise become a million
	 * strings).
	 */
	private static void checkColumns(String text, char separator) {
		boolean quoted = false;
		int fields = 1;
		int record = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == separator) {
				fields++;
				if (fields > ImportLimits.MAX_COLUMNS) {
					throw TabularFileException.at(SHEET, record, "", "import.row.columns", ImportLimits.MAX_COLUMNS);
				}
			}
			else if (!quoted && c == '\n') {
				fields = 1;
				record++;
			}
		}
	}

	/**
	 * A cell as stored: trimmed, NFC, at most {@link ImportLimits#MAX_CELL_CHARACTERS},
	 * without control characters other than tab and line breaks.
	 */
	static String cell(String raw, int row, int column) {
		String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
		if (text.length() > ImportLimits.MAX_CELL_CHARACTERS) {
			throw TabularFileException.at(SHEET, row, CellReference.convertNumToColString(column), "import.cell.length",
					ImportLimits.MAX_CELL_CHARACTERS);
		}
		checkControls(text, SHEET, row, column);
		return text;
	}

	/**
	 * Refuses a control character (C0 other than tab, line feed and carriage return; DEL;
	 * C1) in a cell.
	 */
	static void checkControls(String text, String sheet, int row, int column) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
				throw TabularFileException.at(sheet, row, CellReference.convertNumToColString(column),
						"import.cell.control", String.format(Locale.ROOT, "U+%04X", (int) c));
			}
		}
	}

	static byte[] bounded(InputStream in, long maxBytes) throws IOException {
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		if (bytes.length > maxBytes) {
			throw tooLarge(maxBytes);
		}
		return bytes;
	}

	static TabularFileException tooLarge(long maxBytes) {
		return TabularFileException.ofFile("import.file.too-large", megabytes(maxBytes));
	}

	/** A size in megabytes (MiB) for messages, at least 1. */
	static long megabytes(long bytes) {
		return Math.max(1, bytes / (1024 * 1024));
	}

	private static Decoded strict(byte[] bytes, int offset, Charset charset, String name) {
		try {
			return new Decoded(
					decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString(), name);
		}
		catch (CharacterCodingException ex) {
			throw TabularFileException.ofFile("import.csv.encoding-invalid", name);
		}
	}

	private static CharsetDecoder decoder(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** The line (from 1) of a byte offset, counting line feeds. */
	private static int line(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String name(char separator) {
		return switch (separator) {
			case '\t' -> "tab";
			default -> String.valueOf(separator);
		};
	}

	/**
	 * A CSV file's text and the encoding it was read in.
	 *
	 * @param text the text, without a byte order mark, not yet normalised
	 * @param encoding {@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE} or
	 * {@code Windows-1258}
	 */
	public record Decoded(String text, String encoding) {

	}

}
