package org.parindex.methodology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parindex.engine.Component;
import org.parindex.engine.Level;
import org.parindex.engine.Points;
import org.parindex.engine.RankLabel;
import org.parindex.methodology.CreateIndexSet.ClassBandDraft;
import org.parindex.methodology.CreateIndexSet.NodeDraft;
import org.parindex.platform.CsvFiles;
import org.parindex.platform.ImportLimits;
import org.parindex.platform.SpreadsheetText;
import org.parindex.platform.DecimalInput;
import org.parindex.platform.TableRow;
import org.parindex.platform.TabularFileException;
import org.parindex.platform.XlsxFiles;

/**
 * The index-set template as a spreadsheet (XLSX) and as CSV; see
 * {@code docs/index-set-template.md}. The XLSX has three sheets: {@value #SETTINGS} (one
 * setting per row), {@value #CLASSES} (classification bands) and {@value #CRITERIA} (one
 * row per node: code, level, parent, name, English name, maximum, component, rule, rule
 * parameters, guidance). The CSV holds the criteria sheet only. Reading checks every cell
 * and reports every problem by sheet, row and column; a file with any problem is refused
 * whole. Reading is streamed and bounded ({@link ImportLimits}: bytes, nodes, size once
 * unzipped); formula cells give their computed values. Exports never carry a formula: CSV
 * text that starts like one gets a leading apostrophe, XLSX text is always a text cell.
 */
public final class IndexSetFiles {

	static final String SETTINGS = "Thiet lap";

	static final String CLASSES = "Xep loai";

	static final String CRITERIA = "Tieu chi";

	static final List<String> CRITERIA_HEADER = List.of("Mã (code)", "Cấp (level)", "Mục cha (parent)", "Tên (name)",
			"Tên tiếng Anh (name_en)", "Điểm tối đa (max)", "Phần (component)", "Cách chấm (rule)",
			"Tham số (parameters)", "Hướng dẫn (guidance)", "Tài liệu kiểm chứng (evidence)");

	static final List<String> CLASSES_HEADER = List.of("Mã (code)", "Tên (name)", "Tên tiếng Anh (name_en)",
			"Từ % (min_percent)");

	private static final Map<String, Level> LEVELS = Map.of("area", Level.AREA, "lĩnh vực", Level.AREA, "criterion",
			Level.CRITERION, "tiêu chí", Level.CRITERION, "sub_criterion", Level.SUB_CRITERION, "sub-criterion",
			Level.SUB_CRITERION, "tiêu chí thành phần", Level.SUB_CRITERION);

	private static final Map<Level, String> LEVEL_LABELS = Map.of(Level.AREA, "Lĩnh vực", Level.CRITERION, "Tiêu chí",
			Level.SUB_CRITERION, "Tiêu chí thành phần");

	private static final Map<String, Component> COMPONENTS = Map.of("appraisal", Component.APPRAISAL, "thẩm định",
			Component.APPRAISAL, "survey", Component.SURVEY, "điều tra xhh", Component.SURVEY, "điều tra xã hội học",
			Component.SURVEY);

	private static final Map<Component, String> COMPONENT_LABELS = Map.of(Component.APPRAISAL, "Thẩm định",
			Component.SURVEY, "Điều tra XHH");

	/** Structural issues about a row's parent, reported at the parent's column (C). */
	private static final java.util.Set<String> PARENT_KEYS = java.util.Set.of("methodology.node.unknown-parent",
			"methodology.node.parent-loop", "methodology.node.needs-parent", "methodology.node.area-has-parent",
			"methodology.node.parent-level");

	/**
	 * Issues about a row's level against its parent, left out for a row whose level could
	 * not be read (already reported at its level cell).
	 */
	private static final java.util.Set<String> LEVEL_KEYS = java.util.Set.of("methodology.node.needs-parent",
			"methodology.node.area-has-parent", "methodology.node.parent-level");

	/** The largest number a node's maximum, a cap or a threshold can hold. */
	private static final BigDecimal MAX_NUMBER = new BigDecimal("99999.9999");

