package org.parindex.contest.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.parindex.contest.ContestProblem;
import org.parindex.contest.ContestService;
import org.parindex.contest.EntryRefusedException;
import org.parindex.contest.EntryService;
import org.parindex.contest.EntryUnit;
import org.parindex.contest.PaperEntry;
import org.parindex.contest.PaperEntrySaved;
import org.parindex.contest.ContestPaperService;
import org.parindex.contest.PaperForm;
import org.parindex.contest.PaperKeying;
import org.parindex.contest.PaperSheet;
import org.parindex.platform.Actors;
import org.parindex.platform.NotFoundException;

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

/**
 * The contest committee's paper entries (issue 11 item 4): each round's paper form, fixed
 * once and printed (A4, no answers), and the keyboard-only entry of the forms received,
 * the next empty form shown at once after a save.
 */
@Controller
@PreAuthorize("hasAnyRole('CONTEST_COMMITTEE', 'PAR_OFFICE')")
class ContestPaperController {

	private final ContestPaperService paper;

	private final EntryService entries;

	private final MessageSource messages;

	private final ContestService contests;

	ContestPaperController(ContestPaperService paper, EntryService entries, MessageSource messages,
			ContestService contests) {
		this.paper = paper;
		this.contests = contests;
		this.entries = entries;
		this.messages = messages;
	}

	@GetMapping("/admin/contest/{id}/paper")
	String forms(@PathVariable long id, Model model) {
		model.addAttribute("contest",
				this.contests.find(id).orElseThrow(() -> new NotFoundException("contest.unknown", id)));
		model.addAttribute("forms", this.paper.forms(id));
		model.addAttribute("doubleEntry", this.paper.doubleEntry(id));
		model.addAttribute("sheets", this.paper.pendingSheets(id));
		return "contest/paper";
	}

	/** Turns double entry of paper forms on or off ({@code on}: true or false). */
	@PostMapping("/admin/contest/{id}/paper/double-entry")
	String doubleEntry(@PathVariable long id, @RequestParam(defaultValue = "false") boolean on, Locale locale,
			RedirectAttributes redirect) {
		try {
			this.paper.setDoubleEntry(id, on);
			redirect.addFlashAttribute("notice", this.messages
				.getMessage(on ? "contest.paper.double.turned-on" : "contest.paper.double.turned-off", null, locale));
		}
		catch (EntryRefusedException ex) {
			redirect.addFlashAttribute("error", message(ex.problems().get(0), locale));
		}
		return "redirect:/admin/contest/" + id + "/paper";
	}

	/** A sheet keyed twice with differences: both keyings field by field, to resolve. */
	@GetMapping("/admin/contest/{id}/paper/sheet/{sheet}")
	String sheet(@PathVariable long id, @PathVariable String sheet, Model model) {
		return sheetPage(id, this.paper.pendingSheet(id, sheet), Map.of(), List.of(), model);
	}

	/**
	 * The committee's resolution of a sheet: for each field that differs,
	 * {@code choice.<field>} is {@code first}, {@code second} or {@code own} (then
	 * {@code own.<field>} is the corrected value); fields that agree keep the first
	 * keying's value. Stored and back to the paper entries page, or shown again with
	 * every problem named.
	 */
	@PostMapping("/admin/contest/{id}/paper/sheet/{sheet}")
	String resolve(@PathVariable long id, @PathVariable String sheet,
			@RequestParam MultiValueMap<String, String> params, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		PaperSheet pending = this.paper.pendingSheet(id, sheet);
		Map<String, String> chosen = new LinkedHashMap<>();
		Map<String, String> first = values(pending.first());
		Map<String, String> second = (pending.second() != null) ? values(pending.second()) : first;
		for (String field : ContestPaperService.FIELDS) {
			String choice = pending.differences().contains(field) ? params.getFirst("choice." + field) : "first";
			String value;
			if ("second".equals(choice)) {
				value = second.get(field);
			}
			else if ("own".equals(choice)) {
				value = params.getFirst("own." + field);
			}
			else if ("first".equals(choice)) {
				value = first.get(field);
			}
			else {
				value = null;
			}
			chosen.put(field, value);
		}
		List<ContestProblem> unchosen = chosen.entrySet()
			.stream()
			.filter((e) -> e.getValue() == null)
			.map((e) -> new ContestProblem(e.getKey(), "contest.paper.resolve.choose",
					List.of(this.messages.getMessage("contest.paper.diff.field." + e.getKey(), null, locale))))
			.toList();
		if (!unchosen.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return sheetPage(id, pending, params.toSingleValueMap(), unchosen, model);
		}
		PaperEntry entry = new PaperEntry(chosen.get("fullName"), chosen.get("birthDate"), chosen.get("cccd"),
				chosen.get("phone"), chosen.get("groupCode"), chosen.get("unitId"), chosen.get("address"),
				ticked(chosen.get("consent")), ticked(chosen.get("publishResult")), chosen.get("answers"),
				chosen.get("prediction"), chosen.get("receivedOn"), chosen.get("postmarkedOn"),
				chosen.get("guardianName"), ticked(chosen.get("guardianConsent")));
		try {
			PaperEntrySaved saved = this.paper.resolve(id, pending.sheetNumber(), entry, Actors.currentName());
			redirect.addFlashAttribute("notice",
					this.messages.getMessage("contest.paper.resolved",
							new Object[] { pending.sheetNumber(), saved.fullName(), saved.score(), saved.questions() },
							locale));
			return "redirect:/admin/contest/" + id + "/paper";
		}
		catch (EntryRefusedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return sheetPage(id, pending, params.toSingleValueMap(), ex.problems(), model);
		}
	}

