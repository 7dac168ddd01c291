package org.parindex.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.parindex.platform.DecimalInput;
import org.parindex.platform.ImportLimits;
import org.parindex.platform.SpreadsheetText;
import org.parindex.platform.TableRow;
import org.parindex.platform.TabularFileException;
import org.parindex.platform.Text;
import org.parindex.platform.XlsxFiles;

/**
 * A survey form as one spreadsheet (XLSX), for an officer to fill in Excel and for the
 * export of a stored form; see {@code docs/workflow.md} ("Phiếu khảo sát"). The sheet
 * {@value #SHEET} holds, from row 1, the form's fields, one per row (label in column A,
 * value in column B: code, name, respondent group, group weight, intro, opening and
 * deadline in Vietnam's time as {@code 08h00 01/05/2022}); then the header row
 * {@link #QUESTION_HEADER}; then one row per answer option. A row with a question code in
 * column A starts a question (its text in B, the survey leaf it scores in C, blank for a
 * demographic question) and carries its first option (label in D, text in E, weight in
 * per cent in F: 100, 60, 20, 0, or blank for "không biết / không trả lời", left out of
 * the mean); the rows after it with column A blank carry its further options.
 * <p>
 * Reading checks every cell and reports every problem by row and column (message keys
 * {@code survey.forms.file.*}); a file with any problem is refused whole, so that nothing
 * is stored. Reading is streamed and bounded by the import limits ({@link XlsxFiles}).
 */
public final class SurveyFormFiles {

	/**
	 * The sheet's name as written; a file's messages name its first sheet as the file
	 * spells it, whatever it is.
	 */
	public static final String SHEET = "Phiếu khảo sát";

	/** Labels of the form's fields in column A, in the order written. */
	static final List<String> FIELDS = List.of("Mã phiếu (code)", "Tên phiếu (name)",
			"Nhóm đối tượng (respondent_group)", "Trọng số nhóm (group_weight)", "Lời giới thiệu (intro)",
			"Mở phiếu từ, giờ Việt Nam (opens_at)", "Hạn cuối, giờ Việt Nam (closes_at)");

	/** The header row of the questions and options. */
	public static final List<String> QUESTION_HEADER = List.of("Mã câu hỏi (question)", "Nội dung câu hỏi (text)",
			"Mã tiêu chí; trống: câu hỏi thông tin chung (leaf)", "Phương án (option)",
			"Nội dung phương án (option_text)", "Trọng số %; trống: không biết / không trả lời (weight)");

	/**
	 * The short title each column of {@link #QUESTION_HEADER} is named by in a refusal,
	 * and the titles (before a parenthesis, semicolon or comma, any case) accepted for
	 * it: the Vietnamese title, a shorter one, or the English key (walk10 #8: the columns
	 * are read by position, so a header naming another column is refused).
	 */
	static final List<List<String>> HEADER_TITLES = List.of(List.of("Mã câu hỏi", "question"),
			List.of("Nội dung câu hỏi", "nội dung", "câu hỏi", "text"), List.of("Mã tiêu chí", "tiêu chí", "leaf"),
			List.of("Phương án", "pa", "option"), List.of("Nội dung phương án", "nội dung", "option_text"),
			List.of("Trọng số %", "trọng số", "%", "weight"));

	/** The most problems listed for one file; the rest are counted. */
	public static final int MAX_ISSUES = 100;

	/** The most rows a form's sheet holds: 200 questions of 20 options and its fields. */
	public static final int MAX_ROWS = 200 * 20 + 20;

	/** Times as written in the sheet: {@code 08h00 01/05/2022}. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** Times as people also type them: {@code 01/05/2022 08:00}. */
	private static final DateTimeFormatter TIME_AFTER = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal MAX_GROUP_WEIGHT = BigDecimal.valueOf(1000);

	private SurveyFormFiles() {
	}

	// Writing

