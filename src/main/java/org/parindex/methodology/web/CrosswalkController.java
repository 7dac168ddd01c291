package org.parindex.methodology.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.parindex.methodology.Crosswalk;
import org.parindex.methodology.CrosswalkService;
import org.parindex.methodology.InvalidCrosswalkException;
import org.parindex.organization.OrganizationService;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PAR office's crosswalk of a year's index set to the previous year's (issue 12, item
 * 6): every leaf with its counterpart, suggested from codes and names or decided, a
 * choice per leaf, and the previous leaves nothing compares with. The form names each
 * leaf's choices {@code leaf.<code>}: the codes of the previous leaves it compares with,
 * typed in one field separated by commas, semicolons or spaces ({@code 8.4.1, 8.4.2}:
 * criteria merged into it), or sent as several values; empty values are ignored, so a
 * leaf sent empty has no counterpart. A refused save shows the page again with what was
 * typed.
 */
@Controller
@RequestMapping("/admin/methodology/index-sets/{id}/crosswalk")
@PreAuthorize("hasAnyRole('PAR_OFFICE', 'ADMINISTRATOR')")
class CrosswalkController {

	private static final String LEAF = "leaf.";

	private final CrosswalkService crosswalks;

	private final OrganizationService organization;

	private final MessageSource messages;

	CrosswalkController(CrosswalkService crosswalks, OrganizationService organization, MessageSource messages) {
		this.crosswalks = crosswalks;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping
	String crosswalk(@PathVariable long id, Model model) {
		Crosswalk crosswalk = this.crosswalks.crosswalk(id);
		model.addAttribute("crosswalk", crosswalk);
		model.addAttribute("set", crosswalk.set());
		model.addAttribute("group", this.organization.findGroup(crosswalk.set().unitGroupId()).orElse(null));
		return "methodology/crosswalk";
	}

	@PostMapping
	@PreAuthorize("hasRole('PAR_OFFICE')")
	String decide(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, List<String>> choices = new LinkedHashMap<>();
		Map<String, String> typed = new LinkedHashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith(LEAF)) {
				String leaf = name.substring(LEAF.length());
				choices.put(leaf, codes(values));
				typed.put(leaf, String.join(", ", values.stream().filter((v) -> !v.isBlank()).toList()));
			}
		});
		try {
			CrosswalkService.Decision decision = this.crosswalks.decide(id, choices);
			redirect.addFlashAttribute("notice", this.messages.getMessage("crosswalk.saved",
					new Object[] { decision.changed(), decision.confirmed() }, locale));
			return "redirect:/admin/methodology/index-sets/{id}/crosswalk";
		}
		catch (InvalidCrosswalkException ex) {
			// every problem above the table, and each beside its field, marked
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			List<String> errors = new java.util.ArrayList<>();
			Map<String, String> invalid = new LinkedHashMap<>();
			for (InvalidCrosswalkException.Problem problem : ex.problems()) {
				String text = this.messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
				errors.add(text);
				if (!problem.leaf().isEmpty()) {
					invalid.merge(problem.leaf(), text, (a, b) -> a + " " + b);
				}
			}
			model.addAttribute("errors", errors);
			model.addAttribute("invalid", invalid);
			model.addAttribute("typed", typed);
			return crosswalk(id, model);
		}
	}

	/**
	 * The text the list of the previous year's criteria puts after a code ("8.4.1 — Tên
	 * tiêu chí (1,5 điểm)"), pasted back from under a field or from the list: dropped, so
	 * that the code is read (walk of issue 12: refused on "—").
	 */
	private static final java.util.regex.Pattern OPTION_TEXT = java.util.regex.Pattern
		.compile("\\s+[—–]\\s.*?\\(\\s*[\\d.,]+\\s*(?:điểm|points?)\\s*\\)");

	/**
	 * A name after a dash without its points: dropped up to the next comma or semicolon.
	 */
	private static final java.util.regex.Pattern NAME_AFTER_DASH = java.util.regex.Pattern
		.compile("(?:^|\\s+)[—–]\\s[^,;]*");

	/**
	 * The previous leaves' codes a field names: each value split at commas, semicolons
	 * and spaces ({@code "8.4.1, 8.4.2"}), blanks dropped, each code once, in the order
	 * typed. A line of the list pasted whole ({@code "8.4.1 — Tên tiêu chí (1,5 điểm)"})
	 * is read as its code.
	 */
	static List<String> codes(List<String> values) {
		return values.stream()
			.map((value) -> NAME_AFTER_DASH.matcher(OPTION_TEXT.matcher(value).replaceAll("")).replaceAll(""))
			.flatMap((value) -> java.util.Arrays.stream(value.strip().split("[,;\\s]+")))
			.filter((code) -> !code.isEmpty())
			.distinct()
			.toList();
	}

}
