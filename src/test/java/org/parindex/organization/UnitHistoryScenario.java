package org.parindex.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Units change over time and old years keep their names: renames, endings, mergers and
 * splits with effective dates, and what is refused. Run against H2 and PostgreSQL.
 */
@SpringBootTest
abstract class UnitHistoryScenario {

	@Autowired
	OrganizationService organization;

	@Autowired
	JdbcClient jdbc;

	private UnitGroupView group;

	private String prefix;

	@BeforeEach
	void createGroup() {
		this.prefix = "u" + System.nanoTime() % 1_000_000_000L;
		this.group = this.organization
			.createGroup(new CreateUnitGroup(this.prefix, "Cấp xã thử", "Test communes", "xã, phường", "communes"));
	}

	@Test
	void aRenameShowsTheOldNameBeforeItsDate() {
		UnitView unit = unit("a", UnitKind.DISTRICT, "Ayun Pa");
		this.organization.renameUnit(new UnitChanges.RenameUnit(unit.code(), "Ayun Pa", Optional.of(UnitKind.TOWN),
				LocalDate.of(2007, 12, 12), "Nghị định 50/2007/NĐ-CP"));
		this.organization.renameUnit(new UnitChanges.RenameUnit(unit.code(), "Ayun Pa mới", Optional.empty(),
				LocalDate.of(2025, 7, 1), "Sắp xếp đơn vị hành chính"));
		assertThat(nameAsOf(unit, LocalDate.of(2006, 12, 31))).isEqualTo("DISTRICT Ayun Pa");
		assertThat(nameAsOf(unit, LocalDate.of(2021, 12, 31))).isEqualTo("TOWN Ayun Pa");
		assertThat(nameAsOf(unit, LocalDate.of(2025, 12, 31))).isEqualTo("TOWN Ayun Pa mới");
		assertThat(this.organization.history(unit.id())).extracting(UnitEventView::type)
			.containsExactly(UnitEventType.RENAMED, UnitEventType.RENAMED);
	}

