package org.parindex.survey.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.parindex.organization.OrganizationService;
import org.parindex.platform.Formats;
import org.parindex.survey.InvalidSurveyException;
import org.parindex.survey.InvitationLookup;
import org.parindex.survey.InvitationService;
import org.parindex.survey.InvitationStatus;
import org.parindex.survey.OnlineInvitationView;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The public survey form, answered with an invitation code and no account
 * ({@code /khao-sat}): a page to enter the code, then the form about the unit the code
 * rates, mobile first. Answers are kept as they are chosen (a small script posts the form
 * to {@code /khao-sat/{code}/nhap} on each change; without scripts the "save" button does
 * the same), and restored when the page is opened again. Sending stores one response per
 * code: a second tap, a retry or a concurrent send sees the thank-you page. Answers are
 * named {@code q.<question code>} with the option's label as value.
 */
@Controller
@RequestMapping("/khao-sat")
class OnlineSurveyController {

	/** The parameter of the form's page that asks about questions left unanswered. */
	static final String CONFIRM = "xac-nhan";

	/** The prefix of an answer's field name. */
	static final String ANSWER = "q.";

	private final InvitationService invitations;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final Clock clock;

	OnlineSurveyController(InvitationService invitations, OrganizationService organization, MessageSource messages,
			Clock clock) {
		this.invitations = invitations;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String enter() {
		return "survey/public/code";
	}

	/** The code typed on the entry page. */
	@PostMapping
	String entered(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		String typed = code.strip();
		if (typed.length() > 40) {
			typed = typed.substring(0, 40);
		}
		if (typed.isEmpty()) {
			// nothing typed: asked for the code, never told it is wrong nor counted as a
			// wrong try against the address (walk of issue 10, #14b)
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", this.messages.getMessage("survey.online.code.empty", null, locale));
			model.addAttribute("typed", "");
			return "survey/public/code";
		}
		InvitationLookup lookup = this.invitations.open(typed, request.getRemoteAddr());
		return switch (lookup.status()) {
			case OPEN, NOT_OPEN, CLOSED, YEAR_CLOSED ->
				"redirect:/khao-sat/" + UriUtils.encodePathSegment(lookup.found().orElseThrow().code(), "UTF-8");
			case USED -> thanks(model, true);
			case UNKNOWN, THROTTLED, WITHDRAWN -> refusedCode(lookup.status(), typed, response, model, locale);
		};
	}

	@GetMapping("/cam-on")
	String thanks(Model model) {
		return thanks(model, false);
	}

	/**
	 * The form of a code; with {@code xac-nhan} (after a send with questions left
	 * unanswered) it names those questions and asks whether to send anyway.
	 */
	@GetMapping("/{code}")
	String form(@PathVariable String code, @RequestParam(name = CONFIRM, required = false) @Nullable String confirm,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		InvitationLookup lookup = this.invitations.open(code, request.getRemoteAddr());
		if (confirm != null) {
			model.addAttribute("askMissing", true);
		}
		return answer(lookup, code, null, response, model, locale);
	}

	/**
	 * Keeps the answers so far; answers 204 to the page's script, else shows the form.
	 */
	@PostMapping("/{code}/nhap")
	Object saveDraft(@PathVariable String code, @RequestParam MultiValueMap<String, String> fields,
			@RequestParam(name = "async", defaultValue = "false") boolean async, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
		Map<String, String> answers = answers(fields);
		InvitationStatus status;
		try {
			status = this.invitations.saveDraft(code, request.getRemoteAddr(), answers);
		}
		catch (InvalidSurveyException ex) {
			if (async) {
				return ResponseEntity.badRequest().build();
			}
			InvitationLookup lookup = this.invitations.open(code, request.getRemoteAddr());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return answer(lookup, code, answers, response, model, locale);
		}
		if (async) {
			return switch (status) {
				case OPEN -> ResponseEntity.noContent().build();
				case USED -> ResponseEntity.status(HttpStatus.CONFLICT).build();
				case THROTTLED -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
				case UNKNOWN -> ResponseEntity.notFound().build();
				case WITHDRAWN -> ResponseEntity.status(HttpStatus.GONE).build();
				case NOT_OPEN, CLOSED, YEAR_CLOSED -> ResponseEntity.status(HttpStatus.FORBIDDEN).build();
			};
		}
		if (status == InvitationStatus.OPEN) {
			redirect.addFlashAttribute("notice", this.messages.getMessage("survey.online.draft.saved", null, locale));
			return "redirect:/khao-sat/" + UriUtils.encodePathSegment(code, "UTF-8");
		}
		return answer(this.invitations.open(code, request.getRemoteAddr()), code, answers, response, model, locale);
	}

	/**
	 * Sends the response: once per code. With questions left unanswered and no
	 * {@code confirmMissing=true}, nothing is sent: the answers are kept as the code's
	 * draft and the form comes back (a redirect, so the back button never meets a posted
	 * page) naming the questions left and asking whether to send anyway; this works
	 * without JavaScript.
	 */
	@PostMapping("/{code}")
	String submit(@PathVariable String code, @RequestParam MultiValueMap<String, String> fields,
			@RequestParam(defaultValue = "false") boolean confirmMissing, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		Map<String, String> answers = answers(fields);
		InvitationStatus status;
		try {
			if (!confirmMissing && !answers.isEmpty()
					&& !this.invitations.unanswered(code, request.getRemoteAddr(), answers).isEmpty()) {
				return "redirect:/khao-sat/" + UriUtils.encodePathSegment(code, "UTF-8") + "?" + CONFIRM + "=1";
			}
			status = this.invitations.submit(code, request.getRemoteAddr(), answers);
		}
		catch (InvalidSurveyException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return answer(this.invitations.open(code, request.getRemoteAddr()), code, answers, response, model, locale);
		}
		if (status == InvitationStatus.USED) {
			return "redirect:/khao-sat/cam-on";
		}
		return answer(this.invitations.open(code, request.getRemoteAddr()), code, answers, response, model, locale);
	}

	private String answer(InvitationLookup lookup, String code, @Nullable Map<String, String> posted,
			HttpServletResponse response, Model model, Locale locale) {
		switch (lookup.status()) {
			case USED:
				return thanks(model, true);
			case UNKNOWN:
			case THROTTLED:
			case WITHDRAWN:
				return refusedCode(lookup.status(), code, response, model, locale);
			default:
				break;
		}
		OnlineInvitationView invitation = lookup.found().orElseThrow();
		model.addAttribute("invitation", invitation);
		model.addAttribute("form", invitation.form());
		model.addAttribute("unit", this.organization.findUnit(invitation.unitId()).orElseThrow());
		if (lookup.status() != InvitationStatus.OPEN) {
			boolean early = lookup.status() == InvitationStatus.NOT_OPEN;
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("closedMessage",
					(lookup.status() == InvitationStatus.YEAR_CLOSED)
							? this.messages.getMessage("survey.response.year-closed", null, locale)
							: this.messages.getMessage(early ? "survey.response.not-open" : "survey.response.closed",
									new Object[] { Formats
										.localTime((early ? invitation.form().opensAt() : invitation.form().closesAt())
											.atZone(this.clock.getZone())) },
									locale));
			return "survey/public/closed";
		}
		Map<String, String> chosen = (posted != null) ? posted : invitation.draft();
		model.addAttribute("chosen", chosen);
		List<Integer> missing = missing(invitation, chosen);
		if (Boolean.TRUE.equals(model.getAttribute("askMissing")) && !missing.isEmpty()) {
			List<String> named = missing.stream()
				.map((n) -> this.messages.getMessage("survey.online.missing.item", new Object[] { n }, locale))
				.toList();
			model.addAttribute("missingText", this.messages.getMessage("survey.online.missing",
					new Object[] { missing.size(), String.join(", ", named) }, locale));
			model.addAttribute("missingCodes",
					missing.stream()
						.map((n) -> invitation.form().questions().get(n - 1).code())
						.collect(java.util.stream.Collectors.toSet()));
			model.addAttribute("firstMissing", invitation.form().questions().get(missing.get(0) - 1).code());
		}
		model.addAttribute("deadline", Formats.localTime(invitation.form().closesAt().atZone(this.clock.getZone())));
		return "survey/public/form";
	}

	/** The positions (from 1) of the form's questions without an answer. */
	private static List<Integer> missing(OnlineInvitationView invitation, Map<String, String> answers) {
		List<Integer> missing = new java.util.ArrayList<>();
		List<org.parindex.survey.SurveyQuestionView> questions = invitation.form().questions();
		for (int i = 0; i < questions.size(); i++) {
			if (!answers.containsKey(questions.get(i).code())) {
				missing.add(i + 1);
			}
		}
		return missing;
	}

	private String thanks(Model model, boolean again) {
		model.addAttribute("again", again);
		return "survey/public/thanks";
	}

	private String refusedCode(InvitationStatus status, String typed, HttpServletResponse response, Model model,
			Locale locale) {
		boolean throttled = status == InvitationStatus.THROTTLED;
		response.setStatus((throttled ? HttpStatus.TOO_MANY_REQUESTS
				: (status == InvitationStatus.WITHDRAWN) ? HttpStatus.GONE : HttpStatus.NOT_FOUND)
			.value());
		if (status == InvitationStatus.WITHDRAWN) {
			// the code exists but its batch was withdrawn: said so, never "wrong code"
			model.addAttribute("error", this.messages.getMessage("survey.online.code.withdrawn", null, locale));
		}
		else if (throttled) {
			// the address, not the device: a commune office or a carrier shares one
			// (walk10
			// #17); the pause is the time until the next attempt refills, in whole
			// minutes
			String address = ((org.springframework.web.context.request.ServletRequestAttributes) org.springframework.web.context.request.RequestContextHolder
				.currentRequestAttributes()).getRequest().getRemoteAddr();
			long minutes = Math.max(1, (this.invitations.codeRetryAfter(address).toSeconds() + 59) / 60);
			model.addAttribute("error",
					this.messages.getMessage("survey.online.code.throttled", new Object[] { minutes }, locale));
		}
		else {
			model.addAttribute("error", this.messages.getMessage("survey.online.code.unknown", null, locale));
		}
		model.addAttribute("typed", typed.length() > 40 ? typed.substring(0, 40) : typed);
		return "survey/public/code";
	}

	private static Map<String, String> answers(MultiValueMap<String, String> fields) {
		Map<String, String> answers = new LinkedHashMap<>();
		fields.forEach((name, values) -> {
			if (name.startsWith(ANSWER) && !values.isEmpty()) {
				List<String> given = values.stream().filter((value) -> !value.isBlank()).toList();
				if (!given.isEmpty()) {
					answers.put(name.substring(ANSWER.length()), given.get(0));
				}
			}
		});
		return answers;
	}

}