	private String sheetPage(long id, PaperSheet sheet, Map<String, String> typed, List<ContestProblem> problems,
			Model model) {
		model.addAttribute("contest",
				this.contests.find(id).orElseThrow(() -> new NotFoundException("contest.unknown", id)));
		model.addAttribute("sheet", sheet);
		model.addAttribute("fields", ContestPaperService.FIELDS);
		model.addAttribute("first", values(sheet.first()));
		model.addAttribute("second", (sheet.second() != null) ? values(sheet.second()) : Map.of());
		model.addAttribute("typed", typed);
		model.addAttribute("problems", problems);
		return "contest/paper-sheet";
	}

	/** A keyed form's fields as typed, by {@link ContestPaperService#FIELDS} name. */
	private static Map<String, String> values(PaperEntry entry) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("fullName", entry.fullName());
		values.put("birthDate", entry.birthDate());
		values.put("cccd", entry.cccd());
		values.put("phone", entry.phone());
		values.put("groupCode", entry.groupCode());
		values.put("unitId", entry.unitId());
		values.put("address", entry.address());
		values.put("consent", String.valueOf(entry.consent()));
		values.put("publishResult", String.valueOf(entry.publishResult()));
		values.put("guardianName", entry.guardianName());
		values.put("guardianConsent", String.valueOf(entry.guardianConsent()));
		values.put("answers", entry.answers());
		values.put("prediction", entry.prediction());
		values.put("receivedOn", entry.receivedOn());
		values.put("postmarkedOn", entry.postmarkedOn());
		return values;
	}

	/**
	 * Fixes (or, before any paper entry, draws again) a round's paper form. The page
	 * sends which form it showed ({@code seen}: when it was fixed, in milliseconds since
	 * the epoch; empty for none), so that a second click answers as the first instead of
	 * drawing again; without {@code seen} the form is drawn (again).
	 */
	@PostMapping("/admin/contest/{id}/paper/{round}/fix")
	String fix(@PathVariable long id, @PathVariable long round, @RequestParam(required = false) @Nullable String seen,
			Locale locale, RedirectAttributes redirect) {
		try {
			PaperForm form = (seen == null) ? this.paper.fix(id, round) : this.paper.fix(id, round, seen(seen));
			redirect.addFlashAttribute("notice", this.messages.getMessage("contest.paper.fixed.notice",
					new Object[] { form.round().name(), form.questions().size() }, locale));
		}
		catch (EntryRefusedException ex) {
			redirect.addFlashAttribute("error", message(ex.problems().get(0), locale));
		}
		return "redirect:/admin/contest/" + id + "/paper";
	}

	private static Optional<Instant> seen(String typed) {
		try {
			return typed.isBlank() ? Optional.empty()
					: Optional.of(Instant.ofEpochMilli(Long.parseLong(typed.strip())));
		}
		catch (NumberFormatException ex) {
			return Optional.of(Instant.EPOCH);
		}
	}

	/** The printable form: A4, the questions with lettered options, never the answers. */
	@GetMapping("/admin/contest/{id}/paper/{round}/print")
	String print(@PathVariable long id, @PathVariable long round, Model model) {
		PaperForm form = this.paper.form(id, round);
		model.addAttribute("form", form);
		model.addAttribute("contest", form.contest());
		return "contest/paper-print";
	}

	/**
	 * An empty form; {@code receivedOn} keeps the day received of the form saved before
	 * (forms of one post are keyed one after another).
	 */
	@GetMapping("/admin/contest/{id}/paper/{round}/entry")
	String entry(@PathVariable long id, @PathVariable long round, @RequestParam(defaultValue = "") String receivedOn,
			Model model) {
		return entryPage(this.paper.form(id, round),
				new PaperEntry("", "", "", "", "", "", "", false, false, "", "", receivedOn, ""), List.of(), model);
	}

	/**
	 * A keyed form: stored and the next empty form shown with a message naming what was
	 * saved, or shown again as typed with every problem named (nothing stored).
	 */
	@PostMapping("/admin/contest/{id}/paper/{round}/entry")
	String enter(@PathVariable long id, @PathVariable long round, @RequestParam MultiValueMap<String, String> params,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		PaperEntry entry = new PaperEntry(params.getFirst("fullName"), params.getFirst("birthDate"),
				params.getFirst("cccd"), params.getFirst("phone"), params.getFirst("groupCode"),
				params.getFirst("unitId"), params.getFirst("address"), ticked(params.getFirst("consent")),
				ticked(params.getFirst("publishResult")), params.getFirst("answers"), params.getFirst("prediction"),
				params.getFirst("receivedOn"), params.getFirst("postmarkedOn"), params.getFirst("guardianName"),
				ticked(params.getFirst("guardianConsent")));
		try {
			PaperKeying keying = this.paper.key(id, round, params.getFirst("sheetNumber"), entry, Actors.currentName());
			String notice = switch (keying.outcome()) {
				case HELD ->
					this.messages.getMessage("contest.paper.held", new Object[] { keying.sheetNumber() }, locale);
				case DIFFERENT -> this.messages.getMessage("contest.paper.differs",
						new Object[] { keying.sheetNumber(), keying.differences().size(),
								String.join(", ", keying.differences()
									.stream()
									.map((f) -> this.messages.getMessage("contest.paper.diff.field." + f, null, locale))
									.toList()) },
						locale);
				case STORED -> {
					PaperEntrySaved saved = keying.saved().orElseThrow();
					String message = this.messages.getMessage(
							saved.alsoOnline() ? "contest.paper.saved.online" : "contest.paper.saved",
							new Object[] { saved.fullName(), saved.score(), saved.questions() }, locale);
					yield keying.sheetNumber().isEmpty() || !this.paper.doubleEntry(id) ? message
							: this.messages.getMessage("contest.paper.agreed", new Object[] { keying.sheetNumber() },
									locale) + " " + message;
				}
			};
			redirect.addFlashAttribute("notice", notice);
			// the day received stays for the next form of the same post
			redirect.addAttribute("receivedOn", entry.receivedOn());
			return "redirect:/admin/contest/" + id + "/paper/" + round + "/entry";
		}
		catch (EntryRefusedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("sheetNumber", params.getFirst("sheetNumber"));
			return entryPage(this.paper.form(id, round), entry, ex.problems(), model);
		}
	}

	private String entryPage(PaperForm form, PaperEntry entry, List<ContestProblem> problems, Model model) {
		model.addAttribute("paperForm", form);
		model.addAttribute("contest", form.contest());
		model.addAttribute("form", entry);
		model.addAttribute("doubleEntry", this.paper.doubleEntry(form.contest().id()));
		if (!model.containsAttribute("sheetNumber")) {
			model.addAttribute("sheetNumber", "");
		}
		Map<String, List<EntryUnit>> units = new LinkedHashMap<>();
		for (EntryUnit unit : this.entries.units()) {
			units.computeIfAbsent(unit.group(), (g) -> new java.util.ArrayList<>()).add(unit);
		}
		model.addAttribute("units", units);
		model.addAttribute("problems", problems);
		Map<String, ContestProblem> byField = new LinkedHashMap<>();
		problems.forEach((p) -> byField.putIfAbsent(p.field(), p));
		model.addAttribute("fieldProblems", byField);
		return "contest/paper-entry";
	}

	private String message(ContestProblem problem, Locale locale) {
		return this.messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
	}

	private static boolean ticked(String value) {
		return value != null && !value.isEmpty() && !value.equals("false");
	}

}