	@Test
	void refusesAChangeDatedBeforeTheLatestOne() {
		UnitView unit = unit("b", UnitKind.COMMUNE, "Ia Mơ Nông");
		this.organization.renameUnit(new UnitChanges.RenameUnit(unit.code(), "Ia Mơ", Optional.empty(),
				LocalDate.of(2025, 7, 1), "Sắp xếp"));
		assertThatExceptionOfType(InvalidUnitChangeException.class)
			.isThrownBy(() -> this.organization.renameUnit(new UnitChanges.RenameUnit(unit.code(), "Ia Ka",
					Optional.empty(), LocalDate.of(2024, 1, 1), "Lùi ngày")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unit.change.before-last"));
		assertThat(this.organization.findUnit(unit.code()).orElseThrow().name()).isEqualTo("Ia Mơ");
	}

	@Test
	void mergingIntoANewUnitEndsTheOthers() {
		UnitView first = unit("c1", UnitKind.COMMUNE, "Hà Tam");
		UnitView second = unit("c2", UnitKind.COMMUNE, "An Thành");
		UnitView successor = this.organization
			.mergeUnits(new UnitChanges.MergeUnits(List.of(first.code(), second.code()),
					Optional.of(new UnitChanges.NewUnit(this.prefix + "-c3", UnitKind.COMMUNE, "Hà Tam mới")),
					Optional.empty(), LocalDate.of(2025, 7, 1), "Nghị quyết sáp nhập"));
		assertThat(this.organization.findUnit(first.code()).orElseThrow().active()).isFalse();
		assertThat(this.organization.findUnit(second.code()).orElseThrow().active()).isFalse();
		assertThat(successor.active()).isTrue();
		assertThat(this.organization.history(first.id())).extracting(UnitEventView::type)
			.contains(UnitEventType.MERGED_INTO);
		assertThat(this.organization.history(successor.id())).extracting(UnitEventView::type)
			.containsOnly(UnitEventType.CREATED, UnitEventType.SUCCEEDS);
		assertThat(this.jdbc.sql("select active_until from organization_unit where id = ?")
			.param(first.id())
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2025, 6, 30));
	}

	@Test
	void mergingIntoAContinuingUnitKeepsIt() {
		UnitView first = unit("d1", UnitKind.WARD, "Tây Sơn");
		UnitView second = unit("d2", UnitKind.WARD, "Hội Thương");
		UnitView successor = this.organization
			.mergeUnits(new UnitChanges.MergeUnits(List.of(first.code(), second.code()), Optional.empty(),
					Optional.of(first.code()), LocalDate.of(2025, 7, 1), "Sáp nhập"));
		assertThat(successor.id()).isEqualTo(first.id());
		assertThat(this.organization.findUnit(first.code()).orElseThrow().active()).isTrue();
		assertThat(this.organization.findUnit(second.code()).orElseThrow().active()).isFalse();
	}

	@Test
	void refusesMergingAcrossGroupsOrAlone() {
		UnitView unit = unit("e", UnitKind.COMMUNE, "Ia Pếch");
		UnitGroupView other = this.organization
			.createGroup(new CreateUnitGroup(this.prefix + "-x", "Khối khác", "Other", "đơn vị", "units"));
		UnitView stranger = this.organization
			.createUnit(new CreateUnit(this.prefix + "-stranger", other.id(), UnitKind.COMMUNE, "Ia Grăng"));
		assertThatExceptionOfType(InvalidUnitChangeException.class)
			.isThrownBy(
					() -> this.organization.mergeUnits(new UnitChanges.MergeUnits(List.of(unit.code(), stranger.code()),
							Optional.empty(), Optional.of(unit.code()), LocalDate.of(2025, 7, 1), "X")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unit.merge.groups"));
		assertThatExceptionOfType(InvalidUnitChangeException.class)
			.isThrownBy(() -> this.organization.mergeUnits(new UnitChanges.MergeUnits(List.of(unit.code()),
					Optional.empty(), Optional.of(unit.code()), LocalDate.of(2025, 7, 1), "X")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unit.merge.too-few"));
		assertThat(this.organization.findUnit(stranger.code()).orElseThrow().active()).isTrue();
	}

	@Test
	void splittingCreatesTheSuccessorsAndEndsTheUnit() {
		UnitView unit = unit("f", UnitKind.DISTRICT, "Chư Sê");
		List<UnitView> successors = this.organization.splitUnit(new UnitChanges.SplitUnit(unit.code(),
				List.of(new UnitChanges.NewUnit(this.prefix + "-f1", UnitKind.DISTRICT, "Chư Sê"),
						new UnitChanges.NewUnit(this.prefix + "-f2", UnitKind.DISTRICT, "Chư Pưh")),
				LocalDate.of(2009, 8, 27), "Nghị quyết chia tách"));
		assertThat(successors).extracting(UnitView::name).containsExactly("Chư Sê", "Chư Pưh");
		assertThat(this.organization.findUnit(unit.code()).orElseThrow().active()).isFalse();
		assertThat(this.organization.history(unit.id())).extracting(UnitEventView::type)
			.containsExactly(UnitEventType.SPLIT_INTO, UnitEventType.SPLIT_INTO);
		assertThat(this.organization.history(successors.get(1).id())).extracting(UnitEventView::type)
			.containsExactly(UnitEventType.CREATED, UnitEventType.SUCCEEDS);
	}

	@Test
	void anEndedUnitCannotChangeAgain() {
		UnitView unit = unit("g", UnitKind.COMMUNE, "Ia Kla");
		this.organization
			.deactivateUnit(new UnitChanges.DeactivateUnit(unit.code(), LocalDate.of(2025, 7, 1), "Giải thể"));
		assertThatExceptionOfType(InvalidUnitChangeException.class)
			.isThrownBy(() -> this.organization.renameUnit(new UnitChanges.RenameUnit(unit.code(), "Ia Kla 2",
					Optional.empty(), LocalDate.of(2025, 8, 1), "X")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("unit.ended"));
	}

	private UnitView unit(String suffix, UnitKind kind, String name) {
		return this.organization.createUnit(new CreateUnit(this.prefix + "-" + suffix, this.group.id(), kind, name));
	}

	private String nameAsOf(UnitView unit, LocalDate date) {
		return this.organization.unitsAsOf(this.group.id(), date)
			.stream()
			.filter((candidate) -> candidate.id() == unit.id())
			.map((candidate) -> candidate.kind() + " " + candidate.name())
			.findFirst()
			.orElseThrow();
	}

}
