package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parindex.engine.Component;
import org.parindex.engine.Level;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.NodeView;
import org.parindex.platform.TableRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of a past year's results file (issue 12, item 8) against a small set: area 1
 * with leaves 1.1 (appraisal, max 2) and 1.2 (survey, max 3); bonus cap 6, deduction cap
 * 8; units {@code a} and {@code b}.
 */
class PastYearFileTests {

	private static final IndexSetView SET = new IndexSetView(1, 2019, 1, "Bộ 2019", "", false, false,
			Map.of(Component.APPRAISAL, new BigDecimal("2"), Component.SURVEY, new BigDecimal("3")),
			new BigDecimal("6"), new BigDecimal("8"), 2, List.of(),
			List.of(node("1", null, Level.AREA, "5", null), node("1.1", "1", Level.CRITERION, "2", Component.APPRAISAL),
					node("1.2", "1", Level.CRITERION, "3", Component.SURVEY)),
			null, 1, null);

	private static final Set<String> UNITS = Set.of("a", "b");

	@Test
	void aCompleteFileIsReadWithBonusAndDeduction() {
		PastYearFile.Reading reading = read(row(1, "Mã đơn vị", "Tên", "Mã tiêu chí", "", "", "Điểm"),
				row(2, "a", "A", "1.1", "", "2", "1,5"), row(3, "a", "A", "1.2", "", "3", "2.25"),
				row(4, "a", "A", "thuong", "", "6", "1"), row(5, "a", "A", "TRU", "", "8", "0.5"),
				row(6, "b", "B", "1.1", "", "2", "2"), row(7, "b", "B", "1.2", "", "", "0"));
		assertThat(reading.problems()).isEmpty();
		assertThat(reading.valid()).isTrue();
		PastYearFile.UnitFigures a = reading.units().get(0);
		assertThat(a.unitCode()).isEqualTo("a");
		assertThat(a.points()).containsOnlyKeys("1.1", "1.2");
		assertThat(a.points().get("1.1")).isEqualByComparingTo("1.5");
		assertThat(a.points().get("1.2")).isEqualByComparingTo("2.25");
		assertThat(a.bonus()).isEqualByComparingTo("1");
		assertThat(a.deduction()).isEqualByComparingTo("0.5");
	}

	@Test
	void everyProblemIsNamedByRowAndColumn() {
		PastYearFile.Reading reading = read(row(1, "Mã đơn vị", "", "", "", "", ""),
				row(2, "a", "", "1.1", "", "", "2,5"), row(3, "a", "", "1.2", "", "", "-1"),
				row(4, "x", "", "1.1", "", "", "1"), row(5, "b", "", "9.9", "", "", "1"),
				row(6, "b", "", "1.1", "", "", "abc"), row(7, "b", "", "1.2", "", "", "1"),
				row(8, "b", "", "1.2", "", "", "2"), row(9, "b", "", "THUONG", "", "", "7"),
				row(10, "b", "", "TRU", "", "", "9"), row(11, "b", "", "1", "", "", "1"),
				row(12, "b", "", "1.1", "", "", ""));
		assertThat(reading.valid()).isFalse();
		assertThat(reading.problems()).extracting((p) -> p.row() + p.column() + " " + p.messageKey())
			.containsExactly("2F past-year.points.over-max", "3F past-year.points.negative",
					"4A past-year.unit.unknown", "5C past-year.criterion.unknown", "6F past-year.points.not-number",
					"8C past-year.twice", "9F past-year.points.over-bonus-cap",
					"10F past-year.points.over-deduction-cap", "11C past-year.criterion.branch", "12C past-year.twice");
		assertThat(reading.problems().get(0).arguments()).containsExactly(new BigDecimal("2.5"), new BigDecimal("2"));
		assertThat(reading.problems().get(0).criterion()).isEqualTo("1.1");
		assertThat(reading.problems().get(5).arguments()).containsExactly("b", "1.2", 7);
	}

