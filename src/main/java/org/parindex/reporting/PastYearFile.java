package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.NodeView;
import org.parindex.platform.DecimalInput;
import org.parindex.platform.TableRow;
import org.parindex.platform.Text;

/**
 * A past year's final results as the PAR office keys them from the province's decision
 * (issue 12, item 8), read and checked against that year's index set before anything is
 * stored. Long format, one row per unit and criterion (see docs/reports.md): column A the
 * unit's code, B its name (for the reader; when given, it must be the unit's, so that a
 * code typed for another unit is caught), C the criterion's code (a leaf of the set, or
 * {@value #BONUS} for the bonus and {@value #DEDUCTION} for the deduction), D the
 * criterion's name and E its maximum (for the reader; checked), F the points, G
 * optionally why the points were lost (the reason the decision published). An optional
 * header row, among the first rows (a title may stand above it), has a column title in
 * its first cell ("Mã đơn vị", "Mã ĐV", "Unit code"); its titles must be the template's,
 * in order. Every unit in the file must have a row for every leaf of the set (appraisal
 * and survey); a bonus or deduction row may be left out (no points).
 */
public final class PastYearFile {

	/** The criterion code of a unit's bonus row. */
	public static final String BONUS = "THUONG";

	/** The criterion code of a unit's deduction row. */
	public static final String DEDUCTION = "TRU";

	/** Column letters of the unit code, criterion code and points. */
	static final String UNIT_COLUMN = "A";

	static final String NAME_COLUMN = "B";

	static final String CODE_COLUMN = "C";

	static final String MAX_COLUMN = "E";

	static final String REASON_COLUMN = "G";

	private static final int REASON_INDEX = 6;

	static final String POINTS_COLUMN = "F";

	private PastYearFile() {
	}

	/**
	 * A problem at a row and column of the file.
	 *
	 * @param row the row's number from 1 as the spreadsheet shows it, 0 for the file
	 * @param column the column's letter, empty for the whole row
	 * @param criterion the criterion code the cell is about, empty if none
	 * @param messageKey the message (messages_*.properties, {@code past-year.*})
	 * @param arguments the message's arguments
	 */
	public record Problem(int row, String column, String criterion, String messageKey,
			List<Object> arguments) implements java.io.Serializable {

		public Problem {
			arguments = List.copyOf(arguments);
		}

	}

	/**
	 * One unit's figures as the file has them.
	 *
	 * @param unitCode the unit's code
	 * @param row the row of the unit's first figure
	 * @param points the points of each leaf of the set by code (0 to the leaf's maximum)
	 * @param bonus the bonus points (0 to the set's bonus cap)
	 * @param deduction the deduction points (0 to the set's deduction cap)
	 */
	public record UnitFigures(String unitCode, int row, Map<String, BigDecimal> points, BigDecimal bonus,
			BigDecimal deduction, Map<String, String> reasons) implements java.io.Serializable {

		public UnitFigures {
			points = Map.copyOf(points);
			reasons = Map.copyOf(reasons);
		}

		/** Figures without reasons. */
		public UnitFigures(String unitCode, int row, Map<String, BigDecimal> points, BigDecimal bonus,
				BigDecimal deduction) {
			this(unitCode, row, points, bonus, deduction, Map.of());
		}

	}

	/** The longest reason a row's column G may give (characters), as an appraiser's. */
	public static final int MAX_REASON = 2000;

	/**
	 * What was read: the units' figures, in file order, and every problem found.
	 *
	 * @param sheet the name of the workbook's sheet read, empty for a CSV file or before
	 * the file is known
	 */
	public record Reading(List<UnitFigures> units, List<Problem> problems,
			String sheet) implements java.io.Serializable {

		public Reading {
			units = List.copyOf(units);
			problems = List.copyOf(problems);
		}

		/** What was read from rows whose sheet is not known. */
		public Reading(List<UnitFigures> units, List<Problem> problems) {
			this(units, problems, "");
		}

		/** The same reading, of the named sheet. */
		public Reading of(String sheetName) {
			return new Reading(this.units, this.problems, sheetName);
		}

		/** Whether the file can be imported (no problem at all). */
		public boolean valid() {
			return this.problems.isEmpty() && !this.units.isEmpty();
		}

	}