	/**
	 * The form as an XLSX workbook in the layout above. Text is always written as text
	 * cells, never as formulas (text that starts like one gets Excel's quote prefix);
	 * weights and the group weight as numbers.
	 */
	public static byte[] toXlsx(SurveyFormView form) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle formulaLike = workbook.createCellStyle();
			formulaLike.setQuotePrefixed(true);
			Sheet sheet = workbook.createSheet(SHEET);
			List<Object> values = List.of(form.code(), form.name(), form.respondentGroup(), form.groupWeight(),
					(form.intro() != null) ? form.intro() : "", TIME.format(form.opensAt().atZone(VIETNAM)),
					TIME.format(form.closesAt().atZone(VIETNAM)));
			int row = 0;
			for (int i = 0; i < FIELDS.size(); i++) {
				Row line = sheet.createRow(row++);
				Cell label = line.createCell(0);
				label.setCellValue(FIELDS.get(i));
				label.setCellStyle(bold);
				write(line.createCell(1), values.get(i), formulaLike);
			}
			row++;
			Row header = sheet.createRow(row++);
			for (int column = 0; column < QUESTION_HEADER.size(); column++) {
				Cell cell = header.createCell(column);
				cell.setCellValue(QUESTION_HEADER.get(column));
				cell.setCellStyle(bold);
			}
			for (SurveyQuestionView question : form.questions()) {
				boolean first = true;
				for (SurveyOptionView option : question.options()) {
					Row line = sheet.createRow(row++);
					if (first) {
						write(line.createCell(0), question.code(), formulaLike);
						write(line.createCell(1), question.text(), formulaLike);
						write(line.createCell(2), (question.leafCode() != null) ? question.leafCode() : "",
								formulaLike);
						first = false;
					}
					write(line.createCell(3), option.label(), formulaLike);
					write(line.createCell(4), option.text(), formulaLike);
					if (option.weight() != null) {
						write(line.createCell(5), option.weight().multiply(HUNDRED), formulaLike);
					}
				}
			}
			sheet.setColumnWidth(0, 36 * 256);
			sheet.setColumnWidth(1, 60 * 256);
			sheet.setColumnWidth(2, 24 * 256);
			sheet.setColumnWidth(3, 12 * 256);
			sheet.setColumnWidth(4, 40 * 256);
			sheet.setColumnWidth(5, 24 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Cell cell, Object value, CellStyle formulaLike) {
		if (value instanceof BigDecimal number) {
			cell.setCellValue(number.doubleValue());
			return;
		}
		String text = String.valueOf(value);
		cell.setCellValue(text);
		if (SpreadsheetText.startsLikeFormula(text)) {
			cell.setCellStyle(formulaLike);
		}
	}

	// Reading

	/**
	 * Reads a form from the first sheet of an XLSX workbook, for an index set.
	 * @param indexSetId the set the form is for
	 * @param code the form's code to store it under instead of the file's, or
	 * {@code null} to keep the file's
	 * @param surveyLeaves the codes of the set's survey leaves: a question's leaf must be
	 * one of them
	 * @param limits the import's bounds; the row limit is replaced by {@link #MAX_ROWS}
	 * @return the form as {@link SurveyFormService#define} takes it
	 * @throws SurveyFormFileException listing every problem with its row and column, when
	 * there is any
	 */
	public static DefineSurveyForm fromXlsx(InputStream in, long indexSetId, @Nullable String code,
			Set<String> surveyLeaves, ImportLimits limits) {
		Map.Entry<String, List<TableRow>> sheet;
		try {
			// the sheet with the questions' header, wherever it is in the workbook (walk
			// of
			// issue 12: an instructions sheet placed first was read as data)
			sheet = XlsxFiles.readBestTable(in, limits.withRows(MAX_ROWS, "survey.forms.file.too-many-rows"),
					SurveyFormFiles::formScore);
		}
		catch (TabularFileException ex) {
			throw new SurveyFormFileException(List
				.of(new FileIssue(ex.sheet(), ex.row(), ex.column(), ex.messageKey(), List.of(ex.arguments()))));
		}
		catch (IOException ex) {
			throw new SurveyFormFileException(
					List.of(new FileIssue("", 0, "", "survey.forms.file.unreadable", List.of())));
		}
		return new Reader(sheet.getKey(), indexSetId, code, surveyLeaves).read(sheet.getValue());
	}

	/** Reads the rows of one sheet, collecting every problem. */
	private static final class Reader {

		private final String sheet;

		private final long indexSetId;

		private final @Nullable String code;

		private final Set<String> surveyLeaves;

		private final List<FileIssue> issues = new ArrayList<>();

		Reader(String sheet, long indexSetId, @Nullable String code, Set<String> surveyLeaves) {
			this.sheet = sheet;
			this.indexSetId = indexSetId;
			this.code = code;
			this.surveyLeaves = surveyLeaves;
		}

