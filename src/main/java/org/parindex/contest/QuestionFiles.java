package org.parindex.contest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parindex.platform.CsvFiles;
import org.parindex.platform.SpreadsheetText;
import org.parindex.platform.TableRow;

/**
 * The question bank's file, CSV or XLSX (format in {@code docs/contest.md}, "Question
 * bank"): one question per row under a header row. Columns are found by their headers,
 * Vietnamese or English, in any case, with or without accents, in any order; unknown
 * headers are refused, the source and options C to F may be left out. Reading lists every
 * fault by row and column and returns nothing usable while there is one; writing gives
 * the same format, Vietnamese headers in the usual order, so that a bank exported and
 * imported into an empty bank gives the same questions.
 */
public final class QuestionFiles {

	/** The most faults listed for one file; the rest are summed up. */
	public static final int MAX_ISSUES = 200;

	/**
	 * The fields of the columns A to M in the usual order, as {@link QuestionProblem}
	 * names them.
	 */
	public static final List<String> FIELDS = List.of("code", "category", "difficulty", "kind", "text", "option0",
			"option1", "option2", "option3", "option4", "option5", "correct", "source");

	/** The Vietnamese headers of the columns A to M, as exports write them. */
	public static final List<String> HEADER = List.of("Mã câu hỏi", "Chủ đề", "Mức độ", "Loại", "Câu hỏi",
			"Phương án A", "Phương án B", "Phương án C", "Phương án D", "Phương án E", "Phương án F", "Đáp án đúng",
			"Nguồn");

	private static final List<String> ENGLISH = List.of("Code", "Category", "Difficulty", "Type", "Question",
			"Option A", "Option B", "Option C", "Option D", "Option E", "Option F", "Correct", "Source");

	private static final Set<String> OPTIONAL = Set.of("option2", "option3", "option4", "option5", "source");

	private QuestionFiles() {
	}

	/**
	 * The questions of a file's rows.
	 * @param rows the rows with content, the header first ({@code TabularFiles})
	 * @return every question with its row number, in the file's order; or the faults
	 * (header, values, a code twice in the file) when there is any, and then no question
	 */
	public static Read read(List<TableRow> rows) {
		List<QuestionImportException.Issue> issues = new ArrayList<>();
		if (rows.isEmpty()) {
			issues.add(new QuestionImportException.Issue(0, "", "", "contest.question.import.empty", List.of()));
			return new Read(List.of(), issues);
		}
		TableRow header = rows.get(0);
		Map<String, Integer> columns = columns(header, issues);
		if (!issues.isEmpty()) {
			return new Read(List.of(), issues);
		}
		List<Line> lines = new ArrayList<>();
		Map<String, Integer> codes = new HashMap<>();
		for (int index = 1; index < rows.size() && issues.size() < MAX_ISSUES; index++) {
			TableRow row = rows.get(index);
			List<QuestionImportException.Issue> mine = new ArrayList<>();
			QuestionDraft draft = draft(row, columns, mine);
			Integer first = codes.putIfAbsent(draft.code().toUpperCase(Locale.ROOT), row.number());
			if (first != null && !draft.code().isEmpty()) {
				mine.add(issue(row.number(), columns, "code", "contest.question.import.code-twice", draft.code(),
						first));
			}
			issues.addAll(mine);
			if (mine.isEmpty()) {
				lines.add(new Line(row.number(), draft));
			}
		}
		if (issues.size() >= MAX_ISSUES) {
			issues
				.add(new QuestionImportException.Issue(0, "", "", "contest.question.import.more", List.of(MAX_ISSUES)));
		}
		else if (issues.isEmpty() && lines.isEmpty()) {
			issues.add(new QuestionImportException.Issue(0, "", "", "contest.question.import.empty", List.of()));
		}
		return issues.isEmpty() ? new Read(lines, List.of()) : new Read(List.of(), issues);
	}

