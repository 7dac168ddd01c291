package org.parindex.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads sheets of an XLSX workbook as a stream of XML events (POI's {@link XSSFReader}
 * with a SAX handler), never as a whole workbook in memory: memory grows with the shared
 * strings and the rows kept (at most {@link ImportLimits#maxRows()} plus a header), not
 * with the size of the sheet, and reading stops at the first row past the limit.
 * <p>
 * Before anything is unzipped the workbook's parts are checked against
 * {@link ImportLimits}: their number, each part's compression ratio (a zip bomb: a few
 * kilobytes that inflate to gigabytes) and the uncompressed size of each part that is
 * read whole (the shared strings); a sheet's size is counted as it is streamed. POI
 * checks sizes and ratios again while inflating (its {@code ZipSecureFile} limits, which
 * {@link ImportSettings} sets from the same settings), for parts whose declared sizes
 * lie.
 * <p>
 * Cells: text (shared or inline) as it is; numbers as plain decimals without trailing
 * zeros ({@code 2.5}, {@code 12}), and kept as numbers ({@link TableRow#numbers()}) so
 * that imports read them as numbers, never as Vietnamese text; booleans as
 * {@code TRUE}/{@code FALSE}. A formula cell gives its cached value, the result the
 * spreadsheet program last computed, never its formula text ({@code =HYPERLINK(…)} gives
 * the link's label); a formula without a cached value (a file written by a program that
 * does not compute) and an error value ({@code #REF!}) are refused naming the cell. Every
 * cell is trimmed and normalised to NFC.
 */
public final class XlsxFiles {

	/** POI's own grace size: parts smaller than this are not checked for their ratio. */
	private static final long RATIO_GRACE_BYTES = 100_000;

	/** The most parts (zip entries) in a workbook, as POI's default. */
	private static final int MAX_PARTS = 1000;

	private XlsxFiles() {
	}

	/**
	 * The rows with content of the first sheet.
	 * @throws TabularFileException when the file passes a limit or is not a readable XLSX
	 * workbook (the message names the limit, part, row or cell)
	 * @throws IOException when the stream or a temporary file cannot be read or written
	 */
	public static List<TableRow> readFirstSheet(InputStream in, ImportLimits limits) throws IOException {
		return readFirstSheetNamed(in, limits).getValue();
	}

	/**
	 * The first sheet's name, as the workbook spells it (diacritics kept), with its rows
	 * with content; an empty name and no rows when the workbook has no sheet.
	 * @throws TabularFileException as {@link #readFirstSheet}
	 * @throws IOException as {@link #readFirstSheet}
	 */
	public static Map.Entry<String, List<TableRow>> readFirstSheetNamed(InputStream in, ImportLimits limits)
			throws IOException {
		return choose(in, limits, null);
	}

	/**
	 * The most sheets looked through for the table: a workbook with an instructions sheet
	 * or two before its table is common, one with dozens is not a template.
	 */
	public static final int MAX_SHEETS_LOOKED_AT = 20;

	/**
	 * The sheet (of the first {@value #MAX_SHEETS_LOOKED_AT}) that the import recognises
	 * as its table, the largest if several are, with its name as the workbook spells it;
	 * the first sheet when none is recognised. An officer's workbook often has an
	 * instructions sheet, a cover or last year's table before the one to import (walk of
	 * issue 12: the instructions sheet was read as data).
	 * @param isTable whether a sheet's rows with content are the import's table (its
	 * header row is there); of several, the one with the most rows is read
	 * @throws TabularFileException as {@link #readFirstSheet}
	 * @throws IOException as {@link #readFirstSheet}
	 */
	public static Map.Entry<String, List<TableRow>> readTable(InputStream in, ImportLimits limits,
			Predicate<List<TableRow>> isTable) throws IOException {
		return readBestTable(in, limits, scoreOf(isTable));
	}

	/**
	 * A recognised table's score for {@link #readBestTable}: its rows (at least 1); 0 for
	 * a sheet not recognised.
	 */
	static ToIntFunction<List<TableRow>> scoreOf(Predicate<List<TableRow>> isTable) {
		return (rows) -> isTable.test(rows) ? Math.max(1, rows.size()) : 0;
	}

	/**
	 * The sheet (of the first {@value #MAX_SHEETS_LOOKED_AT}) whose rows score highest as
	 * the import's table, the first of equals; the first sheet when every score is 0. An
	 * instructions sheet that quotes the header, or an example row, scores less than the
	 * table it explains (walk of issue 12, second round). A sheet refused while it is
	 * read (a cell too long, an error value) is passed over; when no sheet scores, the
	 * first sheet's refusal stands.
	 * @param score how much a sheet's rows with content look like the import's table: 0
	 * for not at all, else (for instance) how many of its rows are the table's
	 * @throws TabularFileException as {@link #readFirstSheet}
	 * @throws IOException as {@link #readFirstSheet}
	 */
	public static Map.Entry<String, List<TableRow>> readBestTable(InputStream in, ImportLimits limits,
			ToIntFunction<List<TableRow>> score) throws IOException {
		return choose(in, limits, score);
	}

	private static Map.Entry<String, List<TableRow>> choose(InputStream in, ImportLimits limits,
			@Nullable ToIntFunction<List<TableRow>> score) throws IOException {
		Path file = Files.createTempFile("parindex-import-", ".xlsx");
		try {
			copy(in, file, limits.maxBytes());
			checkParts(file, limits);
			TableChoice choice = new TableChoice(score);
			sheets(file, limits, choice);
			return choice.result();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * The choice of {@link #readBestTable}: the sheet of the highest score above 0, else
	 * the first sheet or its refusal; without a score, the first sheet only.
	 */
	private static final class TableChoice implements Visit {

		private final @Nullable ToIntFunction<List<TableRow>> score;

		private int looked;

		private Map.@Nullable Entry<String, List<TableRow>> first;

		private @Nullable TabularFileException firstRefusal;

		private Map.@Nullable Entry<String, List<TableRow>> best;

		private int bestScore;

		TableChoice(@Nullable ToIntFunction<List<TableRow>> score) {
			this.score = score;
		}

		@Override
		public boolean read(String name, List<TableRow> rows) {
			this.looked++;
			if (this.looked == 1) {
				this.first = Map.entry(name, rows);
			}
			if (this.score == null) {
				return false;
			}
			int scored = this.score.applyAsInt(rows);
			if (scored > this.bestScore) {
				this.best = Map.entry(name, rows);
				this.bestScore = scored;
			}
			return this.looked < MAX_SHEETS_LOOKED_AT;
		}

		@Override
		public boolean refused(String name, TabularFileException refusal) {
			this.looked++;
			if (this.looked == 1) {
				this.firstRefusal = refusal;
			}
			return this.score != null && this.looked < MAX_SHEETS_LOOKED_AT;
		}

		Map.Entry<String, List<TableRow>> result() {
			if (this.best != null) {
				return this.best;
			}
			if (this.firstRefusal != null) {
				throw this.firstRefusal;
			}
			return (this.first != null) ? this.first : Map.entry("", List.of());
		}

	}

	/**
	 * The rows with content of the named sheets, by name, in the workbook's order; a
	 * sheet that the workbook does not have is absent from the map, other sheets are not
	 * read.
	 * @throws TabularFileException as {@link #readFirstSheet}
	 * @throws IOException as {@link #readFirstSheet}
	 */
	public static Map<String, List<TableRow>> read(InputStream in, ImportLimits limits, List<String> sheetNames)
			throws IOException {
		Path file = Files.createTempFile("parindex-import-", ".xlsx");
		try {
			copy(in, file, limits.maxBytes());
			checkParts(file, limits);
			Map<String, List<TableRow>> sheets = new LinkedHashMap<>();
			sheets(file, limits, new Visit() {
				@Override
				public boolean wants(String name) {
					return sheetNames.contains(name);
				}

				@Override
				public boolean read(String name, List<TableRow> rows) {
					sheets.put(name, rows);
					return true;
				}
			});
			return sheets;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** What a reading does with the workbook's sheets, in the workbook's order. */
	private interface Visit {

		/** Whether the sheet is read at all. */
		default boolean wants(String name) {
			return true;
		}

		/**
		 * A sheet read whole.
		 * @return whether to go on to the next sheet
		 */
		boolean read(String name, List<TableRow> rows);

		/**
		 * A sheet refused while it was read.
		 * @return whether to go on to the next sheet (when not, reading stops); by
		 * default the refusal is thrown
		 */
		default boolean refused(String name, TabularFileException refusal) {
			throw refusal;
		}

	}

	private static void copy(InputStream in, Path file, long maxBytes) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			int read;
			while ((read = in.read(buffer)) > 0) {
				total += read;
				if (total > maxBytes) {
					throw CsvFiles.tooLarge(maxBytes);
				}
				out.write(buffer, 0, read);
			}
		}
	}

	/**
	 * Checks the parts' declared sizes: how many, how large uncompressed, how strongly
	 * compressed.
	 */
	private static void checkParts(Path file, ImportLimits limits) throws IOException {
		if (Files.size(file) == 0) {
			// an empty file is empty, not damaged (walk of issue 10, second round, #7)
			throw TabularFileException.ofFile("import.xlsx.empty");
		}
		byte[] head = new byte[8];
		try (InputStream in = Files.newInputStream(file)) {
			int read = in.readNBytes(head, 0, head.length);
			if (read >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
					&& (head[3] & 0xFF) == 0xE0) {
				throw TabularFileException.ofFile("import.xlsx.old-or-protected");
			}
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_PARTS) {
				throw TabularFileException.ofFile("import.xlsx.parts", MAX_PARTS);
			}
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				checkPart(entry.getName(), entry.getSize(), entry.getCompressedSize(), limits);
			}
		}
		catch (ZipException ex) {
			throw TabularFileException.ofFile("import.xlsx.not-xlsx");
		}
	}

	/**
	 * A part's declared sizes: its ratio always, its size unless it is a sheet. A sheet
	 * is streamed: its size is counted as it is read ({@link BoundedPart}), so that a
	 * sheet with too many rows is refused for its rows, at the first one past the limit.
	 */
	private static void checkPart(String name, long size, long compressed, ImportLimits limits) {
		if (!name.startsWith("xl/worksheets/") && size > limits.maxUncompressedBytes()) {
			throw TabularFileException.ofFile("import.xlsx.uncompressed",
					CsvFiles.megabytes(limits.maxUncompressedBytes()), name);
		}
		if (size > RATIO_GRACE_BYTES && compressed >= 0 && (double) compressed / size < limits.minInflateRatio()) {
			throw TabularFileException.ofFile("import.xlsx.ratio", name, Math.round(1 / limits.minInflateRatio()));
		}
	}

	private static void sheets(Path file, ImportLimits limits, Visit visit) {
		OPCPackage workbook = null;
		try {
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(workbook);
			SharedStrings strings = new ReadOnlySharedStringsTable(workbook, false);
			XSSFReader.SheetIterator iterator = reader.getSheetIterator();
			while (iterator.hasNext()) {
				boolean next;
				try (InputStream sheet = new BoundedPart(iterator.next(),
						iterator.getSheetPart().getPartName().getName().replaceFirst("^/", ""), limits)) {
					String name = iterator.getSheetName();
					if (!visit.wants(name)) {
						continue;
					}
					SheetHandler handler = new SheetHandler(name, strings, limits);
					try {
						XMLReader parser = XMLHelper.newXMLReader();
						parser.setContentHandler(handler);
						parser.parse(new InputSource(sheet));
					}
					catch (Exception ex) {
						next = visit.refused(name, refusal(ex, limits));
						if (!next) {
							return;
						}
						continue;
					}
					next = visit.read(name, handler.rows);
				}
				if (!next) {
					return;
				}
			}
		}
		catch (TabularFileException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw refusal(ex, limits);
		}
		finally {
			if (workbook != null) {
				workbook.revert();
			}
		}
	}

	/**
	 * The refusal for an exception from POI or the XML parser: the cause that the handler
	 * threw, a zip bomb that POI found while inflating, or an unreadable workbook.
	 */
	private static TabularFileException refusal(Throwable thrown, ImportLimits limits) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof TabularFileException refused) {
				return refused;
			}
			if (cause instanceof SAXException sax && sax.getException() instanceof TabularFileException refused) {
				return refused;
			}
			String message = String.valueOf(cause.getMessage());
			if (message.startsWith("Zip bomb detected") && message.contains("max size")) {
				return TabularFileException.ofFile("import.xlsx.uncompressed",
						CsvFiles.megabytes(limits.maxUncompressedBytes()), "");
			}
			if (message.startsWith("Zip bomb detected")) {
				return TabularFileException.ofFile("import.xlsx.ratio", "", Math.round(1 / limits.minInflateRatio()));
			}
			if (message.contains("MAX_FILE_COUNT")) {
				return TabularFileException.ofFile("import.xlsx.parts", MAX_PARTS);
			}
		}
		return TabularFileException.ofFile("import.xlsx.not-xlsx");
	}

	/**
	 * A sheet's XML as it is inflated, refused once more than
	 * {@link ImportLimits#maxUncompressedBytes()} have been read.
	 */
	private static final class BoundedPart extends FilterInputStream {

		private final String name;

		private final ImportLimits limits;

		private long read;

		BoundedPart(InputStream in, String name, ImportLimits limits) {
			super(in);
			this.name = name;
			this.limits = limits;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			this.read += n;
			if (this.read > this.limits.maxUncompressedBytes()) {
				throw TabularFileException.ofFile("import.xlsx.uncompressed",
						CsvFiles.megabytes(this.limits.maxUncompressedBytes()), this.name);
			}
		}

	}

	/** The rows of one sheet, from its XML events. */
	private static final class SheetHandler extends DefaultHandler {

		private final String sheet;

		private final SharedStrings strings;

		private final ImportLimits limits;

		private final List<TableRow> rows = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private List<String> cells = new ArrayList<>();

		private Map<Integer, java.math.BigDecimal> numbers = new LinkedHashMap<>();

		private int row;

		private int column;

		private int nextColumn;

		private String type = "n";

		private boolean formula;

		private boolean value;

		private boolean inValue;

		private boolean inInline;

		private boolean inText;

		private boolean inPhonetic;

		SheetHandler(String sheet, SharedStrings strings, ImportLimits limits) {
			this.sheet = sheet;
			this.strings = strings;
			this.limits = limits;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "row" -> {
					String number = attributes.getValue("r");
					this.row = (number != null) ? Integer.parseInt(number) : this.row + 1;
					this.cells = new ArrayList<>();
					this.numbers = new LinkedHashMap<>();
					this.nextColumn = 0;
				}
				case "c" -> {
					String reference = attributes.getValue("r");
					this.column = (reference != null) ? new CellReference(reference).getCol() : this.nextColumn;
					this.nextColumn = this.column + 1;
					String cellType = attributes.getValue("t");
					this.type = (cellType != null) ? cellType : "n";
					this.formula = false;
					this.value = false;
					this.text.setLength(0);
				}
				case "f" -> this.formula = true;
				case "v" -> {
					this.inValue = true;
					this.value = true;
				}
				case "is" -> {
					this.inInline = true;
					this.value = true;
				}
				case "rPh" -> this.inPhonetic = true;
				case "t" -> this.inText = this.inInline && !this.inPhonetic;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.inValue || this.inText) {
				if (this.text.length() + length > 2 * ImportLimits.MAX_CELL_CHARACTERS) {
					throw at("import.cell.length", ImportLimits.MAX_CELL_CHARACTERS);
				}
				this.text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v" -> this.inValue = false;
				case "t" -> this.inText = false;
				case "rPh" -> this.inPhonetic = false;
				case "is" -> this.inInline = false;
				case "c" -> cell();
				case "row" -> row();
				default -> {
				}
			}
		}

		private void cell() {
			if (this.formula && !this.value) {
				throw at("import.xlsx.formula-without-value");
			}
			java.math.BigDecimal stored = "n".equals(this.type) ? number(this.text.toString().strip()) : null;
			String raw = switch (this.type) {
				case "s" -> shared(this.text.toString().strip());
				case "b" -> this.text.toString().strip().isEmpty() ? ""
						: ("1".equals(this.text.toString().strip()) ? "TRUE" : "FALSE");
				case "e" -> throw at("import.xlsx.error-value", this.text.toString().strip());
				case "n" -> (stored != null) ? stored.toPlainString() : this.text.toString().strip();
				default -> this.text.toString();
			};
			String cell = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
			if (cell.isEmpty()) {
				return;
			}
			if (this.column >= ImportLimits.MAX_COLUMNS) {
				throw TabularFileException.at(this.sheet, this.row, "", "import.row.columns", ImportLimits.MAX_COLUMNS);
			}
			if (cell.length() > ImportLimits.MAX_CELL_CHARACTERS) {
				throw at("import.cell.length", ImportLimits.MAX_CELL_CHARACTERS);
			}
			CsvFiles.checkControls(cell, this.sheet, this.row, this.column);
			while (this.cells.size() < this.column) {
				this.cells.add("");
			}
			if (this.cells.size() == this.column) {
				this.cells.add(cell);
			}
			else {
				this.cells.set(this.column, cell);
			}
			if (stored != null) {
				this.numbers.put(this.column, stored);
			}
			else {
				this.numbers.remove(this.column);
			}
		}

		private void row() {
			if (this.cells.stream().allMatch(String::isEmpty)) {
				return;
			}
			if (this.rows.size() > this.limits.maxRows()) {
				throw TabularFileException.at(this.sheet, this.row, "", this.limits.rowsMessageKey(),
						this.limits.maxRows());
			}
			this.rows.add(new TableRow(this.row, this.cells, this.numbers));
		}

		private String shared(String index) {
			try {
				return this.strings.getItemAt(Integer.parseInt(index)).getString();
			}
			catch (RuntimeException ex) {
				throw at("import.xlsx.shared-string", index);
			}
		}

		/**
		 * A numeric cell's value as the number it is ({@code 2.3} for Excel's
		 * {@code 2.2999999999999998}; see {@link TableRow#fromDouble}), or {@code null}
		 * for an empty value or one that is not a finite number (kept as written: the
		 * caller's check of the cell names it).
		 */
		private static java.math.@org.jspecify.annotations.Nullable BigDecimal number(String text) {
			if (text.isEmpty()) {
				return null;
			}
			try {
				double number = Double.parseDouble(text);
				return Double.isFinite(number) ? TableRow.fromDouble(number) : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		private TabularFileException at(String key, Object... arguments) {
			return TabularFileException.at(this.sheet, this.row, CellReference.convertNumToColString(this.column), key,
					arguments);
		}

	}

}