		DefineSurveyForm read(List<TableRow> rows) {
			Map<Integer, TableRow> fields = new LinkedHashMap<>();
			int at = 0;
			for (; at < rows.size(); at++) {
				TableRow row = rows.get(at);
				if (key(row.cell(0)).equals(key(QUESTION_HEADER.get(0)))) {
					break;
				}
				int field = field(row.cell(0));
				if (field < 0) {
					issue(row, 0, "survey.forms.file.unknown-field", shown(row.cell(0)));
				}
				else if (fields.containsKey(field)) {
					issue(row, 0, "survey.forms.file.field-twice", said(FIELDS.get(field)));
				}
				else {
					fields.put(field, row);
				}
			}
			if (fields.isEmpty() && at >= rows.size()) {
				// no field of a form and no question header: another file (a result
				// sheet,
				// a list of units) or an empty sheet, said once rather than row by row
				// (walk of issue 10, second round, #7: 1,497 lines for a wrong file)
				boolean empty = rows.stream().allMatch((row) -> row.cell(0).isBlank() && row.cell(1).isBlank());
				throw new SurveyFormFileException(
						List.of(empty ? new FileIssue(this.sheet, 0, "", "survey.forms.file.empty-sheet", List.of())
								: new FileIssue(this.sheet, 0, "", "survey.forms.file.not-a-form",
										List.of(shown(rows.get(0).cell(0))))));
			}
			String formCode = text(fields, 0, 20, true);
			if (this.code != null && !this.code.isBlank()) {
				formCode = Text.normalize(this.code);
			}
			String name = text(fields, 1, 300, true);
			String group = text(fields, 2, 300, true);
			BigDecimal weight = groupWeight(fields);
			String intro = text(fields, 4, 4000, false);
			Instant opens = time(fields, 5);
			Instant closes = time(fields, 6);
			if (opens != null && closes != null && !closes.isAfter(opens)) {
				issue(fields.get(6), 1, "survey.forms.file.window");
			}
			List<DefineSurveyForm.Question> questions = new ArrayList<>();
			if (at >= rows.size()) {
				this.issues.add(new FileIssue(this.sheet, 0, "", "survey.forms.file.no-header",
						List.of(HEADER_TITLES.get(0).get(0))));
			}
			else {
				header(rows.get(at));
				questions = questions(rows.subList(at + 1, rows.size()), rows.get(at));
			}
			if (this.issues.size() > MAX_ISSUES) {
				List<FileIssue> first = new ArrayList<>(this.issues.subList(0, MAX_ISSUES));
				first.add(new FileIssue(this.sheet, 0, "", "survey.forms.file.more",
						List.of(this.issues.size(), MAX_ISSUES)));
				throw new SurveyFormFileException(first);
			}
			if (!this.issues.isEmpty()) {
				throw new SurveyFormFileException(this.issues);
			}
			return new DefineSurveyForm(this.indexSetId, formCode, name, group, weight, intro.isEmpty() ? null : intro,
					opens, closes, questions);
		}

		/**
		 * Checks columns B to F of the header row against {@link #HEADER_TITLES}: a
		 * missing or other title is named by its column and the title expected there.
		 */
		private void header(TableRow header) {
			for (int column = 1; column < HEADER_TITLES.size(); column++) {
				String typed = header.cell(column);
				List<String> accepted = HEADER_TITLES.get(column);
				if (typed.isBlank()) {
					issue(header, column, "survey.forms.file.header-missing", accepted.get(0));
				}
				else if (!header.titles(column, accepted)) {
					issue(header, column, "survey.forms.file.header", shown(typed), accepted.get(0));
				}
			}
		}

