package org.parindex.organization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule by which a unit's result compares with the year before through its history
 * (docs/scoring.md, "Year over year").
 */
class UnitLineageTests {

	private final List<UnitView> units = new ArrayList<>();

	private final List<UnitEventView> events = new ArrayList<>();

	@Test
	void theSameUnitComparesWithItselfARenameKeepsIt() {
		UnitView kbang = unit(1, "kbang");
		this.events.add(event(1, UnitEventType.RENAMED, 2021, 3, null));
		UnitLineage lineage = lineage();
		UnitLineage.Counterpart counterpart = lineage.counterpart(1, 2021, Set.of(1L)::contains);
		assertThat(counterpart.kind()).isEqualTo(UnitLineage.Counterpart.Kind.SAME);
		assertThat(counterpart.units()).containsExactly(kbang);
		assertThat(counterpart.compared()).isTrue();
		assertThat(lineage.counterpart(1, 2021, Set.<Long>of()::contains).kind())
			.isEqualTo(UnitLineage.Counterpart.Kind.NONE);
	}

	@Test
	void aUnitReestablishedUnderANewCodeComparesWithItsSolePredecessor() {
		UnitView old = unit(1, "an-khe");
		UnitView refounded = unit(2, "an-khe-moi");
		split(1, 2021, 7, 2);
		UnitLineage lineage = lineage();
		assertThat(lineage.refoundedFrom(2)).contains(old);
		assertThat(lineage.refoundedAs(1)).contains(refounded);
		assertThat(lineage.line(2)).containsExactly(old, refounded);
		assertThat(lineage.comparisonKey(1)).isEqualTo(2);
		assertThat(lineage.comparisonKey(2)).isEqualTo(2);
		UnitLineage.Counterpart counterpart = lineage.counterpart(2, 2022, Set.of(1L)::contains);
		assertThat(counterpart.kind()).isEqualTo(UnitLineage.Counterpart.Kind.REFOUNDED);
		assertThat(counterpart.units()).containsExactly(old);
		assertThat(counterpart.compared()).isTrue();
		// the year of the reestablishment too, when the new unit has that year's result
		assertThat(lineage.counterpart(2, 2021, Set.of(1L)::contains).kind())
			.isEqualTo(UnitLineage.Counterpart.Kind.REFOUNDED);
		// two reestablishments in a row make one line
		UnitView third = unit(3, "an-khe-3");
		split(2, 2023, 1, 3);
		lineage = lineage();
		assertThat(lineage.line(3)).containsExactly(old, refounded, third);
		assertThat(lineage.comparisonKey(1)).isEqualTo(3);
		assertThat(lineage.counterpart(3, 2023, Set.of(2L)::contains).units()).containsExactly(refounded);
	}

	@Test
	void aSplitIntoSeveralUnitsIsNotComparedButShowsTheSplitUnit() {
		UnitView old = unit(1, "chu-se");
		unit(2, "chu-se-a");
		unit(3, "chu-se-b");
		split(1, 2021, 7, 2, 3);
		UnitLineage lineage = lineage();
		assertThat(lineage.refoundedFrom(2)).isEmpty();
		assertThat(lineage.refoundedAs(1)).isEmpty();
		assertThat(lineage.comparisonKey(1)).isEqualTo(1);
		UnitLineage.Counterpart counterpart = lineage.counterpart(2, 2021, Set.of(1L)::contains);
		assertThat(counterpart.kind()).isEqualTo(UnitLineage.Counterpart.Kind.SPLIT);
		assertThat(counterpart.units()).containsExactly(old);
		assertThat(counterpart.compared()).isFalse();
		// years later the new unit compares with its own results
		assertThat(lineage.counterpart(2, 2023, Set.of(2L)::contains).kind())
			.isEqualTo(UnitLineage.Counterpart.Kind.SAME);
		assertThat(lineage.counterpart(2, 2023, Set.of(1L)::contains).kind())
			.isEqualTo(UnitLineage.Counterpart.Kind.NONE);
	}

	@Test
	void aMergerIsNotComparedButShowsEveryMergedUnitsResult() {
		UnitView a = unit(1, "xa-a");
		UnitView b = unit(2, "xa-b");
		UnitView c = unit(3, "xa-c");
		UnitView merged = unit(4, "xa-moi");
		merge(4, 2025, 7, 1, 2, 3);
		UnitLineage lineage = lineage();
		assertThat(lineage.refoundedFrom(4)).isEmpty();
		UnitLineage.Counterpart counterpart = lineage.counterpart(4, 2025, Set.of(1L, 3L)::contains);
		assertThat(counterpart.kind()).isEqualTo(UnitLineage.Counterpart.Kind.MERGED);
		assertThat(counterpart.units()).containsExactly(a, c);
		assertThat(counterpart.compared()).isFalse();
		assertThat(lineage.line(4)).containsExactly(merged);
		assertThat(b.id()).isEqualTo(2);
	}

	@Test
	void aUnitThatTookInAnotherIsNotComparedEvenWithItsOwnResult() {
		UnitView kongChro = unit(1, "kong-chro");
		UnitView kbang = unit(2, "kbang");
		// kbang merges into kong-chro, which continues: one predecessor, but a merger
		merge(1, 2021, 7, 2);
		UnitLineage lineage = lineage();
		assertThat(lineage.refoundedFrom(1)).isEmpty();
		assertThat(lineage.refoundedAs(2)).isEmpty();
		UnitLineage.Counterpart counterpart = lineage.counterpart(1, 2021, Set.of(1L, 2L)::contains);
		assertThat(counterpart.kind()).isEqualTo(UnitLineage.Counterpart.Kind.MERGED);
		assertThat(counterpart.units()).containsExactly(kongChro, kbang);
		// the year after, the merged unit compares with itself
		assertThat(lineage.counterpart(1, 2022, Set.of(1L)::contains).kind())
			.isEqualTo(UnitLineage.Counterpart.Kind.SAME);
	}

	private UnitLineage lineage() {
		return UnitLineage.of(this.units, this.events);
	}

	private UnitView unit(long id, String code) {
		UnitView unit = new UnitView(id, code, 1, UnitKind.DISTRICT, code, (int) id, true);
		this.units.add(unit);
		return unit;
	}

	private void split(long from, int year, int month, long... into) {
		for (long successor : into) {
			this.events.add(event(from, UnitEventType.SPLIT_INTO, year, month, successor));
			this.events.add(event(successor, UnitEventType.SUCCEEDS, year, month, from));
		}
	}

	private void merge(long into, int year, int month, long... from) {
		for (long predecessor : from) {
			this.events.add(event(predecessor, UnitEventType.MERGED_INTO, year, month, into));
			this.events.add(event(into, UnitEventType.SUCCEEDS, year, month, predecessor));
		}
	}

	private UnitEventView event(long unitId, UnitEventType type, int year, int month, Long related) {
		Optional<String> code = Optional.ofNullable(related)
			.flatMap((id) -> this.units.stream().filter((unit) -> unit.id() == id).findFirst())
			.map(UnitView::code);
		return new UnitEventView(unitId, type, LocalDate.of(year, month, 1), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), code, "Kiểm thử", OffsetDateTime.now(), "test");
	}

}
