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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.parindex.engine.Component;
import org.parindex.engine.Level;
import org.parindex.engine.Points;
import org.parindex.methodology.CreateIndexSet.ClassBandDraft;
import org.parindex.methodology.CreateIndexSet.NodeDraft;
import org.parindex.platform.TabularFiles;

/**
 * The index-set template as a spreadsheet (XLSX) and as CSV; see
 * {@code docs/index-set-template.md}. The XLSX has three sheets: {@value #SETTINGS} (one
 * setting per row), {@value #CLASSES} (classification bands) and {@value #CRITERIA} (one
 * row per node: code, level, parent, name, English name, maximum, component, rule, rule
 * parameters, guidance). The CSV holds the criteria sheet only. Reading checks every cell
 * and reports every problem by sheet, row and column; a file with any problem is refused
 * whole.
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

	private IndexSetFiles() {
	}

	// Writing

	/** The set as an XLSX workbook. */
	public static byte[] toXlsx(IndexSetView set) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet settings = workbook.createSheet(SETTINGS);
			int row = 0;
			for (Map.Entry<String, Object> setting : settings(set).entrySet()) {
				Row line = settings.createRow(row++);
				line.createCell(0).setCellValue(setting.getKey());
				write(line.createCell(1), setting.getValue());
			}
			settings.autoSizeColumn(0);
			Sheet classes = workbook.createSheet(CLASSES);
			header(classes, CLASSES_HEADER, bold);
			row = 1;
			for (ClassBandView band : set.classes()) {
				Row line = classes.createRow(row++);
				line.createCell(0).setCellValue(band.code());
				line.createCell(1).setCellValue(band.name());
				line.createCell(2).setCellValue(band.nameEn());
				write(line.createCell(3), band.minPercent());
			}
			Sheet criteria = workbook.createSheet(CRITERIA);
			header(criteria, CRITERIA_HEADER, bold);
			row = 1;
			for (NodeView node : set.nodes()) {
				List<Object> cells = criteriaRow(node);
				Row line = criteria.createRow(row++);
				for (int column = 0; column < cells.size(); column++) {
					write(line.createCell(column), cells.get(column));
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

	/** The set's criteria as CSV (UTF-8 with a byte order mark, comma separated). */
	public static byte[] toCsv(IndexSetView set) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(",", CRITERIA_HEADER.stream().map(IndexSetFiles::quote).toList())).append("\r\n");
		for (NodeView node : set.nodes()) {
			csv.append(String.join(",", criteriaRow(node).stream().map((cell) -> quote(text(cell))).toList()))
				.append("\r\n");
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

	private static void write(Cell cell, Object value) {
		if (value instanceof BigDecimal number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(String.valueOf(value));
		}
	}

	private static String text(Object value) {
		return (value instanceof BigDecimal number) ? Points.normalize(number).toPlainString() : String.valueOf(value);
	}

	private static String quote(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	// Reading

	/**
	 * Reads a whole index set (settings, classes, criteria) from an XLSX workbook, for
	 * the given year and unit group.
	 * @throws IndexSetFileException listing every problem, when there is any
	 */
	public static CreateIndexSet fromXlsx(InputStream in, int year, long unitGroupId) {
		List<FileIssue> issues = new ArrayList<>();
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet settings = sheet(workbook, SETTINGS, issues);
			Sheet classes = sheet(workbook, CLASSES, issues);
			Sheet criteria = sheet(workbook, CRITERIA, issues);
			if (!issues.isEmpty()) {
				throw new IndexSetFileException(issues);
			}
			Map<String, String> values = new LinkedHashMap<>();
			Map<String, Integer> rows = new LinkedHashMap<>();
			for (Row row : settings) {
				String key = cell(row, 0).strip();
				if (!key.isEmpty()) {
					values.put(key, cell(row, 1));
					rows.put(key, row.getRowNum());
				}
			}
			String name = required(values, rows, "name", issues);
			BigDecimal appraisal = setting(values, rows, "appraisal_max", issues);
			BigDecimal survey = setting(values, rows, "survey_max", issues);
			BigDecimal bonus = setting(values, rows, "bonus_cap", issues);
			BigDecimal deduction = setting(values, rows, "deduction_cap", issues);
			BigDecimal tie = setting(values, rows, "tie_places", issues);
			List<ClassBandDraft> bands = classes(classes, issues);
			List<NodeDraft> nodes = criteria(rowsOf(criteria), CRITERIA, issues);
			if (!issues.isEmpty()) {
				throw new IndexSetFileException(issues);
			}
			Map<Component, BigDecimal> maxima = new EnumMap<>(Component.class);
			maxima.put(Component.APPRAISAL, appraisal);
			if (survey.signum() > 0) {
				maxima.put(Component.SURVEY, survey);
			}
			return new CreateIndexSet(year, unitGroupId, name, values.getOrDefault("legal_basis", ""), false, maxima,
					bonus, deduction, tie.intValue(), bands, nodes);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof IndexSetFileException fileException) {
				throw fileException;
			}
			throw new IndexSetFileException(
					List.of(new FileIssue("", 0, "", "methodology.file.unreadable", List.of())));
		}
	}

	/**
	 * Reads the criteria of a CSV file (the criteria sheet of the template).
	 * @throws IndexSetFileException listing every problem, when there is any
	 */
	public static List<NodeDraft> criteriaFromCsv(InputStream in) {
		List<FileIssue> issues = new ArrayList<>();
		String content;
		try {
			content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IndexSetFileException(
					List.of(new FileIssue("CSV", 0, "", "methodology.file.unreadable", List.of())));
		}
		if (content.startsWith("\uFEFF")) {
			content = content.substring(1);
		}
		List<List<String>> rows = TabularFiles.csv(content);
		List<NodeDraft> nodes = criteria(rows, "CSV", issues);
		if (!issues.isEmpty()) {
			throw new IndexSetFileException(issues);
		}
		return nodes;
	}

	private static List<ClassBandDraft> classes(Sheet sheet, List<FileIssue> issues) {
		List<ClassBandDraft> bands = new ArrayList<>();
		for (Row row : sheet) {
			if (row.getRowNum() == 0 || blank(row, 4)) {
				continue;
			}
			String code = cell(row, 0).strip();
			String name = cell(row, 1).strip();
			if (code.isEmpty()) {
				issues.add(issue(CLASSES, row.getRowNum(), 0, "methodology.file.required"));
			}
			if (name.isEmpty()) {
				issues.add(issue(CLASSES, row.getRowNum(), 1, "methodology.file.required"));
			}
			Optional<BigDecimal> min = number(cell(row, 3));
			if (min.isEmpty()) {
				issues.add(issue(CLASSES, row.getRowNum(), 3, "methodology.file.number"));
			}
			bands.add(new ClassBandDraft(code, name, cell(row, 2).strip(), min.orElse(BigDecimal.ZERO)));
		}
		return bands;
	}

	/**
	 * The criteria rows (after a header row); row numbers in issues count from 1 as
	 * spreadsheets do.
	 */
	private static List<NodeDraft> criteria(List<List<String>> rows, String sheet, List<FileIssue> issues) {
		List<NodeDraft> nodes = new ArrayList<>();
		List<Integer> rowNumbers = new ArrayList<>();
		if (rows.isEmpty() || !get(rows.get(0), 0).startsWith("Mã")) {
			issues.add(new FileIssue(sheet, 1, "A", "methodology.file.header", List.of(CRITERIA_HEADER.get(0))));
			return nodes;
		}
		for (int index = 1; index < rows.size(); index++) {
			List<String> row = rows.get(index);
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			String code = get(row, 0);
			if (code.isEmpty() || code.length() > 40) {
				issues.add(issue(sheet, index, 0, "methodology.file.code"));
			}
			Level level = LEVELS.get(get(row, 1).toLowerCase(Locale.ROOT));
			if (level == null) {
				issues.add(issue(sheet, index, 1, "methodology.file.level"));
			}
			String name = get(row, 3);
			if (name.isEmpty()) {
				issues.add(issue(sheet, index, 3, "methodology.file.required"));
			}
			Optional<BigDecimal> max = number(get(row, 5));
			if (max.isEmpty() || max.get().signum() < 0) {
				issues.add(issue(sheet, index, 5, "methodology.file.number"));
			}
			String componentText = get(row, 6);
			Component component = componentText.isEmpty() ? null
					: COMPONENTS.get(componentText.toLowerCase(Locale.ROOT));
			if (!componentText.isEmpty() && component == null) {
				issues.add(issue(sheet, index, 6, "methodology.file.component"));
			}
			String type = get(row, 7);
			String rule = (type + " " + get(row, 8)).strip();
			if (!type.isEmpty()) {
				try {
					RuleNotation.parse(rule);
				}
				catch (RuleNotationException ex) {
					issues.add(new FileIssue(sheet, index + 1, column(7), ex.messageKey(),
							prefixed(code, ex.arguments())));
				}
			}
			if (componentText.isEmpty() != type.isEmpty()) {
				issues.add(issue(sheet, index, componentText.isEmpty() ? 6 : 7, "methodology.file.leaf"));
			}
			String parent = get(row, 2);
			rowNumbers.add(index + 1);
			nodes.add(new NodeDraft(code, parent.isEmpty() ? Optional.empty() : Optional.of(parent),
					(level != null) ? level : Level.CRITERION, name, get(row, 4), max.orElse(BigDecimal.ZERO),
					Optional.ofNullable(component), type.isEmpty() ? Optional.empty() : Optional.of(rule), get(row, 9),
					get(row, 10)));
		}
		for (IndexSetIssue structural : IndexSetEditor.structuralIssues(nodes)) {
			if (structural.messageKey().startsWith("methodology.rule.")
					|| structural.messageKey().equals("methodology.node.leaf-needs-rule")) {
				continue;
			}
			int row = 0;
			for (int i = 0; i < nodes.size(); i++) {
				if (nodes.get(i).code().equals(structural.subject())) {
					row = rowNumbers.get(i);
				}
			}
			String column = structural.messageKey().equals("methodology.node.unknown-parent") ? "C" : "A";
			issues.add(new FileIssue(sheet, row, column, structural.messageKey(), structural.arguments()));
		}
		return nodes;
	}

	private static List<List<String>> rowsOf(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (int index = 0; index <= sheet.getLastRowNum(); index++) {
			Row row = sheet.getRow(index);
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < CRITERIA_HEADER.size(); column++) {
				cells.add((row != null) ? cell(row, column) : "");
			}
			rows.add(cells);
		}
		return rows;
	}

	private static Sheet sheet(Workbook workbook, String name, List<FileIssue> issues) {
		Sheet sheet = workbook.getSheet(name);
		if (sheet == null) {
			issues.add(new FileIssue(name, 0, "", "methodology.file.sheet", List.of(name)));
		}
		return sheet;
	}

	private static String required(Map<String, String> values, Map<String, Integer> rows, String key,
			List<FileIssue> issues) {
		String value = values.getOrDefault(key, "").strip();
		if (value.isEmpty()) {
			issues.add(new FileIssue(SETTINGS, rows.getOrDefault(key, -1) + 1, "B", "methodology.file.setting",
					List.of(key)));
		}
		return value;
	}

	private static BigDecimal setting(Map<String, String> values, Map<String, Integer> rows, String key,
			List<FileIssue> issues) {
		Optional<BigDecimal> number = number(values.getOrDefault(key, ""));
		if (number.isEmpty() || number.get().signum() < 0) {
			issues.add(new FileIssue(SETTINGS, rows.getOrDefault(key, -1) + 1, "B", "methodology.file.setting",
					List.of(key)));
			return BigDecimal.ZERO;
		}
		return number.get();
	}

	private static String cell(Row row, int column) {
		return TabularFiles.text(row.getCell(column), new DataFormatter());
	}

	private static boolean blank(Row row, int columns) {
		for (int column = 0; column < columns; column++) {
			if (!cell(row, column).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static String get(List<String> row, int column) {
		return (column < row.size()) ? row.get(column).strip() : "";
	}

	private static Optional<BigDecimal> number(String text) {
		String cleaned = text.strip().replace(" ", "");
		if (cleaned.contains(",") && !cleaned.contains(".")) {
			cleaned = cleaned.replace(',', '.');
		}
		try {
			return cleaned.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(cleaned));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static FileIssue issue(String sheet, int rowIndex, int column, String key) {
		return new FileIssue(sheet, rowIndex + 1, column(column), key, List.of());
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

	/** A problem in an imported file: sheet, row (from 1), column letter, and what. */
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
