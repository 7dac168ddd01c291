package org.parindex.assessment.web;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.PublicReasonView;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.Label;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.web.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PAR office's review of the public reasons before publication
 * ({@code /admin/assessment/cycles/{cycle}/reasons}): per unit and criterion, every lost
 * or changed criterion with the reason the appraisers wrote for the unit, and a form to
 * approve it as written or edit it. Only reviewed text is published.
 */
@Controller
@RequestMapping("/admin/assessment/cycles/{cycleId}/reasons")
@PreAuthorize("hasRole('PAR_OFFICE')")
class ReasonReviewController {

	private final AppraisalService appraisal;

	private final CycleService cycles;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final WorkflowForms forms;

	private final FormErrors errors;

	private final Clock clock;

	ReasonReviewController(AppraisalService appraisal, CycleService cycles, MethodologyService methodology,
			OrganizationService organization, WorkflowForms forms, FormErrors errors, Clock clock) {
		this.appraisal = appraisal;
		this.cycles = cycles;
		this.methodology = methodology;
		this.organization = organization;
		this.forms = forms;
		this.errors = errors;
		this.clock = clock;
	}

	@GetMapping
	String reasons(@PathVariable long cycleId, @RequestParam(defaultValue = "") String unit,
			@RequestParam(defaultValue = "") String state, Model model) {
		CycleView cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		List<PublicReasonView> reasons = this.appraisal.publicReasons(cycleId, WorkflowForms.actor());
		Map<Long, UnitView> units = new HashMap<>();
		this.organization.unitsOf(set.unitGroupId()).forEach((each) -> units.put(each.id(), each));
		Map<String, NodeView> nodes = new HashMap<>();
		set.nodes().forEach((node) -> nodes.put(node.code(), node));
		Filter filter = Filter.of(unit, state);
		// the row just approved stays on the page (and its anchor with it) even when the
		// filter shows only reasons awaiting review (walk of 02/12, finding 5)
		Object just = model.getAttribute("reviewedKey");
		List<PublicReasonView> shown = reasons.stream()
			.filter((reason) -> filter.shows(reason) || (reason.unitId() + "-" + reason.leafCode()).equals(just))
			.toList();
		// the units that have reasons, in the order the page lists them, for the filter
		List<UnitView> withReasons = reasons.stream()
			.map(PublicReasonView::unitId)
			.distinct()
			.map(units::get)
			.filter(java.util.Objects::nonNull)
			.toList();
		model.addAttribute("cycle", cycle);
		model.addAttribute("set", set);
		model.addAttribute("reasons", shown);
		model.addAttribute("units", units);
		model.addAttribute("unitsWithReasons", withReasons);
		model.addAttribute("filter", filter);
		model.addAttribute("nodes", nodes);
		model.addAttribute("pending", reasons.stream().filter((r) -> !r.reviewed()).count());
		model.addAttribute("total", reasons.size());
		model.addAttribute("unitPending",
				filter.unitId()
					.map((id) -> reasons.stream().filter((r) -> r.unitId() == id && !r.reviewed()).count())
					.orElse(0L));
		// as the council page names it: "Chờ công bố" once approved (issue 9)
		model.addAttribute("stage", this.cycles.stage(cycleId, Instant.now(this.clock)));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		if (!model.containsAttribute("refused")) {
			model.addAttribute("refused", "");
		}
		if (!model.containsAttribute("reviewedKey")) {
			model.addAttribute("reviewedKey", "");
		}
		return "assessment/reasons";
	}

	/**
	 * Asks first, then approves as they stand every reason of one unit still awaiting
	 * review ("Duyệt tất cả lý do của đơn vị này", walk of 02/12, finding 5); back to the
	 * page with the same filter and a notice naming the unit and the criteria.
	 */
	@PostMapping("/unit")
	String reviewUnit(@PathVariable long cycleId, @RequestParam long unitId,
			@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(defaultValue = "") String state,
			Model model, Locale locale, RedirectAttributes redirect) {
		String name = this.organization.findUnit(unitId).map(UnitView::name).orElse(Long.toString(unitId));
		if (!confirmed) {
			model.addAttribute("confirmUnit", unitId);
			model.addAttribute("confirmUnitName", name);
			return reasons(cycleId, Long.toString(unitId), state, model);
		}
		try {
			List<String> codes = this.appraisal.reviewUnitReasons(cycleId, unitId, WorkflowForms.actor());
			redirect.addFlashAttribute("notice",
					codes.isEmpty() ? this.forms.message("reasons.unit.none-waiting", locale, name) : this.forms
						.message("reasons.unit.reviewed", locale, codes.size(), name, String.join(", ", codes)));
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("error", String.join(" ", this.forms.explain(ex, locale)));
		}
		redirect.addAttribute("unit", unitId);
		redirect.addAttribute("state", state);
		return "redirect:/admin/assessment/cycles/{cycleId}/reasons";
	}

