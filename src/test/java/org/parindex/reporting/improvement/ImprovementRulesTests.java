package org.parindex.reporting.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parindex.engine.Component;
import org.parindex.engine.LeafStatus;
import org.parindex.engine.Level;
import org.parindex.reporting.ScorecardRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The improvement plan's rules (issue 12, item 7). */
class ImprovementRulesTests {

	private static ScorecardRow row(String code, boolean leaf, String max, String applicable, String points,
			LeafStatus status) {
		return new ScorecardRow(code, leaf ? Level.CRITERION : Level.AREA, leaf ? 1 : 0, "Tiêu chí " + code, "",
				new BigDecimal(max), new BigDecimal(applicable), new BigDecimal(points), leaf,
				leaf ? Optional.of(Component.APPRAISAL) : Optional.empty(), status, Map.of(), Optional.empty(), "", "",
				Optional.empty());
	}

	@Test
	void onlyLeavesBelowWhatAppliesToTheUnitGetARemedy() {
		List<ScorecardRow> rows = List.of(row("3", false, "10", "10", "7", LeafStatus.COMPUTED),
				row("3.1", true, "1", "1", "0", LeafStatus.COMPUTED),
				row("3.2", true, "2", "2", "2", LeafStatus.COMPUTED),
				row("3.3", true, "2", "0", "0", LeafStatus.NOT_APPLICABLE),
				row("3.4", true, "3", "3", "1.5", LeafStatus.OVERRIDDEN),
				row("3.5", true, "2", "2", "0", LeafStatus.NOT_ENTERED));
		assertThat(ImprovementRules.lostCriteria(rows)).extracting(ScorecardRow::code)
			.containsExactly("3.1", "3.4", "3.5");
	}

	private static ScorecardRow survey(String code, String max, String points) {
		return new ScorecardRow(code, Level.CRITERION, 1, "Tiêu chí " + code, "", new BigDecimal(max),
				new BigDecimal(max), new BigDecimal(points), true, Optional.of(Component.SURVEY), LeafStatus.COMPUTED,
				Map.of(), Optional.empty(), "", "", Optional.empty());
	}

	@Test
	void surveyCriteriaShareOneRemedyAfterTheCriteriaTheUnitControls() {
		List<ScorecardRow> rows = List.of(row("1", false, "10", "10", "7", LeafStatus.COMPUTED),
				row("1.1", true, "1", "1", "0", LeafStatus.COMPUTED), survey("1.6", "3", "2.79"),
				row("3.1", true, "1", "1", "0.5", LeafStatus.OVERRIDDEN), survey("3.6", "6", "5.5"),
				survey("5.7", "4", "4"));
		assertThat(ImprovementRules.lostCriteria(rows)).extracting(ScorecardRow::code).containsExactly("1.1", "3.1");
		assertThat(ImprovementRules.lostSurveyCriteria(rows)).extracting(ScorecardRow::code)
			.containsExactly("1.6", "3.6");
		// one remedy for the survey part, after the criteria the unit controls
		assertThat(ImprovementRules.remedyCodes(rows, Set.of())).containsExactly("1.1", "3.1",
				ImprovementRules.SURVEY_PART);
		// a remedy stored for one survey criterion before stays in the plan, after the
		// shared one; one stored for a survey criterion at its maximum does not
		assertThat(ImprovementRules.remedyCodes(rows, Set.of("3.6", "5.7", "3.1"))).containsExactly("1.1", "3.1",
				ImprovementRules.SURVEY_PART, "3.6");
		// no survey criterion lost points: no survey remedy
		assertThat(ImprovementRules.remedyCodes(
				List.of(row("1.1", true, "1", "1", "0", LeafStatus.COMPUTED), survey("1.6", "3", "3")), Set.of("1.6")))
			.containsExactly("1.1");
		// the reserved code is no criterion's code (letters and digits, parts by dots)
		assertThat(ImprovementRules.SURVEY_PART).doesNotMatch(org.parindex.methodology.CreateIndexSet.NodeDraft.CODE);
	}

	@Test
	void aPlanIsClosedOnceALaterYearIsPublished() {
		// the next year's cycle running: 2022 not published, the plan after 2021 open
		assertThat(ImprovementRules.closedBy(2021, List.of(2020, 2021))).isEmpty();
		assertThat(ImprovementRules.closedBy(2021, List.of())).isEmpty();
		// 2022 published: closed by it
		assertThat(ImprovementRules.closedBy(2021, List.of(2020, 2021, 2022))).contains(2022);
		// a year skipped: the first later year published closes it
		assertThat(ImprovementRules.closedBy(2019, List.of(2023, 2021, 2019))).contains(2021);
	}

	private static Remedy remedy(Optional<LocalDate> deadline, RemedyStatus status) {
		return new Remedy("3.1", "Rà soát thủ tục", BigDecimal.ONE, "", "Ban hành kế hoạch", "Văn phòng", deadline,
				status, "", false);
	}

	@Test
	void overdueIsAPassedDeadlineNotDone() {
		LocalDate today = LocalDate.of(2022, 7, 1);
		assertThat(remedy(Optional.of(LocalDate.of(2022, 6, 30)), RemedyStatus.IN_PROGRESS).overdue(today)).isTrue();
		assertThat(remedy(Optional.of(LocalDate.of(2022, 6, 30)), RemedyStatus.NOT_STARTED).overdue(today)).isTrue();
		assertThat(remedy(Optional.of(LocalDate.of(2022, 6, 30)), RemedyStatus.DONE).overdue(today)).isFalse();
		assertThat(remedy(Optional.of(LocalDate.of(2022, 7, 1)), RemedyStatus.NOT_STARTED).overdue(today)).isFalse();
		assertThat(remedy(Optional.empty(), RemedyStatus.NOT_STARTED).overdue(today)).isFalse();
	}

