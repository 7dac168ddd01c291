package org.parindex.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parindex.engine.Change;
import org.parindex.engine.Comparability;
import org.parindex.organization.UnitEventType;
import org.parindex.organization.UnitEventView;
import org.parindex.organization.UnitKind;
import org.parindex.organization.UnitLineage;
import org.parindex.organization.UnitView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's standing the year before found through its history (docs/scoring.md, "Year
 * over year"): An Khê reestablished as "an-khe-moi" compares with An Khê; Chư Sê split
 * into two is not compared; the others compare with themselves.
 */
class YearOverYearTests {

	private static final UnitView AN_KHE = district(1, "an-khe", "An Khê");

	private static final UnitView AN_KHE_NEW = new UnitView(2, "an-khe-moi", 1, UnitKind.TOWN, "An Khê", 2, true);

	private static final UnitView CHU_SE = district(3, "chu-se", "Chư Sê");

	private static final UnitView CHU_SE_A = district(4, "chu-se-a", "Chư Sê A");

	private static final UnitView CHU_SE_B = district(5, "chu-se-b", "Chư Sê B");

	private static final UnitView KBANG = district(6, "kbang", "Kbang");

	private final UnitLineage lineage = UnitLineage.of(List.of(AN_KHE, AN_KHE_NEW, CHU_SE, CHU_SE_A, CHU_SE_B, KBANG),
			List.of(event(1, UnitEventType.SPLIT_INTO, "an-khe-moi"), event(2, UnitEventType.SUCCEEDS, "an-khe"),
					event(3, UnitEventType.SPLIT_INTO, "chu-se-a"), event(4, UnitEventType.SUCCEEDS, "chu-se"),
					event(3, UnitEventType.SPLIT_INTO, "chu-se-b"), event(5, UnitEventType.SUCCEEDS, "chu-se")));

	/** 2021: An Khê 3rd with 80, Chư Sê 1st with 85, Kbang 2nd with 82 (of 3). */
	private final Map<Long, YearOverYear.Earlier> earlier = Map.of(1L, earlier("80.00", 3), 3L, earlier("85.00", 1), 6L,
			earlier("82.00", 2));

	private final Map<Long, UnitView> names = Map.of(1L, AN_KHE, 3L, CHU_SE, 6L, KBANG);

	@Test
	void aReestablishedUnitComparesWithItsPredecessorAndNamesIt() {
		YearOverYear.Comparison comparison = YearOverYear.compare(this.lineage, 2022, 2, new BigDecimal("83.50"), 1,
				true, this.earlier, this.names);
		PreviousStanding previous = comparison.previous().orElseThrow();
		assertThat(previous.year()).isEqualTo(2021);
		assertThat(previous.rank()).isEqualTo(3);
		assertThat(previous.total()).isEqualByComparingTo("80.00");
		assertThat(previous.change().rankDelta()).isEqualTo(2);
		assertThat(previous.change().direction()).isEqualTo(Change.Direction.UP);
		assertThat(previous.change().scoreDelta()).isEqualByComparingTo("3.50");
		assertThat(previous.predecessor()).contains(AN_KHE);
		assertThat(comparison.predecessors()).isEmpty();
	}

	@Test
	void aSplitUnitIsNotComparedAndShowsTheSplitUnitsResult() {
		YearOverYear.Comparison comparison = YearOverYear.compare(this.lineage, 2022, 4, new BigDecimal("70.00"), 4,
				true, this.earlier, this.names);
		assertThat(comparison.previous()).isEmpty();
		assertThat(comparison.predecessors())
			.containsExactly(new PredecessorStanding(CHU_SE, 2021, new BigDecimal("85.00"), 1, 3));
	}

	@Test
	void theSameUnitComparesWithItselfWithoutAPredecessor() {
		YearOverYear.Comparison comparison = YearOverYear.compare(this.lineage, 2022, 6, new BigDecimal("81.00"), 2,
				true, this.earlier, this.names);
		PreviousStanding previous = comparison.previous().orElseThrow();
		assertThat(previous.predecessor()).isEmpty();
		assertThat(previous.change().rankDelta()).isZero();
		assertThat(previous.change().scoreDelta()).isEqualByComparingTo("-1.00");
		// rankings that are not comparable show no change at all
		assertThat(
				YearOverYear.compare(this.lineage, 2022, 6, new BigDecimal("81.00"), 2, false, this.earlier, this.names)
					.previous())
			.isEmpty();
	}

	@Test
	void aReestablishedUnitCountsAsItsPredecessorForComparability() {
		Set<String> before = YearOverYear.keys(this.lineage, List.of(1L, 6L));
		Set<String> after = YearOverYear.keys(this.lineage, List.of(2L, 6L));
		assertThat(before).isEqualTo(after).containsExactlyInAnyOrder("2", "6");
		assertThat(Comparability.comparable(before, after)).isTrue();
	}

	private static YearOverYear.Earlier earlier(String total, int rank) {
		return new YearOverYear.Earlier(new BigDecimal(total), rank, 3);
	}

	private static UnitView district(long id, String code, String name) {
		return new UnitView(id, code, 1, UnitKind.DISTRICT, name, (int) id, true);
	}

	private static UnitEventView event(long unitId, UnitEventType type, String related) {
		return new UnitEventView(unitId, type, LocalDate.of(2022, 1, 1), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.of(related), "Kiểm thử", OffsetDateTime.now(), "test");
	}

}