	@PostMapping
	String review(@PathVariable long cycleId, @Valid ReviewForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", where(form, this.errors.of(binding, ReviewForm.class, locale), locale));
			model.addAttribute("typed", typed(form));
			model.addAttribute("refused", key(form));
			return reasons(cycleId, nonNull(form.filterUnit()), nonNull(form.filterState()), model);
		}
		try {
			this.appraisal.reviewReason(cycleId, form.unitId(), form.leafCode().strip(), form.text(),
					WorkflowForms.actor());
			// back to the row just approved, its confirmation next to it, with the
			// filter kept (walk of 02/12, finding 5)
			redirect.addFlashAttribute("reviewedKey", key(form));
			redirect.addFlashAttribute("reviewedNotice",
					this.forms.message("reasons.reviewed", locale, form.leafCode().strip()));
			redirect.addAttribute("unit", (form.filterUnit() == null) ? "" : form.filterUnit());
			redirect.addAttribute("state", (form.filterState() == null) ? "" : form.filterState());
			return "redirect:/admin/assessment/cycles/{cycleId}/reasons#reason-" + key(form);
		}
		catch (RuntimeException ex) {
			model.addAttribute("errors", where(form, this.forms.explain(ex, locale), locale));
			model.addAttribute("typed", typed(form));
			model.addAttribute("refused", key(form));
			if (WorkflowForms.badRequest(ex)) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			return reasons(cycleId, nonNull(form.filterUnit()), nonNull(form.filterState()), model);
		}
	}

	/**
	 * A refusal's messages, each prefixed with the unit and criterion the form was about
	 * ("Huyện Đak Pơ, tiêu chí 3.3.4 — Nội dung công bố: không được để trống"), since the
	 * page lists every unit's reasons (issue 9); as they are when the form names neither.
	 */
	private List<String> where(ReviewForm form, List<String> messages, Locale locale) {
		if (form.unitId() == null || form.leafCode() == null || form.leafCode().isBlank()) {
			return messages;
		}
		String unit = this.organization.findUnit(form.unitId())
			.map(UnitView::name)
			.orElse(Long.toString(form.unitId()));
		return messages.stream()
			.map((message) -> this.forms.message("reasons.error.where", locale, unit, form.leafCode().strip(), message))
			.toList();
	}

	/**
	 * The refused form's row ({@code unit-leaf}), marked on the page; "" when unknown.
	 */
	private static String key(ReviewForm form) {
		return (form.unitId() == null || form.leafCode() == null) ? "" : form.unitId() + "-" + form.leafCode().strip();
	}

	/** What the user typed, kept on a refused save: by {@code unit-leaf}. */
	private static Map<String, String> typed(ReviewForm form) {
		return (form.unitId() == null || form.leafCode() == null) ? Map.of()
				: Map.of(form.unitId() + "-" + form.leafCode().strip(), (form.text() == null) ? "" : form.text());
	}

	/**
	 * A reviewed reason as the form sends it: the text to publish, as
	 * {@code assessment_leaf_entry.reviewed_reason} holds it (at most 2,000 characters
	 * here).
	 */
	record ReviewForm(@Label("field.adjustment.unit") @NotNull Long unitId,
			@Label("reasons.leaf") @NotBlank @Size(max = 40, message = "{bounds.text.max}") String leafCode,
			@Label("reasons.text") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String text,
			@Nullable String filterUnit, @Nullable String filterState) {

	}

	private static String nonNull(@Nullable String text) {
		return (text == null) ? "" : text;
	}

	/**
	 * Which reasons the page lists: one unit's or every unit's, those awaiting review
	 * ({@code pending}), those reviewed ({@code reviewed}) or all; anything else reads as
	 * no filter.
	 *
	 * @param unitId the unit, empty for every unit
	 * @param state {@code pending}, {@code reviewed} or "" for all
	 */
	record Filter(Optional<Long> unitId, String state) {

		static Filter of(String unit, String state) {
			Optional<Long> id;
			try {
				id = unit.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(unit.strip()));
			}
			catch (NumberFormatException ex) {
				id = Optional.empty();
			}
			String known = List.of("pending", "reviewed").contains(state) ? state : "";
			return new Filter(id, known);
		}

		boolean shows(PublicReasonView reason) {
			if (this.unitId.isPresent() && this.unitId.get() != reason.unitId()) {
				return false;
			}
			return switch (this.state) {
				case "pending" -> !reason.reviewed();
				case "reviewed" -> reason.reviewed();
				default -> true;
			};
		}

		/** The unit's number as the form sends it, "" for every unit. */
		public String unit() {
			return this.unitId.map(String::valueOf).orElse("");
		}

	}

}
