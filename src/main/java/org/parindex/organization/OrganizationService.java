package org.parindex.organization;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

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

	OrganizationService(UnitRepository units, ApplicationEventPublisher events) {
		this.units = units;
		this.events = events;
	}

	@Transactional
	public UnitGroupView createGroup(@Valid CreateUnitGroup command) {
		UnitGroupView group = this.units.insertGroup(command.code(), Text.normalize(command.name()),
				Text.normalize(command.nameEn()), Text.normalize(command.membersLabel()),
				Text.normalize(command.membersLabelEn()));
		this.events
			.publishEvent(AuditableChange.of("unit-group", group.code(), "created", "", "name=" + group.name(), ""));
		return group;
	}

	/** Adds a unit at the end of its group's order. */
	@Transactional
	public UnitView createUnit(@Valid CreateUnit command) {
		UnitGroupView group = this.units.findGroup(command.groupId())
			.orElseThrow(() -> new IllegalArgumentException("No unit group " + command.groupId()));
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

}