		private List<DefineSurveyForm.Question> questions(List<TableRow> rows, TableRow header) {
			List<DefineSurveyForm.Question> questions = new ArrayList<>();
			if (rows.isEmpty()) {
				issue(header, 0, "survey.forms.file.no-questions");
				return questions;
			}
			Set<String> codes = new HashSet<>();
			TableRow questionRow = null;
			String questionCode = "";
			String text = "";
			String leaf = null;
			List<DefineSurveyForm.Option> options = new ArrayList<>();
			Set<String> labels = new HashSet<>();
			int orphans = 0;
			int orphanIssue = -1;
			for (TableRow row : rows) {
				if (!row.cell(0).isEmpty()) {
					if (questionRow != null) {
						questions.add(question(questionRow, questionCode, text, leaf, options));
					}
					questionRow = row;
					questionCode = row.cell(0);
					options = new ArrayList<>();
					labels = new HashSet<>();
					if (questionCode.length() > 20) {
						issue(row, 0, "survey.forms.file.length", 20, titled(0));
					}
					else if (!codes.add(questionCode)) {
						issue(row, 0, "survey.forms.file.question-duplicate", questionCode);
					}
					text = row.cell(1);
					if (text.isEmpty()) {
						issue(row, 1, "survey.forms.file.required", titled(1));
					}
					else if (text.length() > 2000) {
						issue(row, 1, "survey.forms.file.length", 2000, titled(1));
					}
					leaf = row.cell(2).isEmpty() ? null : row.cell(2);
					if (leaf != null && !this.surveyLeaves.contains(leaf)) {
						issue(row, 2, "survey.forms.file.leaf", questionCode, shown(leaf));
					}
				}
				else if (questionRow == null) {
					// said once, at the first such row, with how many follow it (walk of
					// issue 10, third round, #4: a question's code left out was said once
					// per option)
					if (orphans++ == 0) {
						orphanIssue = this.issues.size();
						issue(row, 0, "survey.forms.file.option-first", 0);
					}
					continue;
				}
				else if (!row.cell(1).isEmpty() || !row.cell(2).isEmpty()) {
					issue(row, row.cell(1).isEmpty() ? 2 : 1, "survey.forms.file.continuation", questionCode);
					// most likely a question whose code was left out: its options are
					// not said again as repeating the question above's (walk of issue
					// 10, fourth round: five knock-on refusals)
					labels = new HashSet<>();
				}
				option(row, questionCode, labels).ifPresent(options::add);
			}
			if (questionRow != null) {
				questions.add(question(questionRow, questionCode, text, leaf, options));
			}
			if (orphans > 1) {
				FileIssue first = this.issues.get(orphanIssue);
				this.issues.set(orphanIssue, new FileIssue(first.sheet(), first.row(), first.column(),
						first.messageKey(), List.of(orphans - 1)));
			}
			if (questions.size() > 200) {
				issue(rows.get(0), 0, "survey.forms.file.too-many-questions", 200);
			}
			return questions;
		}

		private DefineSurveyForm.Question question(TableRow row, String code, String text, @Nullable String leaf,
				List<DefineSurveyForm.Option> options) {
			if (options.size() < 2 || options.size() > 20) {
				issue(row, 3, "survey.forms.file.option-count", code);
			}
			else if (leaf != null && options.stream().allMatch((option) -> option.weight() == null)) {
				issue(row, 5, "survey.forms.file.no-weighted", code);
			}
			return new DefineSurveyForm.Question(code, text, leaf, options);
		}

		private Optional<DefineSurveyForm.Option> option(TableRow row, String question, Set<String> labels) {
			String label = row.cell(3);
			String text = row.cell(4);
			boolean good = true;
			if (label.isEmpty()) {
				issue(row, 3, "survey.forms.file.required", titled(3));
				good = false;
			}
			else if (label.length() > 10) {
				issue(row, 3, "survey.forms.file.length", 10, titled(3));
				good = false;
			}
			else if (!labels.add(label)) {
				issue(row, 3, "survey.forms.file.option-duplicate", question, label);
			}
			if (text.isEmpty()) {
				issue(row, 4, "survey.forms.file.required", titled(4));
			}
			else if (text.length() > 500) {
				issue(row, 4, "survey.forms.file.length", 500, titled(4));
			}
			BigDecimal weight = null;
			String typed = row.cell(5);
			if (!typed.isEmpty() && row.storedNumber(5).isEmpty()
					&& DecimalInput.ambiguousPoint(typed.replace("%", ""))) {
				// a text 1.000 is a thousand in Vietnamese, one in English: never guess
				issue(row, 5, "survey.forms.file.weight-ambiguous", shown(typed));
			}
			else if (!typed.isEmpty()) {
				Optional<BigDecimal> percent = percent(row, 5);
				if (percent.isEmpty()) {
					issue(row, 5, "survey.forms.file.weight", shown(typed));
				}
				else {
					weight = percent.get().divide(HUNDRED);
				}
			}
			return good ? Optional.of(new DefineSurveyForm.Option(label, text, weight)) : Optional.empty();
		}