	@Test
	void aUnitWithoutEveryCriterionIsRefusedByItsCode() {
		PastYearFile.Reading reading = read(row(4, "a", "", "1.1", "", "", "1"), row(5, "b", "", "1.2", "", "", ""));
		assertThat(reading.problems()).extracting((p) -> p.row() + p.column() + " " + p.messageKey())
			.containsExactly("5F past-year.points.missing", "0 past-year.unit.incomplete",
					"0 past-year.unit.incomplete");
		assertThat(reading.problems().get(1).arguments()).containsExactly("a", 1, "1.2");
	}

	/**
	 * A unit of the group with no row is refused by its name, not ranked last with 0
	 * points (walk of issue 12).
	 */
	@Test
	void aUnitOfTheGroupMissingFromTheFileIsRefused() {
		PastYearFile.Reading reading = PastYearFile.read(
				new ArrayList<>(List.of(row(2, "a", "A", "1.1", "", "2", "1"), row(3, "a", "A", "1.2", "", "3", "1"))),
				SET, Map.of("a", "Đơn vị A", "b", "Pleiku"), Map.of("b", "Pleiku"));
		assertThat(reading.valid()).isFalse();
		assertThat(reading.problems())
			.extracting((p) -> p.row() + p.column() + " " + p.messageKey() + " " + p.arguments())
			.containsExactly("0 past-year.unit.absent [b, Pleiku]");
	}

	/**
	 * The columns are read by position: a header naming another column at a place (the
	 * maximum and the points swapped, a column deleted) is refused before any row is
	 * read, and a maximum written in column E that is not the criterion's is refused at
	 * its row (walk of issue 12: every unit got the maxima, tied first).
	 */
	@Test
	void aHeaderOutOfOrderOrAMaximumNotTheCriterionsIsRefused() {
		PastYearFile.Reading swapped = read(
				row(1, "Mã đơn vị", "Tên đơn vị", "Mã tiêu chí", "Tên tiêu chí", "Điểm", "Điểm tối đa"),
				row(2, "a", "A", "1.1", "", "1", "2"), row(3, "a", "A", "1.2", "", "1", "3"));
		assertThat(swapped.problems())
			.extracting((p) -> p.row() + p.column() + " " + p.messageKey() + " " + p.arguments())
			.containsExactly("1E past-year.header [Điểm, Điểm tối đa]", "1F past-year.header [Điểm tối đa, Điểm]");
		assertThat(swapped.units()).isEmpty();
		PastYearFile.Reading english = read(
				row(1, "Unit code", "Unit name", "Criterion code", "Criterion name", "Maximum", "Points"),
				row(2, "a", "A", "1.1", "", "2", "1"), row(3, "a", "A", "1.2", "", "3", "1"),
				row(4, "b", "B", "1.1", "", "2", "1"), row(5, "b", "B", "1.2", "", "3", "1"));
		assertThat(english.problems()).isEmpty();
		PastYearFile.Reading wrongMax = read(row(2, "a", "A", "1.1", "", "99", "1"),
				row(3, "a", "A", "1.2", "", "3", "1"), row(4, "b", "B", "1.1", "", "2", "1"),
				row(5, "b", "B", "1.2", "", "3,0", "1"));
		assertThat(wrongMax.problems())
			.extracting((p) -> p.row() + p.column() + " " + p.messageKey() + " " + p.arguments())
			.containsExactly("2E past-year.max.differs [99, 2, 2019]");
	}

	/** Column G, optional, carries the reason a criterion lost its points. */
	@Test
	void aReasonInColumnGGoesWithItsCriterion() {
		PastYearFile.Reading reading = read(row(2, "a", "A", "1.1", "", "2", "1", "Chưa ban hành kế hoạch"),
				row(3, "a", "A", "1.2", "", "3", "1", ""), row(4, "b", "B", "1.1", "", "2", "2"),
				row(5, "b", "B", "1.2", "", "3", "1", "x".repeat(2001)));
		assertThat(reading.units().get(0).reasons()).containsExactly(Map.entry("1.1", "Chưa ban hành kế hoạch"));
		assertThat(reading.problems()).extracting((p) -> p.row() + p.column() + " " + p.messageKey())
			.containsExactly("5G past-year.reason.long");
	}