	/**
	 * Reads and checks the rows against the set: an unknown unit (not of the set's group)
	 * or criterion code (not a leaf of the set, nor {@value #BONUS} or
	 * {@value #DEDUCTION}), points missing, not a number, negative, over the criterion's
	 * maximum or over the set's bonus or deduction cap, a unit and criterion twice, a
	 * unit without a row for every leaf, a file without units. Every problem is listed,
	 * by row and column.
	 * @param table the file's rows with content ({@code TabularFiles})
	 * @param set the year's index set
	 * @param unitCodes the codes of the units of the set's group
	 */
	public static Reading read(List<TableRow> table, IndexSetView set, java.util.Set<String> unitCodes) {
		Map<String, String> units = new LinkedHashMap<>();
		unitCodes.stream().sorted().forEach((code) -> units.put(code, code));
		return read(table, set, units, units);
	}

	/**
	 * As {@link #read(List, IndexSetView, java.util.Set)}, the units of the set's group
	 * given with their names: a unit taking part with no row in the file is refused by
	 * its name (walk of issue 12: it was ranked last with 0 points); a header row whose
	 * titles are not the template's, in its order, is refused before any row is read (the
	 * columns are read by position: "Điểm tối đa" and "Điểm" swapped gave every unit the
	 * maxima); a maximum in column E other than the criterion's is refused.
	 * @param units the codes of the units of the set's group a row may name, each with
	 * its name
	 * @param required the units that take part in the year (the engine ranks every unit
	 * of the group at the year's end), each with its name: each must have its rows
	 */
	public static Reading read(List<TableRow> table, IndexSetView set, Map<String, String> units,
			Map<String, String> required) {
		java.util.Set<String> unitCodes = units.keySet();
		int headerAt = headerAt(table);
		if (headerAt >= 0) {
			List<Problem> header = header(table.get(headerAt));
			if (!header.isEmpty()) {
				return new Reading(List.of(), header);
			}
		}
		Map<String, NodeView> leaves = new LinkedHashMap<>();
		Map<String, NodeView> branches = new LinkedHashMap<>();
		for (NodeView node : set.nodes()) {
			(node.isLeaf() ? leaves : branches).put(node.code(), node);
		}
		List<Problem> problems = new ArrayList<>();
		Map<String, Map<String, BigDecimal>> points = new LinkedHashMap<>();
		Map<String, Map<String, String>> reasons = new LinkedHashMap<>();
		Map<String, Integer> firstRow = new LinkedHashMap<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		java.util.Set<String> namesSeen = new java.util.HashSet<>();
		Map<String, int[]> unknownUnits = new LinkedHashMap<>();
		for (int index = 0; index < table.size(); index++) {
			TableRow row = table.get(index);
			if (index <= headerAt) {
				// the header, and a title above it ("KẾT QUẢ CHỈ SỐ CCHC NĂM 2019")
				continue;
			}
			String unit = row.cell(0);
			String code = row.cell(2).toUpperCase(Locale.ROOT).equals(BONUS)
					|| row.cell(2).toUpperCase(Locale.ROOT).equals(DEDUCTION) ? row.cell(2).toUpperCase(Locale.ROOT)
							: row.cell(2);
			boolean unitKnown = true;
			if (unit.isEmpty()) {
				problems.add(new Problem(row.number(), UNIT_COLUMN, "", "past-year.unit.missing", List.of()));
				unitKnown = false;
			}
			else if (!unitCodes.contains(unit)) {
				// said once per value, with how many rows carry it (walk of issue 12:
				// names in column A gave 1,275 lines)
				int[] seenUnknown = unknownUnits.get(unit);
				if (seenUnknown == null) {
					unknownUnits.put(unit, new int[] { problems.size(), 1 });
					problems.add(new Problem(row.number(), UNIT_COLUMN, "", "past-year.unit.unknown", List.of(unit)));
				}
				else {
					seenUnknown[1]++;
				}
				unitKnown = false;
			}
			else if (!row.cell(1).isEmpty() && !sameUnit(row.cell(1), units.get(unit), required.get(unit))
					&& namesSeen.add(unit + "\u0000" + Text.folded(row.cell(1)))) {
				// a code typed for another unit's row gives its points to the wrong unit:
				// the name beside it says so (walk of issue 12), once per unit and name
				problems.add(new Problem(row.number(), NAME_COLUMN, "", "past-year.unit.name-differs",
						List.of(row.cell(1), unit, units.get(unit))));
			}
			Optional<BigDecimal> max = maximum(code, leaves, set);
			if (code.isEmpty()) {
				problems.add(new Problem(row.number(), CODE_COLUMN, "", "past-year.criterion.missing", List.of()));
			}
			else if (branches.containsKey(code)) {
				problems.add(new Problem(row.number(), CODE_COLUMN, code, "past-year.criterion.branch", List.of(code)));
			}
			else if (max.isEmpty()) {
				problems.add(new Problem(row.number(), CODE_COLUMN, code, "past-year.criterion.unknown",
						List.of(code, set.year())));
			}
			if (unitKnown && max.isPresent()) {
				String key = unit + "\u0000" + code;
				Integer earlier = seen.putIfAbsent(key, row.number());
				if (earlier != null) {
					problems.add(new Problem(row.number(), CODE_COLUMN, code, "past-year.twice",
							List.of(unit, code, earlier)));
					continue;
				}
			}
			if (max.isPresent()) {
				maximumAsTyped(row, code, max.get(), set, problems);
			}
			Optional<BigDecimal> value = points(row, code, max, problems);
			if (unitKnown) {
				firstRow.putIfAbsent(unit, row.number());
				Map<String, BigDecimal> figures = points.computeIfAbsent(unit, (u) -> new LinkedHashMap<>());
				if (max.isPresent() && value.isPresent()) {
					figures.put(code, value.get());
					// column G, optional: why the unit lost the points, as the decision
					// published it (walk of issue 12: every criterion said "Kết quả nhập
					// từ tệp")
					String reason = row.cell(REASON_INDEX).strip();
					if (reason.length() > MAX_REASON) {
						problems.add(new Problem(row.number(), REASON_COLUMN, code, "past-year.reason.long",
								List.of(MAX_REASON)));
					}
					else if (!reason.isEmpty() && !code.equals(BONUS) && !code.equals(DEDUCTION)) {
						reasons.computeIfAbsent(unit, (u) -> new LinkedHashMap<>()).put(code, reason);
					}
				}
			}
		}
		for (Map.Entry<String, int[]> unknown : unknownUnits.entrySet()) {
			Problem first = problems.get(unknown.getValue()[0]);
			int rows = unknown.getValue()[1];
			Optional<String> named = units.entrySet()
				.stream()
				.filter((known) -> sameUnit(unknown.getKey(), known.getValue()))
				.map(Map.Entry::getKey)
				.findFirst();
			if (named.isPresent()) {
				// a unit's name where its code belongs: columns A and B swapped
				problems.set(unknown.getValue()[0], new Problem(first.row(), UNIT_COLUMN, "",
						"past-year.unit.name-as-code", List.of(unknown.getKey(), named.get(), rows)));
			}
			else if (rows > 1) {
				problems.set(unknown.getValue()[0], new Problem(first.row(), UNIT_COLUMN, "",
						"past-year.unit.unknown-rows", List.of(unknown.getKey(), rows)));
			}
		}
		List<UnitFigures> figuresOf = new ArrayList<>();
		for (Map.Entry<String, Map<String, BigDecimal>> unit : points.entrySet()) {
			Map<String, BigDecimal> figures = unit.getValue();
			List<String> missing = leaves.keySet()
				.stream()
				.filter((code) -> !figures.containsKey(code) && !seen.containsKey(unit.getKey() + "\u0000" + code))
				.toList();
			if (!missing.isEmpty()) {
				// said of the file, not of the unit's first row, which is not where a row
				// is missing (walk of issue 12)
				problems.add(new Problem(0, "", "", "past-year.unit.incomplete",
						List.of(unit.getKey(), missing.size(), String.join(", ", missing))));
			}
			Map<String, BigDecimal> leafPoints = new LinkedHashMap<>(figures);
			BigDecimal bonus = Optional.ofNullable(leafPoints.remove(BONUS)).orElse(BigDecimal.ZERO);
			BigDecimal deduction = Optional.ofNullable(leafPoints.remove(DEDUCTION)).orElse(BigDecimal.ZERO);
			figuresOf.add(new UnitFigures(unit.getKey(), firstRow.get(unit.getKey()), leafPoints, bonus, deduction,
					reasons.getOrDefault(unit.getKey(), Map.of())));
		}
		if (figuresOf.isEmpty() && problems.isEmpty()) {
			problems.add(new Problem(0, "", "", "past-year.empty", List.of()));
		}
		else if (!figuresOf.isEmpty()) {
			for (Map.Entry<String, String> unit : required.entrySet()) {
				if (!points.containsKey(unit.getKey())) {
					problems
						.add(new Problem(0, "", "", "past-year.unit.absent", List.of(unit.getKey(), unit.getValue())));
				}
			}
		}
		// in the file's order, whole-file problems last (walk of issue 12: rows 2, 80, 3,
		// 77)
		problems.sort(java.util.Comparator.comparingInt((Problem p) -> (p.row() <= 0) ? Integer.MAX_VALUE : p.row()));
		return new Reading(figuresOf, problems);
	}