	private IndexSetFiles() {
	}

	// Writing

	/**
	 * The set as an XLSX workbook. Text is always written as text cells, never as
	 * formulas; text that a spreadsheet program would take for a formula when the cell is
	 * typed again ({@code =…}, {@code +…}) also gets Excel's quote prefix.
	 */
	public static byte[] toXlsx(IndexSetView set) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle text = workbook.createCellStyle();
			text.setQuotePrefixed(true);
			Sheet settings = workbook.createSheet(SETTINGS);
			int row = 0;
			for (Map.Entry<String, Object> setting : settings(set).entrySet()) {
				Row line = settings.createRow(row++);
				line.createCell(0).setCellValue(setting.getKey());
				write(line.createCell(1), setting.getValue(), text);
			}
			settings.autoSizeColumn(0);
			Sheet classes = workbook.createSheet(CLASSES);
			header(classes, CLASSES_HEADER, bold);
			row = 1;
			for (ClassBandView band : set.classes()) {
				Row line = classes.createRow(row++);
				write(line.createCell(0), band.code(), text);
				write(line.createCell(1), band.name(), text);
				write(line.createCell(2), band.nameEn(), text);
				write(line.createCell(3), band.minPercent(), text);
			}
			Sheet criteria = workbook.createSheet(CRITERIA);
			header(criteria, CRITERIA_HEADER, bold);
			row = 1;
			for (NodeView node : set.nodes()) {
				List<Object> cells = criteriaRow(node);
				Row line = criteria.createRow(row++);
				for (int column = 0; column < cells.size(); column++) {
					write(line.createCell(column), cells.get(column), text);
				}
			}
			criteria.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The set's criteria as CSV (UTF-8 with a byte order mark, comma separated, every
	 * field quoted). Text that a spreadsheet program would take for a formula is written
	 * with a leading apostrophe ({@link SpreadsheetText#neutralise}); numbers as they
	 * are.
	 */
	public static byte[] toCsv(IndexSetView set) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		try (CSVPrinter printer = CsvFiles.printer(csv)) {
			printer.printRecord(CRITERIA_HEADER);
			for (NodeView node : set.nodes()) {
				printer.printRecord(criteriaRow(node).stream().map(IndexSetFiles::text).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, Object> settings(IndexSetView set) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("name", set.name());
		settings.put("legal_basis", set.legalBasis());
		settings.put("appraisal_max", set.componentMaxima().getOrDefault(Component.APPRAISAL, BigDecimal.ZERO));
		settings.put("survey_max", set.componentMaxima().getOrDefault(Component.SURVEY, BigDecimal.ZERO));
		settings.put("bonus_cap", set.bonusCap());
		settings.put("deduction_cap", set.deductionCap());
		settings.put("tie_places", BigDecimal.valueOf(set.tiePlaces()));
		settings.put("rank_label", set.rankLabel().name());
		return settings;
	}

	private static List<Object> criteriaRow(NodeView node) {
		String rule = node.rule().orElse("");
		int space = rule.indexOf(' ');
		String type = (space < 0) ? rule : rule.substring(0, space);
		String parameters = (space < 0) ? "" : rule.substring(space + 1);
		return List.of(node.code(), LEVEL_LABELS.get(node.level()), node.parentCode().orElse(""), node.name(),
				node.nameEn(), node.maxPoints(), node.component().map(COMPONENT_LABELS::get).orElse(""), type,
				parameters, node.guidance(), node.evidence());
	}

	private static void header(Sheet sheet, List<String> labels, CellStyle style) {
		Row row = sheet.createRow(0);
		for (int column = 0; column < labels.size(); column++) {
			Cell cell = row.createCell(column);
			cell.setCellValue(labels.get(column));
			cell.setCellStyle(style);
		}
		sheet.createFreezePane(0, 1);
	}

	/**
	 * A number as a numeric cell; anything else as a text cell (never a formula), with
	 * the quote prefix when it starts like a formula.
	 */
	private static void write(Cell cell, Object value, CellStyle formulaLike) {
		if (value instanceof BigDecimal number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			String text = String.valueOf(value);
			cell.setCellValue(text);
			if (SpreadsheetText.startsLikeFormula(text)) {
				cell.setCellStyle(formulaLike);
			}
		}
	}

	/**
	 * A cell of the CSV export: numbers as plain decimals, text neutralised. A number
	 * with exactly three decimals gets a fourth zero ({@code 0.1250}), as forms print
	 * them, so that the file reads back: {@code 0.125} would be refused as a thousand or
	 * a decimal ({@link TableRow#decimal}, issue 9, num9).
	 */
	private static String text(Object value) {
		if (value instanceof BigDecimal number) {
			String plain = Points.normalize(number).toPlainString();
			return DecimalInput.ambiguousPoint(plain) ? plain + "0" : plain;
		}
		return SpreadsheetText.neutralise(String.valueOf(value));
	}

	// Reading

	/**
	 * Reads a whole index set (settings, classes, criteria) from an XLSX workbook, for
	 * the given year and unit group. The workbook is streamed (see {@link XlsxFiles}) and
	 * bounded by {@code limits}: its row limit is the most nodes of a set.
	 * @throws IndexSetFileException listing every problem, when there is any
	 */
	public static CreateIndexSet fromXlsx(InputStream in, int year, long unitGroupId, ImportLimits limits) {
		List<FileIssue> issues = new ArrayList<>();
		Map<String, List<TableRow>> sheets;
		try {
			sheets = XlsxFiles.read(in, limits, List.of(SETTINGS, CLASSES, CRITERIA));
		}
		catch (TabularFileException ex) {
			throw new IndexSetFileException(List.of(issue(ex)));
		}
		catch (IOException ex) {
			throw new IndexSetFileException(
					List.of(new FileIssue("", 0, "", "methodology.file.unreadable", List.of())));
		}
		for (String sheet : List.of(SETTINGS, CLASSES, CRITERIA)) {
			if (!sheets.containsKey(sheet)) {
				issues.add(new FileIssue("", 0, "", "methodology.file.sheet", List.of(sheet)));
			}
		}
		if (!issues.isEmpty()) {
			throw new IndexSetFileException(issues);
		}
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Integer> rows = new LinkedHashMap<>();
		Map<String, TableRow> settingRows = new LinkedHashMap<>();
		for (TableRow row : sheets.get(SETTINGS)) {
			String key = row.cell(0);
			if (!key.isEmpty()) {
				values.put(key, row.cell(1));
				rows.put(key, row.number());
				settingRows.put(key, row);
			}
		}
		String name = text(values, rows, "name", 300, issues);
		String legalBasis = text(values, rows, "legal_basis", 500, issues);
		BigDecimal appraisal = setting(settingRows, rows, "appraisal_max", issues);
		BigDecimal survey = setting(settingRows, rows, "survey_max", issues);
		BigDecimal bonus = setting(settingRows, rows, "bonus_cap", issues);
		BigDecimal deduction = setting(settingRows, rows, "deduction_cap", issues);
		BigDecimal tie = setting(settingRows, rows, "tie_places", issues);
		if (tie.signum() < 0 || tie.compareTo(BigDecimal.valueOf(6)) > 0 || tie.stripTrailingZeros().scale() > 0) {
			issues.add(settingIssue(rows, "tie_places"));
		}
		// optional, for templates made before it: padded to the unit count's width
		RankLabel rankLabel = RankLabel.UNIT_COUNT_WIDTH;
		String label = values.getOrDefault("rank_label", "").strip().toUpperCase(Locale.ROOT);
		if (!label.isEmpty()) {
			try {
				rankLabel = RankLabel.valueOf(label);
			}
			catch (IllegalArgumentException ex) {
				issues.add(settingIssue(rows, "rank_label"));
			}
		}
		List<ClassBandDraft> bands = classes(sheets.get(CLASSES), issues);
		List<NodeDraft> nodes = criteria(sheets.get(CRITERIA), CRITERIA, issues);
		if (!issues.isEmpty()) {
			throw new IndexSetFileException(issues);
		}
		Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
		maxima.put(Component.APPRAISAL, appraisal);
		if (survey.signum() > 0) {
			maxima.put(Component.SURVEY, survey);
		}
		return new CreateIndexSet(year, unitGroupId, name, legalBasis, false, maxima, bonus, deduction, tie.intValue(),
				bands, nodes, rankLabel);
	}

	/**
	 * Reads the criteria of a CSV file (the criteria sheet of the template) in any
	 * encoding and with any separator that {@link CsvFiles} accepts (the UTF-8 comma
	 * export, Excel's semicolon files in UTF-8 or Windows-1258), bounded by
	 * {@code limits}.
	 * @throws IndexSetFileException listing every problem, when there is any
	 */
	public static List<NodeDraft> criteriaFromCsv(InputStream in, ImportLimits limits) {
		List<FileIssue> issues = new ArrayList<>();
		List<TableRow> rows;
		try {
			rows = CsvFiles.read(in, limits);
		}
		catch (TabularFileException ex) {
			throw new IndexSetFileException(List.of(issue(ex)));
		}
		catch (IOException ex) {
			throw new IndexSetFileException(
					List.of(new FileIssue("", 0, "", "methodology.file.unreadable", List.of())));
		}
		List<NodeDraft> nodes = criteria(rows, CsvFiles.SHEET, issues);
		if (!issues.isEmpty()) {
			throw new IndexSetFileException(issues);
		}
		return nodes;
	}

	private static List<ClassBandDraft> classes(List<TableRow> rows, List<FileIssue> issues) {
		List<ClassBandDraft> bands = new ArrayList<>();
		for (TableRow row : rows.subList(Math.min(1, rows.size()), rows.size())) {
			String code = row.cell(0);
			String name = row.cell(1);
			if (code.isEmpty() || code.length() > 40) {
				issues.add(issue(CLASSES, row, 0, "methodology.file.code"));
			}
			if (name.isEmpty()) {
				issues.add(issue(CLASSES, row, 1, "methodology.file.required"));
			}
			length(CLASSES, row, 1, 100, issues);
			length(CLASSES, row, 2, 100, issues);
			Optional<BigDecimal> min = number(row, 3);
			numberIssue(CLASSES, row, 3, min).ifPresent(issues::add);
			bands.add(new ClassBandDraft(code, name, row.cell(2), min.orElse(BigDecimal.ZERO)));
		}
		return bands;
	}

	/**
	 * The criteria rows, after a header row; row numbers in issues are the file's, from
	 * 1, as spreadsheets show them.
	 */
	private static List<NodeDraft> criteria(List<TableRow> rows, String sheet, List<FileIssue> issues) {
		List<NodeDraft> nodes = new ArrayList<>();
		List<Integer> rowNumbers = new ArrayList<>();
		java.util.Set<String> unreadableLevels = new java.util.HashSet<>();
		if (rows.isEmpty() || !rows.get(0).cell(0).startsWith("Mã")) {
			issues.add(new FileIssue(sheet, rows.isEmpty() ? 1 : rows.get(0).number(), "A", "methodology.file.header",
					List.of(CRITERIA_HEADER.get(0))));
			return nodes;
		}
		if (rows.size() == 1) {
			issues.add(new FileIssue(sheet, rows.get(0).number(), "", "methodology.file.no-rows", List.of()));
			return nodes;
		}
		for (TableRow row : rows.subList(1, rows.size())) {
			String code = row.cell(0);
			if (code.isEmpty() || code.length() > NodeDraft.CODE_MAX) {
				issues.add(issue(sheet, row, 0, "methodology.file.code"));
			}
			else if (!NodeDraft.validCode(code)) {
				issues.add(issue(sheet, row, 0, "methodology.file.node-code"));
			}
			Level level = LEVELS.get(row.cell(1).toLowerCase(Locale.ROOT));
			if (level == null) {
				issues.add(issue(sheet, row, 1, "methodology.file.level"));
				unreadableLevels.add(code);
			}
			String name = row.cell(3);
			if (name.isEmpty()) {
				issues.add(issue(sheet, row, 3, "methodology.file.required"));
			}
			length(sheet, row, 3, 1000, issues);
			length(sheet, row, 4, 1000, issues);
			length(sheet, row, 9, 4000, issues);
			length(sheet, row, 10, 2000, issues);
			Optional<BigDecimal> max = number(row, 5);
			numberIssue(sheet, row, 5, max).ifPresent(issues::add);
			String componentText = row.cell(6);
			Component component = componentText.isEmpty() ? null
					: COMPONENTS.get(componentText.toLowerCase(Locale.ROOT));
			if (!componentText.isEmpty() && component == null) {
				issues.add(issue(sheet, row, 6, "methodology.file.component"));
			}
			String type = row.cell(7);
			String rule = (type + " " + row.cell(8)).strip();
			if (rule.length() > 500) {
				issues.add(new FileIssue(sheet, row.number(), column(8), "methodology.file.length", List.of(500)));
			}
			else if (!type.isEmpty()) {
				try {
					RuleNotation.parse(rule);
				}
				catch (RuleNotationException ex) {
					issues.add(new FileIssue(sheet, row.number(), column(ex.inParameters() ? 8 : 7), ex.messageKey(),
							prefixed(code, ex.arguments())));
				}
			}
			if (componentText.isEmpty() != type.isEmpty()) {
				issues.add(issue(sheet, row, componentText.isEmpty() ? 6 : 7, "methodology.file.leaf"));
			}
			String parent = row.cell(2);
			if (!parent.isBlank() && !NodeDraft.validCode(parent)) {
				issues.add(issue(sheet, row, 2, "methodology.file.parent-code"));
			}
			rowNumbers.add(row.number());
			nodes.add(new NodeDraft(code, parent.isEmpty() ? Optional.empty() : Optional.of(parent),
					(level != null) ? level : Level.CRITERION, name, row.cell(4), max.orElse(BigDecimal.ZERO),
					Optional.ofNullable(component), type.isEmpty() ? Optional.empty() : Optional.of(rule), row.cell(9),
					row.cell(10)));
		}
		for (IndexSetIssue structural : IndexSetEditor.structuralIssues(nodes)) {
			if (structural.messageKey().startsWith("methodology.rule.")
					|| structural.messageKey().equals("methodology.node.leaf-needs-rule")
					|| (unreadableLevels.contains(structural.subject())
							&& LEVEL_KEYS.contains(structural.messageKey()))) {
				continue;
			}
			int row = 0;
			for (int i = 0; i < nodes.size(); i++) {
				if (nodes.get(i).code().equals(structural.subject())) {
					row = rowNumbers.get(i);
				}
			}
			String column = PARENT_KEYS.contains(structural.messageKey()) ? "C" : "A";
			issues.add(new FileIssue(sheet, row, (row > 0) ? column : "", structural.messageKey(),
					structural.arguments()));
		}
		return nodes;
	}

	private static String text(Map<String, String> values, Map<String, Integer> rows, String key, int maxLength,
			List<FileIssue> issues) {
		String value = values.getOrDefault(key, "");
		if ((key.equals("name") && value.isEmpty()) || value.length() > maxLength) {
			issues.add(settingIssue(rows, key));
		}
		return value;
	}

	private static BigDecimal setting(Map<String, TableRow> values, Map<String, Integer> rows, String key,
			List<FileIssue> issues) {
		TableRow row = values.get(key);
		Optional<BigDecimal> number = (row != null) ? number(row, 1) : Optional.empty();
		if (numberProblem(number).isPresent()) {
			issues.add(settingIssue(rows, key));
			return BigDecimal.ZERO;
		}
		return number.get();
	}

	/**
	 * A missing or invalid setting: at its cell when the sheet has the key, else for the
	 * whole sheet (never "row 0").
	 */
	private static FileIssue settingIssue(Map<String, Integer> rows, String key) {
		Integer row = rows.get(key);
		return new FileIssue(SETTINGS, (row != null) ? row : 0, (row != null) ? "B" : "", "methodology.file.setting",
				List.of(key));
	}

	private static void length(String sheet, TableRow row, int column, int maxLength, List<FileIssue> issues) {
		if (row.cell(column).length() > maxLength) {
			issues
				.add(new FileIssue(sheet, row.number(), column(column), "methodology.file.length", List.of(maxLength)));
		}
	}

	/**
	 * A number of the template: a cell stored as a number as that number, a text cell as
	 * Vietnamese writes it ({@code 1,5}; see {@link TableRow#decimal}); empty when the
	 * cell is empty or not a number.
	 */
	private static Optional<BigDecimal> number(TableRow row, int column) {
		try {
			return row.decimal(column);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * What is wrong with a number of the template, if anything: not a number or negative
	 * ({@code methodology.file.number}), or past what its column holds, 99,999.9999 with
	 * at most 4 decimals ({@code methodology.file.number-range}).
	 */
	private static Optional<String> numberProblem(Optional<BigDecimal> number) {
		if (number.isEmpty() || number.get().signum() < 0) {
			return Optional.of("methodology.file.number");
		}
		if (number.get().compareTo(MAX_NUMBER) > 0 || number.get().stripTrailingZeros().scale() > 4) {
			return Optional.of("methodology.file.number-range");
		}
		return Optional.empty();
	}

	/**
	 * What is wrong with a number of the template at its cell, if anything: a text cell
	 * with a point followed by exactly three digits ({@code 1.000}) is refused naming
	 * both readings ({@code methodology.file.number-ambiguous}: points are never read one
	 * way here and another way in a form, issue 9, num9), else as {@link #numberProblem}.
	 */
	private static Optional<FileIssue> numberIssue(String sheet, TableRow row, int column,
			Optional<BigDecimal> number) {
		if (row.storedNumber(column).isEmpty()) {
			Optional<DecimalInput.Readings> readings = DecimalInput.readings(row.cell(column));
			if (readings.isPresent()) {
				return Optional
					.of(new FileIssue(sheet, row.number(), column(column), "methodology.file.number-ambiguous",
							List.of(row.cell(column), readings.get().thousands(), readings.get().decimal())));
			}
		}
		return numberProblem(number).map((key) -> issue(sheet, row, column, key));
	}

	private static FileIssue issue(String sheet, TableRow row, int column, String key) {
		return new FileIssue(sheet, row.number(), column(column), key, List.of());
	}

	private static FileIssue issue(TabularFileException ex) {
		return new FileIssue(ex.sheet(), ex.row(), ex.column(), ex.messageKey(), List.of(ex.arguments()));
	}

	private static String column(int column) {
		return CellReference.convertNumToColString(column);
	}

	private static List<Object> prefixed(String code, List<Object> arguments) {
		List<Object> all = new ArrayList<>();
		all.add(code);
		all.addAll(arguments);
		return all;
	}

	/**
	 * A problem in an imported file: sheet (empty for the whole file), row (from 1; 0 for
	 * the whole sheet or file), column letter (empty for a whole row), and what.
	 */
	public record FileIssue(String sheet, int row, String column, String messageKey, List<Object> arguments) {

		public FileIssue {
			arguments = List.copyOf(arguments);
		}

	}

	/** A file was refused; nothing changed. */
	public static class IndexSetFileException extends RuntimeException {

		private final List<FileIssue> issues;

		public IndexSetFileException(List<FileIssue> issues) {
			super("Refused index set file: " + issues);
			this.issues = List.copyOf(issues);
		}

		public List<FileIssue> issues() {
			return this.issues;
		}

	}

}