	@Test
	void aFileWithoutRowsIsRefused() {
		PastYearFile.Reading reading = read(row(1, "Mã đơn vị", "", "", "", "", ""));
		assertThat(reading.valid()).isFalse();
		assertThat(reading.problems()).extracting(PastYearFile.Problem::messageKey).containsExactly("past-year.empty");
	}

	@Test
	void theSurveyMeanGivesBackThePoints() {
		for (String points : List.of("0", "2.71", "3", "1.01", "0.07")) {
			BigDecimal mean = PastYearImport.mean(new BigDecimal(points), new BigDecimal("3"));
			assertThat(mean.multiply(new BigDecimal("3")).setScale(2, java.math.RoundingMode.HALF_UP))
				.isEqualByComparingTo(points);
		}
	}

	/**
	 * A code typed for another unit gives its points to the wrong unit: the name beside
	 * it in column B, when given, must be the unit's, however it is spelled; said once
	 * per unit and name (walk of issue 12).
	 */
	@Test
	void aNameThatIsNotTheCodesUnitIsRefusedOnce() {
		Map<String, String> units = Map.of("dakpo", "Đak Pơ", "kongchro", "Kông Chro");
		PastYearFile.Reading reading = PastYearFile
			.read(new ArrayList<>(List.of(row(2, "dakpo", "Huyện Đăk Pơ", "1.1", "", "2", "1"),
					row(3, "dakpo", "ĐAKPƠ", "1.2", "", "3", "1"), row(4, "dakpo", "Kông Chro", "1.1", "", "2", "1"),
					row(5, "kongchro", "Kông Chro", "1.2", "", "3", "1"),
					row(6, "kongchro", "Kông Chro", "1.1", "", "2", "1"), row(7, "kongchro", "", "1.2", "", "3", "1"))),
					SET, units, units);
		assertThat(reading.problems())
			.extracting((p) -> p.row() + p.column() + " " + p.messageKey() + " " + p.arguments())
			.containsExactly("4B past-year.unit.name-differs [Kông Chro, dakpo, Đak Pơ]",
					"4C past-year.twice [dakpo, 1.1, 2]", "7C past-year.twice [kongchro, 1.2, 5]");
		assertThat(PastYearFile.sameUnit("Thị xã An Khê", "An Khê")).isTrue();
		assertThat(PastYearFile.sameUnit("Khê", "An Khê")).isTrue();
		assertThat(PastYearFile.sameUnit("Pleiku", "An Khê")).isFalse();
		assertThat(PastYearFile.sameUnit("ê", "An Khê")).isFalse();
	}

	/**
	 * The header is found below a title row, by a short title too ("Mã ĐV"); columns A
	 * and B swapped are refused by the header, not row by row (walk of issue 12: 1,278
	 * problems).
	 */
	@Test
	void theHeaderIsFoundBelowATitleAndColumnsMovedAreSaidOnce() {
		PastYearFile.Reading titled = read(row(1, "KẾT QUẢ CHỈ SỐ CCHC NĂM 2019"), row(2, "Mã ĐV", "Tên ĐV"),
				row(3, "a", "A", "1.1", "", "2", "1"), row(4, "a", "A", "1.2", "", "3", "1"),
				row(5, "b", "B", "1.1", "", "2", "1"), row(6, "b", "B", "1.2", "", "3", "1"));
		assertThat(titled.problems()).isEmpty();
		assertThat(titled.units()).hasSize(2);
		PastYearFile.Reading swapped = read(row(1, "Tên đơn vị", "Mã đơn vị", "Mã tiêu chí"),
				row(2, "A", "a", "1.1", "", "2", "1"), row(3, "A", "a", "1.2", "", "3", "1"));
		assertThat(swapped.problems())
			.extracting((p) -> p.row() + p.column() + " " + p.messageKey() + " " + p.arguments())
			.containsExactly("1A past-year.header [Tên đơn vị, Mã đơn vị]",
					"1B past-year.header [Mã đơn vị, Tên đơn vị]");
	}