	/**
	 * The titles of columns B to F the template writes, each with the titles also
	 * accepted (lower case, the text before a parenthesis): a header row naming another
	 * column at a place is refused.
	 */
	static final List<List<String>> TITLES = List.of(List.of("mã đơn vị", "mã đv", "mã", "unit code"),
			List.of("tên đơn vị", "tên đv", "đơn vị", "tên", "unit name", "unit"),
			List.of("mã tiêu chí", "tiêu chí", "criterion code", "criterion", "code"),
			List.of("tên tiêu chí", "nội dung", "tên", "criterion name", "name"),
			List.of("điểm tối đa", "tối đa", "maximum", "max"), List.of("điểm", "điểm đạt", "points", "score"),
			List.of("nguyên nhân mất điểm", "nguyên nhân", "lý do", "reason"));

	/** The template's titles as the refusal names them. */
	private static final List<String> SAID = List.of("Mã đơn vị", "Tên đơn vị", "Mã tiêu chí", "Tên tiêu chí",
			"Điểm tối đa", "Điểm", "Nguyên nhân mất điểm");

	/** The problems of a header row: a title at a place that is not that column's. */
	private static List<Problem> header(TableRow row) {
		List<Problem> problems = new ArrayList<>();
		for (int column = 0; column < TITLES.size(); column++) {
			String typed = row.cell(column);
			if (!typed.isEmpty() && !row.titles(column, TITLES.get(column))) {
				problems
					.add(new Problem(row.number(), org.apache.poi.ss.util.CellReference.convertNumToColString(column),
							"", "past-year.header", List.of(typed, SAID.get(column))));
			}
		}
		return problems;
	}