	/**
	 * Whether rows are a question table: the first row names the question's column ("Câu
	 * hỏi" or "Question", any case or accents), so that an instructions sheet before the
	 * table is passed over.
	 */
	public static boolean headed(List<TableRow> rows) {
		if (rows.isEmpty()) {
			return false;
		}
		int question = FIELDS.indexOf("text");
		return rows.get(0)
			.cells()
			.stream()
			.map(QuestionText::fold)
			.anyMatch((cell) -> cell.equals(QuestionText.fold(HEADER.get(question)))
					|| cell.equals(QuestionText.fold(ENGLISH.get(question))));
	}

	/** The column (from 0) of each field the header names; faults added to issues. */
	private static Map<String, Integer> columns(TableRow header, List<QuestionImportException.Issue> issues) {
		Map<String, String> known = new HashMap<>();
		for (int i = 0; i < FIELDS.size(); i++) {
			known.put(QuestionText.fold(HEADER.get(i)), FIELDS.get(i));
			known.put(QuestionText.fold(ENGLISH.get(i)), FIELDS.get(i));
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int column = 0; column < header.cells().size(); column++) {
			String text = header.cell(column);
			if (text.isEmpty()) {
				continue;
			}
			String field = known.get(QuestionText.fold(text));
			String letters = CellReference.convertNumToColString(column);
			if (field == null) {
				issues.add(new QuestionImportException.Issue(header.number(), letters, "header",
						"contest.question.import.header-unknown", List.of(text)));
			}
			else if (columns.containsKey(field)) {
				issues.add(new QuestionImportException.Issue(header.number(), letters, "header",
						"contest.question.import.header-twice",
						List.of(text, CellReference.convertNumToColString(columns.get(field)))));
			}
			else {
				columns.put(field, column);
			}
		}
		for (int i = 0; i < FIELDS.size(); i++) {
			if (!OPTIONAL.contains(FIELDS.get(i)) && !columns.containsKey(FIELDS.get(i))) {
				issues.add(new QuestionImportException.Issue(header.number(), "", "header",
						"contest.question.import.header-missing", List.of(HEADER.get(i), ENGLISH.get(i))));
			}
		}
		return columns;
	}

	private static QuestionDraft draft(TableRow row, Map<String, Integer> columns,
			List<QuestionImportException.Issue> issues) {
		Set<String> reported = new java.util.HashSet<>();
		String difficultyText = cell(row, columns, "difficulty");
		Optional<QuestionDifficulty> difficulty = QuestionDifficulty.parse(difficultyText);
		if (!difficultyText.isEmpty() && difficulty.isEmpty()) {
			issues
				.add(issue(row.number(), columns, "difficulty", "contest.question.import.difficulty", difficultyText));
			reported.add("difficulty");
		}
		String kindText = cell(row, columns, "kind");
		Optional<QuestionKind> kind = QuestionKind.parse(kindText);
		if (!kindText.isEmpty() && kind.isEmpty()) {
			issues.add(issue(row.number(), columns, "kind", "contest.question.import.kind", kindText));
			reported.add("kind");
		}
		List<String> options = new ArrayList<>();
		for (int i = 0; i < QuestionDraft.MAX_OPTIONS; i++) {
			options.add(cell(row, columns, "option" + i));
		}
		int filled = 0;
		for (int i = 0; i < options.size(); i++) {
			if (!options.get(i).isEmpty()) {
				filled = i + 1;
			}
		}
		Set<Integer> correct = new TreeSet<>();
		String letters = cell(row, columns, "correct");
		for (String token : letters.split("[;,\\s]+")) {
			if (token.isEmpty()) {
				continue;
			}
			String letter = token.toUpperCase(Locale.ROOT);
			int position = (letter.length() == 1) ? letter.charAt(0) - 'A' : -1;
			if (position < 0 || position >= QuestionDraft.MAX_OPTIONS) {
				issues.add(issue(row.number(), columns, "correct", "contest.question.import.letter-unknown", token));
				reported.add("correct");
			}
			else if (position >= filled || options.get(position).isEmpty()) {
				issues.add(issue(row.number(), columns, "correct", "contest.question.import.letter", letter,
						(filled == 0) ? "–" : "A–" + QuestionDraft.letter(filled - 1)));
				reported.add("correct");
			}
			else {
				correct.add(position);
			}
		}
		QuestionDraft draft = new QuestionDraft(cell(row, columns, "code"), cell(row, columns, "category"),
				difficulty.orElse(null), kind.orElse(null), cell(row, columns, "text"), options, correct,
				cell(row, columns, "source"));
		for (QuestionProblem problem : draft.problems()) {
			if (!reported.contains(problem.field())) {
				String field = problem.field().equals("options") ? "option1" : problem.field();
				issues.add(new QuestionImportException.Issue(row.number(), letters(columns, field), problem.field(),
						problem.messageKey(), problem.arguments()));
			}
		}
		return draft;
	}