	/**
	 * A line of instructions naming columns is no header, a header without accents is
	 * one, and a sheet that quotes the header scores less than the table (walk of issue
	 * 12, second round).
	 */
	@Test
	void instructionsAreNoHeaderAndScoreLessThanTheTable() {
		assertThat(PastYearFile.isHeader(row(1, "Mã đơn vị, Tên đơn vị, Mã tiêu chí: không sửa."))).isFalse();
		assertThat(PastYearFile.isHeader(row(2, "Mã đơn vị", "mã do hệ thống cấp, không sửa"))).isFalse();
		assertThat(PastYearFile.isHeader(row(1, "Ma DV", "Ten DV", "Ma tieu chi"))).isTrue();
		assertThat(PastYearFile.isHeader(row(1, "Mã đơn vị"))).isTrue();
		List<TableRow> instructions = List.of(row(1, "Hướng dẫn"),
				row(2, "Mã đơn vị", "Tên đơn vị", "Mã tiêu chí", "Tên tiêu chí", "Điểm tối đa", "Điểm"),
				row(3, "a", "A", "1.1", "", "2", "1"));
		List<TableRow> table = List.of(row(1, "Mã đơn vị", "Tên đơn vị", "Mã tiêu chí"),
				row(2, "a", "A", "1.1", "", "2", "1"), row(3, "a", "A", "1.2", "", "3", "1"));
		assertThat(PastYearFile.tableScore(instructions)).isLessThan(PastYearFile.tableScore(table));
		assertThat(PastYearFile.tableScore(List.of(row(1, "Hướng dẫn")))).isZero();
	}

	/**
	 * Names where the codes belong, or an unknown code on many rows, are said once per
	 * value with the number of rows (walk of issue 12, second round: 1,275 lines).
	 */
	@Test
	void anUnknownCodeIsSaidOncePerValue() {
		Map<String, String> units = Map.of("dakpo", "Đak Pơ", "kongchro", "Kông Chro");
		PastYearFile.Reading reading = PastYearFile.read(new ArrayList<>(
				List.of(row(2, "Đak Pơ", "dakpo", "1.1", "", "2", "1"), row(3, "Đak Pơ", "dakpo", "1.2", "", "3", "1"),
						row(4, "xyz", "", "1.1", "", "2", "1"), row(5, "xyz", "", "1.2", "", "3", "1"),
						row(6, "xyz", "", "1.2", "", "3", "1"), row(7, "abc", "", "1.2", "", "3", "1"))),
				SET, units, Map.of());
		assertThat(reading.problems())
			.extracting((p) -> p.row() + p.column() + " " + p.messageKey() + " " + p.arguments())
			.containsExactly("2A past-year.unit.name-as-code [Đak Pơ, dakpo, 2]",
					"4A past-year.unit.unknown-rows [xyz, 3]", "7A past-year.unit.unknown [abc]");
	}

	private static PastYearFile.Reading read(TableRow... rows) {
		return PastYearFile.read(new ArrayList<>(Arrays.asList(rows)), SET, UNITS);
	}

	private static TableRow row(int number, String... cells) {
		return new TableRow(number, List.of(cells));
	}

	private static NodeView node(String code, String parent, Level level, String max, Component component) {
		return new NodeView(code, Optional.ofNullable(parent), level, 0, code, code, new BigDecimal(max),
				Optional.ofNullable(component), Optional.ofNullable(component).map((c) -> "manual"), "", "");
	}

}
