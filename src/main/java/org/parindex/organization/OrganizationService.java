package org.parindex.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.parindex.platform.Actors;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Unit groups and units: creating them and looking them up. */
@Service
@Validated
public class OrganizationService {

	private final UnitRepository units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrganizationService(UnitRepository units, ApplicationEventPublisher events, Clock clock) {
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a group of units ranked together.
	 * @throws InvalidUnitChangeException when the code is taken (also by a request at the
	 * same moment)
	 */
	@Transactional
	public UnitGroupView createGroup(@Valid CreateUnitGroup command) {
		if (this.units.findGroup(command.code()).isPresent()) {
			throw new InvalidUnitChangeException("unit-group.code.taken", command.code());
		}
		UnitGroupView group = this.units.insertGroup(command.code(), Text.normalize(command.name()),
				Text.normalize(command.nameEn()), Text.normalize(command.membersLabel()),
				Text.normalize(command.membersLabelEn()));
		this.events
			.publishEvent(AuditableChange.of("unit-group", group.code(), "created", "", "name=" + group.name(), ""));
		return group;
	}

	/**
	 * Adds a unit at the end of its group's order, as existing since before its records
	 * (no dated creation event; the audit trail records who added it). Units that a
	 * merger or split creates have their start date.
	 * @throws InvalidUnitChangeException when the code is taken (also by a request at the
	 * same moment)
	 */
	@Transactional
	public UnitView createUnit(@Valid CreateUnit command) {
		UnitGroupView group = this.units.findGroup(command.groupId())
			.orElseThrow(() -> new IllegalArgumentException("No unit group " + command.groupId()));
		if (this.units.findUnit(command.code()).isPresent()) {
			throw new InvalidUnitChangeException("unit.code.taken", command.code());
		}
		UnitView unit = this.units.insertUnit(command.code(), group.id(), command.kind(),
				Text.normalize(command.name()));
		this.events.publishEvent(AuditableChange.of("unit", unit.code(), "created", "",
				"name=" + unit.name() + "; kind=" + unit.kind() + "; group=" + group.code(), ""));
		return unit;
	}

	@Transactional(readOnly = true)
	public List<UnitGroupView> groups() {
		return this.units.groups();
	}

	@Transactional(readOnly = true)
	public Optional<UnitGroupView> findGroup(String code) {
		return this.units.findGroup(code);
	}

	@Transactional(readOnly = true)
	public Optional<UnitGroupView> findGroup(long id) {
		return this.units.findGroup(id);
	}

	/** The group's units in the province's order. */
	@Transactional(readOnly = true)
	public List<UnitView> unitsOf(long groupId) {
		return this.units.unitsOf(groupId);
	}

	@Transactional(readOnly = true)
	public Optional<UnitView> findUnit(long id) {
		return this.units.findUnit(id);
	}

	@Transactional(readOnly = true)
	public Optional<UnitView> findUnit(String code) {
		return this.units.findUnit(code);
	}

	/**
	 * Renames a unit or changes its kind from a date. Results of earlier years keep
	 * showing the old name.
	 * @throws InvalidUnitChangeException for an unknown or ended unit, no change, or a
	 * date before the unit's latest change
	 */
	@Transactional
	public UnitView renameUnit(@Valid UnitChanges.RenameUnit command) {
		UnitView unit = activeUnit(command.unitCode());
		String name = Text.normalize(command.newName());
		UnitKind kind = command.newKind().orElse(unit.kind());
		if (name.equals(unit.name()) && kind == unit.kind()) {
			throw new InvalidUnitChangeException("unit.rename.same", unit.code());
		}
		checkDateFollows(unit, command.effectiveOn());
		this.units.updateNameAndKind(unit.id(), name, kind);
		this.units.insertEvent(unit.id(), UnitEventType.RENAMED, command.effectiveOn(), unit.name(), name, unit.kind(),
				kind, null, Text.normalize(command.reason()), now(), Actors.currentName());
		audit(unit.code(), "renamed", unit.kind() + " " + unit.name(), kind + " " + name, command.reason());
		return this.units.findUnit(unit.id()).orElseThrow();
	}

	/**
	 * Ends a unit, without a successor, from a date.
	 * @throws InvalidUnitChangeException for an unknown or ended unit, or a date before
	 * its latest change
	 */
	@Transactional
	public void deactivateUnit(@Valid UnitChanges.DeactivateUnit command) {
		UnitView unit = activeUnit(command.unitCode());
		checkDateFollows(unit, command.effectiveOn());
		this.units.end(unit.id(), command.effectiveOn().minusDays(1));
		this.units.insertEvent(unit.id(), UnitEventType.DEACTIVATED, command.effectiveOn(), null, null, null, null,
				null, Text.normalize(command.reason()), now(), Actors.currentName());
		audit(unit.code(), "deactivated", "active=true", "active=false; from=" + command.effectiveOn(),
				command.reason());
	}

	/**
	 * Merges units of one group into a successor: a new unit, or one of them that
	 * continues. The others end the day before the merger.
	 * @return the successor
	 * @throws InvalidUnitChangeException for fewer than two units, units of different
	 * groups, unknown or ended units, or an unclear successor
	 */
	@Transactional
	public UnitView mergeUnits(@Valid UnitChanges.MergeUnits command) {
		List<UnitView> merging = command.unitCodes().stream().distinct().map(this::activeUnit).toList();
		if (merging.size() < 2) {
			throw new InvalidUnitChangeException("unit.merge.too-few");
		}
		long groupId = merging.get(0).groupId();
		if (merging.stream().anyMatch((unit) -> unit.groupId() != groupId)) {
			throw new InvalidUnitChangeException("unit.merge.groups");
		}
		if (command.newSuccessor()
			.isPresent() == command.existingSuccessorCode().filter((c) -> !c.isBlank()).isPresent()) {
			throw new InvalidUnitChangeException("unit.merge.successor");
		}
		merging.forEach((unit) -> checkDateFollows(unit, command.effectiveOn()));
		String reason = Text.normalize(command.reason());
		UnitView successor;
		if (command.newSuccessor().isPresent()) {
			successor = create(command.newSuccessor().get(), groupId, command.effectiveOn(), reason);
		}
		else {
			String code = command.existingSuccessorCode().get();
			successor = merging.stream()
				.filter((unit) -> unit.code().equals(code))
				.findFirst()
				.orElseThrow(() -> new InvalidUnitChangeException("unit.merge.successor"));
		}
		for (UnitView unit : merging) {
			if (unit.id() == successor.id()) {
				continue;
			}
			this.units.end(unit.id(), command.effectiveOn().minusDays(1));
			this.units.insertEvent(unit.id(), UnitEventType.MERGED_INTO, command.effectiveOn(), null, null, null, null,
					successor.id(), reason, now(), Actors.currentName());
			this.units.insertEvent(successor.id(), UnitEventType.SUCCEEDS, command.effectiveOn(), null, null, null,
					null, unit.id(), reason, now(), Actors.currentName());
			audit(unit.code(), "merged", "active=true",
					"merged into " + successor.code() + " from " + command.effectiveOn(), reason);
		}
		return successor;
	}

	/**
	 * Splits a unit into new units of its group from a date; the unit ends the day
	 * before.
	 * @return the new units
	 * @throws InvalidUnitChangeException for an unknown or ended unit, a code already
	 * used, or a date before the unit's latest change
	 */
	@Transactional
	public List<UnitView> splitUnit(@Valid UnitChanges.SplitUnit command) {
		UnitView unit = activeUnit(command.unitCode());
		checkDateFollows(unit, command.effectiveOn());
		String reason = Text.normalize(command.reason());
		List<UnitView> successors = new ArrayList<>();
		for (UnitChanges.NewUnit next : command.successors()) {
			UnitView successor = create(next, unit.groupId(), command.effectiveOn(), reason);
			this.units.insertEvent(unit.id(), UnitEventType.SPLIT_INTO, command.effectiveOn(), null, null, null, null,
					successor.id(), reason, now(), Actors.currentName());
			this.units.insertEvent(successor.id(), UnitEventType.SUCCEEDS, command.effectiveOn(), null, null, null,
					null, unit.id(), reason, now(), Actors.currentName());
			successors.add(successor);
		}
		this.units.end(unit.id(), command.effectiveOn().minusDays(1));
		audit(unit.code(), "split", "active=true",
				"split into " + successors.stream().map(UnitView::code).toList() + " from " + command.effectiveOn(),
				reason);
		return successors;
	}

	/** A unit's history, oldest first. */
	@Transactional(readOnly = true)
	public List<UnitEventView> history(long unitId) {
		return this.units.events("e.unit_id = ?", unitId);
	}

	/**
	 * How the group's units descend from one another through mergers, splits and
	 * re-foundings: the rule by which a year compares with the year before.
	 */
	@Transactional(readOnly = true)
	public UnitLineage lineage(long groupId) {
		return UnitLineage.of(this.units.unitsOf(groupId), this.units.events("u.group_id = ?", groupId));
	}

	/**
	 * The group's units (ended ones too) with the name and kind they had on a date: the
	 * units as a year's results show them.
	 */
	@Transactional(readOnly = true)
	public List<UnitView> unitsAsOf(long groupId, LocalDate date) {
		Map<Long, UnitEventView> firstLaterRename = new HashMap<>();
		for (UnitEventView event : this.units.events("u.group_id = ?", groupId)) {
			if (event.type() == UnitEventType.RENAMED && event.effectiveOn().isAfter(date)) {
				firstLaterRename.putIfAbsent(event.unitId(), event);
			}
		}
		return this.units.unitsOf(groupId).stream().map((unit) -> {
			UnitEventView rename = firstLaterRename.get(unit.id());
			if (rename == null) {
				return unit;
			}
			return new UnitView(unit.id(), unit.code(), unit.groupId(), rename.oldKind().orElse(unit.kind()),
					rename.oldName().orElse(unit.name()), unit.position(), unit.active());
		}).toList();
	}

	private UnitView create(UnitChanges.NewUnit next, long groupId, LocalDate activeFrom, String reason) {
		if (this.units.findUnit(next.code()).isPresent()) {
			throw new InvalidUnitChangeException("unit.code.taken", next.code());
		}
		UnitView unit = this.units.insertUnit(next.code(), groupId, next.kind(), Text.normalize(next.name()),
				activeFrom);
		this.units.insertEvent(unit.id(), UnitEventType.CREATED, activeFrom, null, unit.name(), null, unit.kind(), null,
				reason, now(), Actors.currentName());
		audit(unit.code(), "created", "", "name=" + unit.name() + "; kind=" + unit.kind() + "; from=" + activeFrom,
				reason);
		return unit;
	}

	private UnitView activeUnit(String code) {
		UnitView unit = this.units.findUnit(code)
			.orElseThrow(() -> new InvalidUnitChangeException("unit.unknown", code));
		if (!unit.active()) {
			throw new InvalidUnitChangeException("unit.ended", code);
		}
		return unit;
	}

	private void checkDateFollows(UnitView unit, LocalDate effectiveOn) {
		this.units.lastChange(unit.id()).filter(effectiveOn::isBefore).ifPresent((last) -> {
			throw new InvalidUnitChangeException("unit.change.before-last", unit.code(),
					last.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		});
	}

	private void audit(String code, String action, String before, String after, String reason) {
		this.events.publishEvent(AuditableChange.of("unit", code, action, before, after, Text.normalize(reason)));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

}
