package org.parindex.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parindex.platform.Actor;
import org.parindex.platform.Actors;
import org.parindex.platform.NotFoundException;
import org.parindex.reporting.improvement.ImprovementPlan;
import org.parindex.reporting.improvement.ImprovementPlanService;
import org.parindex.reporting.improvement.InvalidRemedyException;
import org.parindex.reporting.improvement.PlanClosedException;
import org.parindex.reporting.improvement.RemedyInput;
import org.parindex.reporting.improvement.RemedyStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The improvement plans after the review conference (issue 12, item 7): a unit's plan for
 * a published year, edited by the unit and the PAR office (other units are told it does
 * not exist) until a later year is published, read-only from then on (a change is refused
 * with 409 and the reason), and the PAR office's overview of a year's plans.
 */
@Controller
@PreAuthorize("hasAnyRole('PAR_OFFICE', 'UNIT_OFFICER', 'UNIT_LEADER')")
class ImprovementPlanController {

	private final ImprovementPlanService plans;

	private final MessageSource messages;

	ImprovementPlanController(ImprovementPlanService plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	@GetMapping("/reporting/plans/{year}/{group}/{unit}")
	String plan(@PathVariable int year, @PathVariable String group, @PathVariable String unit, Model model,
			Locale locale) {
		ImprovementPlan plan = this.plans.plan(year, group, unit, actor(), locale);
		model.addAttribute("plan", plan);
		model.addAttribute("statuses", RemedyStatus.values());
		model.addAttribute("form", Map.of());
		model.addAttribute("problems", Map.of());
		return "reporting/plan";
	}

	@PostMapping("/reporting/plans/{year}/{group}/{unit}")
	String save(@PathVariable int year, @PathVariable String group, @PathVariable String unit,
			@RequestParam MultiValueMap<String, String> values, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		List<RemedyInput> inputs = new ArrayList<>();
		Map<String, Map<String, String>> form = new LinkedHashMap<>();
		for (String code : values.getOrDefault("code", List.of())) {
			RemedyInput input = new RemedyInput(code, value(values, "remedy." + code), value(values, "owner." + code),
					value(values, "deadline." + code), value(values, "status." + code), value(values, "note." + code),
					value(values, "seen." + code));
			inputs.add(input);
			Map<String, String> typed = new java.util.HashMap<>(Map.of("remedy", input.remedy(), "owner", input.owner(),
					"deadline", input.deadline(), "status", input.status(), "note", input.note()));
			typed.put("seen", input.seen());
			form.put(code, typed);
		}
		Actor actor = actor();
		try {
			int changed = this.plans.save(year, group, unit, inputs, actor, locale);
			redirect.addFlashAttribute("saved", changed);
			return "redirect:/reporting/plans/" + year + "/" + group + "/" + unit;
		}
		catch (PlanClosedException ex) {
			// the plan is the record: said at the top of the page, every value as stored
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("plan", this.plans.plan(year, group, unit, actor, locale));
			model.addAttribute("statuses", RemedyStatus.values());
			model.addAttribute("form", Map.of());
			model.addAttribute("problems", Map.of());
			model.addAttribute("closedRefusal", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return "reporting/plan";
		}
		catch (InvalidRemedyException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, Map<String, String>> problems = new LinkedHashMap<>();
			ex.problems().forEach((code, fields) -> {
				if (fields.containsValue("improvement.invalid.changed-meanwhile") && form.containsKey(code)) {
					// the row shown again against what is stored now: sent again, it
					// is saved over the other change, knowingly
					form.get(code).remove("seen");
				}
				Map<String, String> texts = new LinkedHashMap<>();
				fields.forEach((field, key) -> texts.put(field,
						this.messages.getMessage(key,
								new Object[] { org.parindex.reporting.improvement.ImprovementRules.MAX_TEXT,
										Integer.toString(year + 1), Integer.toString(year) },
								locale)));
				problems.put(code, texts);
			});
			model.addAttribute("plan", this.plans.plan(year, group, unit, actor, locale));
			model.addAttribute("statuses", RemedyStatus.values());
			model.addAttribute("form", form);
			model.addAttribute("problems", problems);
			return "reporting/plan";
		}
	}

	@GetMapping("/reporting/plans/{year}/{group}")
	@PreAuthorize("hasRole('PAR_OFFICE')")
	String overview(@PathVariable int year, @PathVariable String group, Model model, Locale locale) {
		model.addAttribute("year", year);
		model.addAttribute("group", group);
		model.addAttribute("rows", this.plans.overview(year, group, actor(), locale));
		return "reporting/plans";
	}

	private static String value(MultiValueMap<String, String> values, String name) {
		String value = values.getFirst(name);
		return (value == null) ? "" : value;
	}

	private static Actor actor() {
		return Actors.current().orElseThrow(() -> new NotFoundException("improvement.unknown", ""));
	}

}
