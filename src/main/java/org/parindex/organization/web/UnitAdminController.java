package org.parindex.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.parindex.organization.CreateUnit;
import org.parindex.organization.CreateUnitGroup;
import org.parindex.organization.InvalidUnitChangeException;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitChanges;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitKind;
import org.parindex.organization.UnitView;
import org.parindex.platform.Bounds;
import org.parindex.platform.Label;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

	private final FormErrors errors;

	UnitAdminController(OrganizationService organization, MessageSource messages, FormErrors errors) {
		this.organization = organization;
		this.messages = messages;
		this.errors = errors;
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
	String create(@Valid UnitForm form, BindingResult binding, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			return refused(this.errors.of(binding, UnitForm.class, locale), "unit", model, response,
					() -> units(model));
		}
		return attempt(redirect, locale, model, response, "unit", form.name().strip(), () -> units(model), () -> {
			UnitView unit = this.organization
				.createUnit(new CreateUnit(form.code().strip(), form.groupId(), form.kind(), form.name()));
			return "/admin/organization/units/" + unit.code();
		});
	}

	/**
	 * A new group of units ranked together (e.g. the communes and wards after July 2025).
	 */
	@PostMapping("/groups")
	String createGroup(@Valid GroupForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return refused(this.errors.of(binding, GroupForm.class, locale), "group", model, response,
					() -> units(model));
		}
		return attempt(redirect, locale, model, response, "group", form.name().strip(), () -> units(model), () -> {
			this.organization.createGroup(new CreateUnitGroup(form.code().strip(), form.name(), form.nameEn(),
					form.membersLabel(), form.membersLabelEn()));
			return "/admin/organization/units";
		});
	}

	@PostMapping("/{code}/rename")
	String rename(@PathVariable String code, @Valid RenameForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return refused(this.errors.of(binding, RenameForm.class, locale), "rename", model, response,
					() -> unit(code, model));
		}
		return attempt(redirect, locale, model, response, "rename", form.name().strip(), () -> unit(code, model),
				() -> {
					this.organization.renameUnit(new UnitChanges.RenameUnit(code, form.name(), Optional.of(form.kind()),
							form.effectiveOn(), form.reason()));
					return "/admin/organization/units/" + code;
				});
	}

	@PostMapping("/{code}/deactivate")
	String deactivate(@PathVariable String code, @Valid ChangeForm form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return refused(this.errors.of(binding, ChangeForm.class, locale), "deactivate", model, response,
					() -> unit(code, model));
		}
		return attempt(redirect, locale, model, response, "deactivate", unitName(code), () -> unit(code, model), () -> {
			this.organization.deactivateUnit(new UnitChanges.DeactivateUnit(code, form.effectiveOn(), form.reason()));
			return "/admin/organization/units/" + code;
		});
	}

	/**
	 * Merges this unit with the chosen ones; the successor is this unit (it continues) or
	 * a new unit when a new code is given.
	 */
	@PostMapping("/{code}/merge")
	String merge(@PathVariable String code, @Valid MergeForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return refused(this.errors.of(binding, MergeForm.class, locale), "merge", model, response,
					() -> unit(code, model));
		}
		return attempt(redirect, locale, model, response, "merge", unitName(code), () -> unit(code, model), () -> {
			List<String> codes = new ArrayList<>(form.with());
			codes.add(0, code);
			String newCode = Optional.ofNullable(form.newCode()).orElse("").strip();
			Optional<UnitChanges.NewUnit> successor = newCode.isEmpty() ? Optional.empty()
					: Optional.of(new UnitChanges.NewUnit(newCode,
							Optional.ofNullable(form.newKind()).orElse(UnitKind.DISTRICT),
							Optional.ofNullable(form.newName()).orElse("")));
			UnitView result = this.organization.mergeUnits(new UnitChanges.MergeUnits(codes, successor,
					successor.isPresent() ? Optional.empty() : Optional.of(code), form.effectiveOn(), form.reason()));
			return "/admin/organization/units/" + result.code();
		});
	}

	/** Splits this unit into new units, one per line: {@code code; kind; name}. */
	@PostMapping("/{code}/split")
	String split(@PathVariable String code, @Valid SplitForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return refused(this.errors.of(binding, SplitForm.class, locale), "split", model, response,
					() -> unit(code, model));
		}
		return attempt(redirect, locale, model, response, "split", unitName(code), () -> unit(code, model), () -> {
			List<UnitChanges.NewUnit> units = new ArrayList<>();
			for (String line : form.successors().split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.split(";");
				if (parts.length != 3) {
					throw new InvalidUnitChangeException("unit.split.line", FormErrors.shown(line.strip()));
				}
				UnitKind kind;
				try {
					kind = UnitKind.valueOf(parts[1].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidUnitChangeException("unit.split.line", FormErrors.shown(line.strip()));
				}
				units.add(new UnitChanges.NewUnit(parts[0].strip(), kind, parts[2].strip()));
			}
			this.organization.splitUnit(new UnitChanges.SplitUnit(code, units, form.effectiveOn(), form.reason()));
			return "/admin/organization/units/" + code;
		});
	}

	/**
	 * Runs a change; a refusal shows the page again with what was typed: 409 when a code
	 * is taken (perhaps by the same form sent twice), 400 otherwise.
	 */
	private String attempt(RedirectAttributes redirect, Locale locale, Model model, HttpServletResponse response,
			String posted, String subject, Supplier<String> page, Change change) {
		try {
			String target = change.apply();
			// the notice names what was changed (issue 9, A-messages)
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("unit.saved." + posted, new Object[] { subject }, locale));
			return "redirect:" + target;
		}
		catch (InvalidUnitChangeException ex) {
			boolean clash = ex.messageKey().endsWith(".taken");
			response.setStatus((clash ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).value());
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		catch (ConstraintViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", this.errors.of(ex, locale));
		}
		model.addAttribute("posted", posted);
		return page.get();
	}

	private static String refused(List<String> errors, String posted, Model model, HttpServletResponse response,
			Supplier<String> page) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("errors", errors);
		model.addAttribute("posted", posted);
		return page.get();
	}

	/** A new unit of a group, bounded by {@code organization_unit}. */
	record UnitForm(@Label("field.unit.group") @NotNull Long groupId,
			@Label("units.code") @NotBlank @Size(max = 60, message = "{bounds.text.max}") @Pattern(
					regexp = "[a-z0-9-]+", message = "{bounds.code}") String code,
			@Label("units.kind") @NotNull UnitKind kind,
			@Label("units.name") @NotBlank @Size(max = 200, message = "{bounds.text.max}") String name) {

	}

	/** A new group of units, bounded by {@code organization_unit_group}. */
	record GroupForm(
			@Label("units.code") @NotBlank @Size(max = 40, message = "{bounds.text.max}") @Pattern(
					regexp = "[a-z0-9-]+", message = "{bounds.code}") String code,
			@Label("units.group.name") @NotBlank @Size(max = 200, message = "{bounds.text.max}") String name,
			@Label("units.group.name-en") @NotBlank @Size(max = 200, message = "{bounds.text.max}") String nameEn,
			@Label("units.group.members") @NotBlank @Size(max = 200, message = "{bounds.text.max}") String membersLabel,
			@Label("units.group.members-en") @NotBlank @Size(max = 200,
					message = "{bounds.text.max}") String membersLabelEn) {

	}

	/** A new name or kind from a date, with its reason. */
	record RenameForm(@Label("units.name") @NotBlank @Size(max = 200, message = "{bounds.text.max}") String name,
			@Label("units.kind") @NotNull UnitKind kind,
			@Label("units.effective-on") @NotNull @Bounds.EffectiveDate @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@Label("units.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason) {

	}

	/** A change taking effect on a date, with its reason. */
	record ChangeForm(
			@Label("units.effective-on") @NotNull @Bounds.EffectiveDate @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@Label("units.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason) {

	}

	/** A merger: the units merged with this one and, if new, the successor. */
	record MergeForm(@Label("units.merge.with") @NotEmpty List<@NotBlank @Size(max = 60) String> with,
			@Label("units.merge.new-code") @Size(max = 60, message = "{bounds.text.max}") @Pattern(
					regexp = "[a-z0-9-]*", message = "{bounds.code}") @Nullable String newCode,
			@Label("units.kind") @Nullable UnitKind newKind,
			@Label("units.merge.new-name") @Size(max = 200, message = "{bounds.text.max}") @Nullable String newName,
			@Label("units.effective-on") @NotNull @Bounds.EffectiveDate @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@Label("units.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason) {

	}

	/** A split: the new units, one per line ({@code code; kind; name}). */
	record SplitForm(
			@Label("units.split.successors") @NotBlank @Size(max = 30000,
					message = "{bounds.text.max}") String successors,
			@Label("units.effective-on") @NotNull @Bounds.EffectiveDate @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
			@Label("units.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason) {

	}

	@FunctionalInterface
	private interface Change {

		String apply();

	}

	/** A unit's name by its code, for a notice; the code itself for an unknown unit. */
	private String unitName(String code) {
		return this.organization.findUnit(code).map(UnitView::name).orElse(code);
	}

}