	/**
	 * A maximum written in column E (for the reader) that is not the criterion's, the
	 * bonus cap or the deduction cap: a shifted column or another criterion's row.
	 */
	private static void maximumAsTyped(TableRow row, String code, BigDecimal max, IndexSetView set,
			List<Problem> problems) {
		Optional<BigDecimal> typed;
		try {
			typed = row.decimal(4);
		}
		catch (NumberFormatException ex) {
			typed = Optional.empty();
		}
		if (typed.isPresent() && typed.get().compareTo(max) != 0) {
			problems.add(new Problem(row.number(), MAX_COLUMN, code, "past-year.max.differs",
					List.of(typed.get(), max, set.year())));
		}
	}

	/**
	 * Whether a name typed in column B is the unit's, as the year or today names it,
	 * however it is spelled: folded ({@link Text#folded}: "Đăk Pơ" is "Đak Pơ"), with or
	 * without its kind ("Huyện Đak Pơ") or its blanks ("Đakpơ").
	 */
	static boolean sameUnit(String typed, @Nullable String... names) {
		String folded = Text.folded(typed);
		String joined = folded.replace(" ", "");
		for (String name : names) {
			if (name == null) {
				continue;
			}
			String known = Text.folded(name);
			String knownJoined = known.replace(" ", "");
			if (folded.equals(known) || folded.endsWith(" " + known) || known.endsWith(" " + folded)
					|| joined.endsWith(knownJoined) || (knownJoined.endsWith(joined) && joined.length() >= 3)) {
				return true;
			}
		}
		return false;
	}

	/** The most rows above the header (a title, a date line) looked through for it. */
	static final int HEADER_SEARCH_ROWS = 10;

	/**
	 * The index of the header row among the first {@value #HEADER_SEARCH_ROWS} rows, or
	 * -1 when there is none (the header is optional): a title row above the header is
	 * common (walk of issue 12: "KẾT QUẢ CHỈ SỐ CCHC NĂM 2019" on row 1 hid the header).
	 */
	static int headerAt(List<TableRow> table) {
		for (int index = 0; index < Math.min(HEADER_SEARCH_ROWS, table.size()); index++) {
			if (isHeader(table.get(index))) {
				return index;
			}
		}
		return -1;
	}