		private String text(Map<Integer, TableRow> fields, int field, int maxLength, boolean required) {
			TableRow row = fields.get(field);
			String value = (row != null) ? row.cell(1) : "";
			if (row == null && required) {
				this.issues.add(new FileIssue(this.sheet, 0, "", "survey.forms.file.field-missing",
						List.of(said(FIELDS.get(field)))));
			}
			else if (row != null && required && value.isEmpty()) {
				issue(row, 1, "survey.forms.file.required", said(FIELDS.get(field)));
			}
			else if (row != null && value.length() > maxLength) {
				issue(row, 1, "survey.forms.file.length", maxLength, said(FIELDS.get(field)));
			}
			return value;
		}

		private BigDecimal groupWeight(Map<Integer, TableRow> fields) {
			TableRow row = fields.get(3);
			if (row == null || row.cell(1).isEmpty()) {
				// the province set no weights: every group counts the same
				return BigDecimal.ONE;
			}
			Optional<BigDecimal> weight;
			try {
				weight = row.unambiguousDecimal(1);
			}
			catch (DecimalInput.AmbiguousNumberException ex) {
				issue(row, 1, "survey.forms.file.group-weight-ambiguous", shown(row.cell(1)));
				return BigDecimal.ONE;
			}
			catch (NumberFormatException ex) {
				weight = Optional.empty();
			}
			if (weight.isEmpty() || weight.get().signum() <= 0 || weight.get().compareTo(MAX_GROUP_WEIGHT) > 0
					|| weight.get().stripTrailingZeros().scale() > 4) {
				issue(row, 1, "survey.forms.file.group-weight", shown(row.cell(1)));
				return BigDecimal.ONE;
			}
			return weight.get();
		}

		private @Nullable Instant time(Map<Integer, TableRow> fields, int field) {
			TableRow row = fields.get(field);
			if (row == null) {
				this.issues.add(new FileIssue(this.sheet, 0, "", "survey.forms.file.field-missing",
						List.of(said(FIELDS.get(field)))));
				return null;
			}
			Optional<Instant> time = parseTime(row.cell(1));
			if (time.isEmpty()) {
				issue(row, 1, "survey.forms.file.time", shown(row.cell(1)));
				return null;
			}
			return time.get();
		}

		private void issue(TableRow row, int column, String key, Object... arguments) {
			this.issues.add(new FileIssue(this.sheet, row.number(), CellReference.convertNumToColString(column), key,
					List.of(arguments)));
		}

	}

	/**
	 * A time of the sheet in Vietnam's time: {@code 08h00 01/05/2022},
	 * {@code 01/05/2022 08:00}, or a date-time cell of Excel (read as its serial number).
	 */
	static Optional<Instant> parseTime(String text) {
		String typed = text.strip();
		for (DateTimeFormatter format : List.of(TIME, TIME_AFTER)) {
			try {
				return Optional.of(LocalDateTime.parse(typed, format).atZone(VIETNAM).toInstant());
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing it
			}
		}
		if (typed.matches("[0-9]{1,7}(\\.[0-9]{1,20})?")) {
			double serial = Double.parseDouble(typed);
			if (serial >= 1 && DateUtil.isValidExcelDate(serial)) {
				LocalDateTime time = DateUtil.getLocalDateTime(serial, false, true);
				return Optional.of(time.atZone(VIETNAM).toInstant());
			}
		}
		return Optional.empty();
	}

	/**
	 * A weight in per cent: 0 to 100 with at most two decimals ({@code 60}, {@code 62,5},
	 * {@code 62,5%}); a cell stored as a number is that number of per cent.
	 */
	static Optional<BigDecimal> percent(String text) {
		return percent(new TableRow(1, List.of(text)), 0);
	}

	/** A weight in per cent in a cell, as {@link #percent(String)}. */
	static Optional<BigDecimal> percent(TableRow row, int column) {
		Optional<BigDecimal> number = row.storedNumber(column).or(() -> number(row.cell(column)));
		if (number.isEmpty() || number.get().signum() < 0 || number.get().compareTo(HUNDRED) > 0
				|| number.get().stripTrailingZeros().scale() > 2) {
			return Optional.empty();
		}
		return number;
	}