	@Test
	void readsVietnameseDaysAndRefusesTheRest() {
		assertThat(ImprovementRules.deadline("30/06/2022")).contains(LocalDate.of(2022, 6, 30));
		assertThat(ImprovementRules.deadline(" 1/7/2022 ")).contains(LocalDate.of(2022, 7, 1));
		assertThat(ImprovementRules.deadline("")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> ImprovementRules.deadline("31/06/2022"));
		assertThatIllegalArgumentException().isThrownBy(() -> ImprovementRules.deadline("2022-06-30"));
		assertThatIllegalArgumentException().isThrownBy(() -> ImprovementRules.deadline("30/06/22"));
		assertThatIllegalArgumentException().isThrownBy(() -> ImprovementRules.deadline("hết quý 2"));
	}

	@Test
	void namesEachRefusedField() {
		assertThat(ImprovementRules.problems(2021, "", "", "", "NOT_STARTED", "")).isEmpty();
		assertThat(ImprovementRules.problems(2021, "Làm", "Phòng Nội vụ", "30/06/2022", "DONE", "xong")).isEmpty();
		assertThat(ImprovementRules.problems(2021, " ", "", "", "IN_PROGRESS", ""))
			.containsExactly(Map.entry("remedy", "improvement.invalid.remedy-empty"));
		String tooLong = "a".repeat(ImprovementRules.MAX_TEXT + 1);
		assertThat(ImprovementRules.problems(2021, tooLong, tooLong, "31/02/2022", "LATER", tooLong)).containsOnly(
				Map.entry("remedy", "improvement.invalid.too-long"), Map.entry("owner", "improvement.invalid.too-long"),
				Map.entry("deadline", "improvement.invalid.deadline"),
				Map.entry("status", "improvement.invalid.status"), Map.entry("note", "improvement.invalid.too-long"));
		assertThat(
				ImprovementRules.problems(2021, "a".repeat(ImprovementRules.MAX_TEXT), "Phòng Nội vụ", "", "DONE", ""))
			.isEmpty();
	}

	@Test
	void anOwnerAndADeadlineBelongToARemedyWithinThePlansTime() {
		// walk A of 02/12, finding 9: an empty owner, a deadline of 2019 for the plan
		// after 2021, and a deadline without a remedy were all stored
		assertThat(ImprovementRules.problems(2021, "Rà soát", "", "", "NOT_STARTED", ""))
			.containsExactly(Map.entry("owner", "improvement.invalid.owner-empty"));
		assertThat(ImprovementRules.problems(2021, "Rà soát", "   ", "", "NOT_STARTED", ""))
			.containsExactly(Map.entry("owner", "improvement.invalid.owner-empty"));
		assertThat(ImprovementRules.problems(2021, "", "", "30/06/2022", "NOT_STARTED", ""))
			.containsExactly(Map.entry("remedy", "improvement.invalid.remedy-needed"));
		assertThat(ImprovementRules.problems(2021, " ", "Phòng Nội vụ", "", "NOT_STARTED", ""))
			.containsExactly(Map.entry("remedy", "improvement.invalid.remedy-needed"));
		assertThat(ImprovementRules.problems(2021, "Rà soát", "Phòng Nội vụ", "01/01/2019", "NOT_STARTED", ""))
			.containsExactly(Map.entry("deadline", "improvement.invalid.deadline-early"));
		assertThat(ImprovementRules.problems(2021, "Rà soát", "Phòng Nội vụ", "31/12/2021", "NOT_STARTED", ""))
			.containsExactly(Map.entry("deadline", "improvement.invalid.deadline-early"));
		assertThat(ImprovementRules.problems(2021, "Rà soát", "Phòng Nội vụ", "01/01/2022", "NOT_STARTED", ""))
			.isEmpty();
		// a note alone, as on a criterion the unit only comments on, stays allowed
		assertThat(ImprovementRules.problems(2021, "", "", "", "NOT_STARTED", "ghi chú")).isEmpty();
	}

	@Test
	void carriesLastYearsRemedyByCodeOrByTheCrosswalk() {
		Map<String, String> lastYear = Map.of("3.1", "rà soát", "7.1.1", "ký số");
		// no crosswalk: same code
		assertThat(ImprovementRules.carried("3.1", (code) -> Optional.empty(), lastYear)).contains("rà soát");
		assertThat(ImprovementRules.carried("3.2", (code) -> Optional.empty(), lastYear)).isEmpty();
		// the set was renumbered: 7.2.1 this year is last year's 7.1.1, and the crosswalk
		// wins over the same code
		Map<String, String> crosswalk = Map.of("7.2.1", "7.1.1", "3.1", "3.9");
		assertThat(ImprovementRules.carried("7.2.1", (code) -> Optional.ofNullable(crosswalk.get(code)), lastYear))
			.contains("ký số");
		assertThat(ImprovementRules.carried("3.1", (code) -> Optional.ofNullable(crosswalk.get(code)), lastYear))
			.isEmpty();
	}

}