	/**
	 * How much a sheet looks like the results' table: the rows after its header that name
	 * a unit and a criterion (columns A and C), 0 without a header. An instructions sheet
	 * that quotes the header, or one example row, scores less than the table (walk of
	 * issue 12, second round).
	 */
	static int tableScore(List<TableRow> sheet) {
		int header = headerAt(sheet);
		if (header < 0) {
			return 0;
		}
		int rows = 1;
		for (TableRow row : sheet.subList(header + 1, sheet.size())) {
			rows += (!row.cell(0).isEmpty() && !row.cell(2).isEmpty()) ? 1 : 0;
		}
		return rows;
	}

	/**
	 * Whether a row is a header row: two or more of its cells, the first among them, are
	 * titles of the template's columns ("Mã đơn vị", "Mã ĐV", or another column's title
	 * when the columns were moved: "Tên đơn vị" in A is a header out of order, refused as
	 * such, never read as a unit code); one title alone is a line of instructions ("Mã
	 * đơn vị, Tên đơn vị: không sửa"), unless it is column A's title alone on its row.
	 */
	static boolean isHeader(TableRow row) {
		String first = row.cell(0).split("\\(", 2)[0].strip().toLowerCase(Locale.ROOT);
		if (TITLES.get(0).contains(first) && row.cells().stream().skip(1).allMatch(String::isEmpty)) {
			// "Mã đơn vị" alone on its row, the other titles left out
			return true;
		}
		int titled = 0;
		for (int column = 0; column < TITLES.size(); column++) {
			if (titledAnyhow(row, column)) {
				titled++;
			}
			else if (column == 0) {
				return false;
			}
		}
		return titled >= 2;
	}

	/** Whether a row's cell is the title of one of the template's columns. */
	private static boolean titledAnyhow(TableRow row, int column) {
		return !row.cell(column).isEmpty() && TITLES.stream().anyMatch((titles) -> row.titles(column, titles));
	}

	/** A leaf's maximum, the set's bonus or deduction cap, or empty for another code. */
	private static Optional<BigDecimal> maximum(String code, Map<String, NodeView> leaves, IndexSetView set) {
		if (code.equals(BONUS)) {
			return Optional.of(set.bonusCap());
		}
		if (code.equals(DEDUCTION)) {
			return Optional.of(set.deductionCap());
		}
		return Optional.ofNullable(leaves.get(code)).map(NodeView::maxPoints);
	}

	/** The points of a row, checked against the maximum when the code is known. */
	private static Optional<BigDecimal> points(TableRow row, String code, Optional<BigDecimal> max,
			List<Problem> problems) {
		Optional<BigDecimal> value;
		try {
			value = row.decimal(5);
		}
		catch (DecimalInput.AmbiguousNumberException ex) {
			// 1.000: a thousand or one? both readings named (issue 9, num9)
			DecimalInput.Readings readings = DecimalInput.readings(row.cell(5)).orElseThrow();
			problems.add(new Problem(row.number(), POINTS_COLUMN, code, "past-year.points.ambiguous",
					List.of(row.cell(5), readings.thousands(), readings.decimal())));
			return Optional.empty();
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem(row.number(), POINTS_COLUMN, code, "past-year.points.not-number",
					List.of(row.cell(5))));
			return Optional.empty();
		}
		if (value.isEmpty()) {
			problems.add(new Problem(row.number(), POINTS_COLUMN, code, "past-year.points.missing", List.of()));
			return Optional.empty();
		}
		if (value.get().signum() < 0) {
			problems
				.add(new Problem(row.number(), POINTS_COLUMN, code, "past-year.points.negative", List.of(value.get())));
			return Optional.empty();
		}
		if (max.isPresent() && value.get().compareTo(max.get()) > 0) {
			String key = code.equals(BONUS) ? "past-year.points.over-bonus-cap"
					: code.equals(DEDUCTION) ? "past-year.points.over-deduction-cap" : "past-year.points.over-max";
			problems.add(new Problem(row.number(), POINTS_COLUMN, code, key, List.of(value.get(), max.get())));
			return Optional.empty();
		}
		return value;
	}

}