	private static Optional<BigDecimal> number(String text) {
		try {
			return DecimalInput.parse(text.replace("%", ""));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The label's key: its text before any parenthesis or comma, in lower case
	 * ({@code Mở phiếu từ, giờ Việt Nam (opens_at)} is {@code mở phiếu từ}).
	 */
	private static String key(String label) {
		String key = label;
		for (char end : new char[] { '(', ',' }) {
			int at = key.indexOf(end);
			key = (at >= 0) ? key.substring(0, at) : key;
		}
		return key.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * The field a label of column A names (its Vietnamese text or its English key in
	 * parentheses), or -1.
	 */
	private static int field(String label) {
		String key = key(label);
		int open = label.indexOf('(');
		int close = label.indexOf(')', Math.max(open, 0));
		String english = (open >= 0 && close > open) ? label.substring(open + 1, close).strip().toLowerCase(Locale.ROOT)
				: key;
		for (int i = 0; i < FIELDS.size(); i++) {
			String known = FIELDS.get(i);
			String knownEnglish = known.substring(known.indexOf('(') + 1, known.indexOf(')'));
			if (key(known).equals(key) || knownEnglish.equals(english) || knownEnglish.equals(key)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * How much a sheet looks like a form: its questions' header, then one for each row
	 * under it with a question or an option, and one for each row above it naming a field
	 * of the form; 0 without the header. An instructions sheet that quotes the header, or
	 * shows an example, scores less than the form (walk of issue 12, second round).
	 */
	static int formScore(List<TableRow> rows) {
		int header = -1;
		for (int index = 0; index < rows.size() && header < 0; index++) {
			header = isQuestionsHeader(rows.get(index)) ? index : -1;
		}
		if (header < 0) {
			return 0;
		}
		int score = 1;
		for (int index = 0; index < rows.size(); index++) {
			TableRow row = rows.get(index);
			if (index < header) {
				score += (field(row.cell(0)) >= 0) ? 1 : 0;
			}
			else if (index > header) {
				score += (!row.cell(0).isEmpty() || !row.cell(3).isEmpty()) ? 1 : 0;
			}
		}
		return score;
	}

	/**
	 * Whether a row is the questions' header: column A titled "Mã câu hỏi" and most of
	 * columns B to F (three or more) titled as the template titles them, so that a header
	 * with one slip is still found (and its slip then named), while an instructions sheet
	 * that explains a column ("Mã câu hỏi | mỗi câu hỏi một mã") is not taken for the
	 * form (walk of issue 12).
	 */
	static boolean isQuestionsHeader(TableRow row) {
		if (!key(row.cell(0)).equals(key(QUESTION_HEADER.get(0)))) {
			return false;
		}
		int titled = 0;
		for (int column = 1; column < HEADER_TITLES.size(); column++) {
			titled += row.titles(column, HEADER_TITLES.get(column)) ? 1 : 0;
		}
		return titled >= 3;
	}

	/**
	 * A label as a message names it: its Vietnamese text without the English key in
	 * parentheses ({@code Hạn cuối, giờ Việt Nam}, not {@code … (closes_at)}).
	 */
	/**
	 * The title of a column of the questions' table as a refusal names it: "Nội dung câu
	 * hỏi" for column B (walk of issue 10, third round, #4: "cột B: chưa nhập" named no
	 * field).
	 */
	static String titled(int column) {
		return HEADER_TITLES.get(column).get(0);
	}

	static String said(String label) {
		int open = label.indexOf(" (");
		return (open >= 0) ? label.substring(0, open) : label;
	}

	private static String shown(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

	/**
	 * A problem in an imported form's file: sheet (empty for the whole file), row (from
	 * 1; 0 for the whole sheet), column letter (empty for a whole row), and what (a
	 * message key under {@code survey.forms.file.} or of the platform's file reading,
	 * with its arguments).
	 */
	public record FileIssue(String sheet, int row, String column, String messageKey, List<Object> arguments) {

		public FileIssue {
			arguments = List.copyOf(arguments);
		}

	}

	/** A form's file was refused; nothing was stored. */
	public static class SurveyFormFileException extends RuntimeException {

		private final List<FileIssue> issues;

		public SurveyFormFileException(List<FileIssue> issues) {
			super("Refused survey form file: " + issues);
			this.issues = List.copyOf(issues);
		}

		/** Every problem found, in the order of the file. */
		public List<FileIssue> issues() {
			return this.issues;
		}

	}

}