	private static String cell(TableRow row, Map<String, Integer> columns, String field) {
		Integer column = columns.get(field);
		return (column == null) ? "" : row.cell(column);
	}

	private static String letters(Map<String, Integer> columns, String field) {
		Integer column = columns.get(field);
		return (column == null) ? "" : CellReference.convertNumToColString(column);
	}

	private static QuestionImportException.Issue issue(int row, Map<String, Integer> columns, String field, String key,
			Object... arguments) {
		return new QuestionImportException.Issue(row, letters(columns, field), field, key, List.of(arguments));
	}

	/** The cells of a question's row, columns A to M. */
	static List<String> cells(QuestionView question) {
		List<String> cells = new ArrayList<>(HEADER.size());
		cells.add(question.code());
		cells.add(question.category());
		cells.add(question.difficulty().label());
		cells.add(question.kind().label());
		cells.add(question.text());
		for (int i = 0; i < QuestionDraft.MAX_OPTIONS; i++) {
			cells.add((i < question.options().size()) ? question.options().get(i).text() : "");
		}
		cells.add(question.correctLetters());
		cells.add(question.source());
		return cells;
	}

	/**
	 * Questions as CSV: UTF-8 with a byte order mark, comma separated, every field
	 * quoted, CRLF; text that a spreadsheet program would take for a formula with a
	 * leading apostrophe ({@link SpreadsheetText#neutralise}), which the import takes off
	 * again.
	 */
	public static byte[] toCsv(List<QuestionView> questions) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		try (CSVPrinter printer = CsvFiles.printer(csv)) {
			printer.printRecord(HEADER);
			for (QuestionView question : questions) {
				printer.printRecord(cells(question).stream().map(SpreadsheetText::neutralise).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Questions as an XLSX workbook, one sheet: text cells only, never formulas; text
	 * that starts like a formula also gets Excel's quote prefix, so typing the cell again
	 * does not evaluate it.
	 */
	public static byte[] toXlsx(List<QuestionView> questions) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle quoted = workbook.createCellStyle();
			quoted.setQuotePrefixed(true);
			Sheet sheet = workbook.createSheet("Cau hoi");
			Row head = sheet.createRow(0);
			for (int column = 0; column < HEADER.size(); column++) {
				Cell cell = head.createCell(column);
				cell.setCellValue(HEADER.get(column));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (QuestionView question : questions) {
				Row line = sheet.createRow(r++);
				List<String> cells = cells(question);
				for (int column = 0; column < cells.size(); column++) {
					String text = cells.get(column);
					if (text.isEmpty()) {
						continue;
					}
					Cell cell = line.createCell(column);
					cell.setCellValue(text);
					if (SpreadsheetText.startsLikeFormula(text)) {
						cell.setCellStyle(quoted);
					}
				}
			}
			for (int column = 0; column < HEADER.size(); column++) {
				sheet.setColumnWidth(column, ((column == 4) ? 60 : 20) * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A file read.
	 *
	 * @param lines the questions with their row numbers (empty when there are issues)
	 * @param issues the faults, empty when the file may be stored
	 */
	public record Read(List<Line> lines, List<QuestionImportException.Issue> issues) {

		public Read {
			lines = List.copyOf(lines);
			issues = List.copyOf(issues);
		}

	}

	/**
	 * A question of the file.
	 *
	 * @param row its row's number in the file, from 1
	 * @param draft the question
	 */
	public record Line(int row, QuestionDraft draft) {

	}

}
