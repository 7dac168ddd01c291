package org.parindex.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;

import org.parindex.organization.CreateUnit;
import org.parindex.organization.CreateUnitGroup;
import org.parindex.organization.InvalidUnitChangeException;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitChanges;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitKind;
import org.parindex.organization.UnitView;
import org.parindex.platform.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PAR office's units: create, rename (or change kind), end, merge and split units,
 * each from a date and with a reason, and see a unit's history.
 */
@Controller
@RequestMapping("/admin/organization/units")
@PreAuthorize("hasAnyRole('PAR_OFFICE', 'ADMINISTRATOR')")
class UnitAdminController {

	private final OrganizationService organization;

	private final MessageSource messages;

	UnitAdminController(OrganizationService organization, MessageSource messages) {
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping
	String units(Model model) {
		Map<UnitGroupView, List<UnitView>> groups = new LinkedHashMap<>();
		for (UnitGroupView group : this.organization.groups()) {
			groups.put(group, this.organization.unitsOf(group.id()));
		}
		model.addAttribute("groups", groups);
		model.addAttribute("kinds", UnitKind.values());
		return "organization/units";
	}

	@GetMapping("/{code}")
	String unit(@PathVariable String code, Model model) {
		UnitView unit = this.organization.findUnit(code)
			.orElseThrow(() -> new NotFoundException("error.not-found.unit-code", code));
		model.addAttribute("unit", unit);
		model.addAttribute("group", this.organization.findGroup(unit.groupId()).orElseThrow());
		model.addAttribute("history", this.organization.history(unit.id()));
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("others",
				this.organization.unitsOf(unit.groupId())
					.stream()
					.filter((other) -> other.active() && other.id() != unit.id())
					.toList());
		return "organization/unit";
	}

	@PostMapping
	String create(@RequestParam long groupId, @RequestParam String code, @RequestParam UnitKind kind,
			@RequestParam String name, Locale locale, RedirectAttributes redirect) {
		return attempt(redirect, locale, "/admin/organization/units", () -> {
			UnitView unit = this.organization.createUnit(new CreateUnit(code.strip(), groupId, kind, name));
			return "/admin/organization/units/" + unit.code();
		});
	}

	/**
	 * A new group of units ranked together (e.g. the communes and wards after July 2025).
	 */
	@PostMapping("/groups")
	String createGroup(@RequestParam String code, @RequestParam String name, @RequestParam String nameEn,
			@RequestParam String membersLabel, @RequestParam String membersLabelEn, Locale locale,
			RedirectAttributes redirect) {
		return attempt(redirect, locale, "/admin/organization/units", () -> {
			if (this.organization.findGroup(code.strip()).isPresent()) {
				throw new InvalidUnitChangeException("unit.code.taken", code.strip());
			}
			this.organization
				.createGroup(new CreateUnitGroup(code.strip(), name, nameEn, membersLabel, membersLabelEn));
			return "/admin/organization/units";
		});
	}

	@PostMapping("/{code}/rename")
	String rename(@PathVariable String code, @RequestParam String name, @RequestParam UnitKind kind,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@RequestParam String reason, Locale locale, RedirectAttributes redirect) {
		return attempt(redirect, locale, "/admin/organization/units/" + code, () -> {
			this.organization
				.renameUnit(new UnitChanges.RenameUnit(code, name, Optional.of(kind), effectiveOn, reason));
			return "/admin/organization/units/" + code;
		});
	}

	@PostMapping("/{code}/deactivate")
	String deactivate(@PathVariable String code,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@RequestParam String reason, Locale locale, RedirectAttributes redirect) {
		return attempt(redirect, locale, "/admin/organization/units/" + code, () -> {
			this.organization.deactivateUnit(new UnitChanges.DeactivateUnit(code, effectiveOn, reason));
			return "/admin/organization/units/" + code;
		});
	}

	/**
	 * Merges this unit with the chosen ones; the successor is this unit (it continues) or
	 * a new unit when a new code is given.
	 */
	@PostMapping("/{code}/merge")
	String merge(@PathVariable String code, @RequestParam(name = "with") List<String> with,
			@RequestParam(defaultValue = "") String newCode, @RequestParam(defaultValue = "DISTRICT") UnitKind newKind,
			@RequestParam(defaultValue = "") String newName,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@RequestParam String reason, Locale locale, RedirectAttributes redirect) {
		return attempt(redirect, locale, "/admin/organization/units/" + code, () -> {
			List<String> codes = new ArrayList<>(with);
			codes.add(0, code);
			Optional<UnitChanges.NewUnit> successor = newCode.isBlank() ? Optional.empty()
					: Optional.of(new UnitChanges.NewUnit(newCode.strip(), newKind, newName));
			UnitView result = this.organization.mergeUnits(new UnitChanges.MergeUnits(codes, successor,
					successor.isPresent() ? Optional.empty() : Optional.of(code), effectiveOn, reason));
			return "/admin/organization/units/" + result.code();
		});
	}

	/** Splits this unit into new units, one per line: {@code code; kind; name}. */
	@PostMapping("/{code}/split")
	String split(@PathVariable String code, @RequestParam String successors,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@RequestParam String reason, Locale locale, RedirectAttributes redirect) {
		return attempt(redirect, locale, "/admin/organization/units/" + code, () -> {
			List<UnitChanges.NewUnit> units = new ArrayList<>();
			for (String line : successors.split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.split(";");
				if (parts.length != 3) {
					throw new InvalidUnitChangeException("unit.split.line", line.strip());
				}
				UnitKind kind;
				try {
					kind = UnitKind.valueOf(parts[1].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidUnitChangeException("unit.split.line", line.strip());
				}
				units.add(new UnitChanges.NewUnit(parts[0].strip(), kind, parts[2].strip()));
			}
			this.organization.splitUnit(new UnitChanges.SplitUnit(code, units, effectiveOn, reason));
			return "/admin/organization/units/" + code;
		});
	}

	private String attempt(RedirectAttributes redirect, Locale locale, String onError, Change change) {
		try {
			String target = change.apply();
			redirect.addFlashAttribute("notice", this.messages.getMessage("unit.saved", null, locale));
			return "redirect:" + target;
		}
		catch (InvalidUnitChangeException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		catch (ConstraintViolationException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("unit.form.invalid", null, locale));
		}
		return "redirect:" + onError;
	}

	@FunctionalInterface
	private interface Change {

		String apply();

	}

}
