package org.parindex.contest.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.parindex.contest.AttemptPolicy;
import org.parindex.contest.CollectiveFormula;
import org.parindex.contest.ContestProblem;
import org.parindex.contest.ContestService;
import org.parindex.contest.ContestView;
import org.parindex.contest.InvalidContestException;
import org.parindex.contest.TieBreak;
import org.parindex.platform.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contest committee's pages for its contests (issue 11 item 1): the list with each
 * contest's status, and the editor of a contest's window, rules, groups, rounds, ranking
 * and prizes. Groups, rounds and prize levels are added and removed by the server, so the
 * page works without scripts; a refused contest comes back as typed with every problem
 * named, and nothing is stored.
 */
@Controller
@RequestMapping("/admin/contest")
@PreAuthorize("hasAnyRole('CONTEST_COMMITTEE', 'PAR_OFFICE')")
class ContestAdminController {

	private final ContestService contests;

	private final MessageSource messages;

	private final Clock clock;

	ContestAdminController(ContestService contests, MessageSource messages, Clock clock) {
		this.contests = contests;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("contests", this.contests.contests());
		model.addAttribute("now", this.clock.instant());
		return "contest/contests";
	}

	@GetMapping("/new")
	String create(Model model, Locale locale) {
		return editor(null,
				ContestInput.blank(this.messages, locale, LocalDateTime.now(this.clock.withZone(ContestInput.VIETNAM))),
				model);
	}

	/**
	 * A new contest's page sent: a group, round or prize level added or removed (shown
	 * again, nothing stored) or the contest saved ({@code action=save}).
	 */
	@PostMapping("/new")
	String create(@RequestParam(defaultValue = "save") String action, @ModelAttribute("form") ContestInput form,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (!action.equals("save")) {
			change(form, action);
			return editor(null, form, model);
		}
		ContestInput.Checked checked = form.read(this.messages, locale);
		if (checked.command() == null) {
			return refused(null, form, model, response, HttpStatus.BAD_REQUEST, checked.errors(), checked.invalid());
		}
		try {
			ContestView stored = this.contests.create(checked.command());
			redirect.addFlashAttribute("notice", this.messages.getMessage("contest.saved",
					new Object[] { stored.title(), stored.rounds().size() }, locale));
			return "redirect:/admin/contest/" + stored.id();
		}
		catch (InvalidContestException ex) {
			return refused(null, form, model, response, HttpStatus.BAD_REQUEST, said(ex, locale), fields(ex));
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		ContestView view = contest(id);
		return editor(view, ContestInput.of(view), model);
	}

	/** An existing contest's page sent: as for a new one. */
	@PostMapping("/{id}")
	String edit(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
			@ModelAttribute("form") ContestInput form, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		ContestView view = contest(id);
		if (!action.equals("save")) {
			change(form, action);
			return editor(view, form, model);
		}
		ContestInput.Checked checked = form.read(this.messages, locale);
		if (checked.command() == null) {
			return refused(view, form, model, response, HttpStatus.BAD_REQUEST, checked.errors(), checked.invalid());
		}
		int version;
		try {
			version = Integer.parseInt(form.getVersion());
		}
		catch (NumberFormatException ex) {
			version = -1;
		}
		try {
			ContestView stored = this.contests.change(id, version, checked.command());
			redirect.addFlashAttribute("notice", this.messages.getMessage("contest.saved",
					new Object[] { stored.title(), stored.rounds().size() }, locale));
			return "redirect:/admin/contest/" + stored.id();
		}
		catch (InvalidContestException ex) {
			boolean stale = ex.problems().stream().anyMatch((p) -> p.field().equals("version"));
			return refused(view, form, model, response, stale ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
					said(ex, locale), fields(ex));
		}
	}

	/**
	 * Deletes a contest once confirmed ({@code confirmed=true}); before, a page asks,
	 * naming the contest and its rounds.
	 */
	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
			Locale locale, RedirectAttributes redirect) {
		ContestView view = contest(id);
		if (!confirmed) {
			model.addAttribute("view", view);
			return "contest/contest-delete";
		}
		this.contests.delete(id);
		redirect.addFlashAttribute("notice",
				this.messages.getMessage("contest.deleted", new Object[] { view.title() }, locale));
		return "redirect:/admin/contest";
	}

	/**
	 * Applies an editing action: {@code add-group}, {@code remove-group-<i>},
	 * {@code add-round}, {@code remove-round-<i>}, {@code add-prize},
	 * {@code remove-prize-<i>} (from 0); anything else changes nothing.
	 */
	private void change(ContestInput form, String action) {
		String[] parts = action.split("-");
		try {
			switch (action) {
				case "add-group" -> form.getGroups().add(new ContestInput.GroupRow());
				case "add-round" -> {
					ContestInput.RoundRow row = new ContestInput.RoundRow();
					List<ContestInput.RoundRow> rounds = form.getRounds();
					row.setOpensAt(rounds.isEmpty() ? form.getOpensAt() : rounds.get(rounds.size() - 1).getClosesAt());
					row.setClosesAt(form.getClosesAt());
					rounds.add(row);
				}
				case "add-prize" -> form.getPrizes().add(new ContestInput.PrizeRow());
				default -> {
					if (parts.length == 3 && parts[0].equals("remove")) {
						int index = Integer.parseInt(parts[2]);
						List<?> rows = switch (parts[1]) {
							case "group" -> form.getGroups();
							case "round" -> form.getRounds();
							case "prize" -> form.getPrizes();
							default -> List.of();
						};
						if (index >= 0 && index < rows.size()) {
							rows.remove(index);
						}
					}
				}
			}
		}
		catch (NumberFormatException ex) {
			// an action the page does not send: nothing to do
		}
	}

	private String refused(@Nullable ContestView view, ContestInput form, Model model, HttpServletResponse response,
			HttpStatus status, List<String> errors, Set<String> invalid) {
		response.setStatus(status.value());
		model.addAttribute("errors", errors);
		model.addAttribute("invalid", invalid);
		return editor(view, form, model);
	}

	private String editor(@Nullable ContestView view, ContestInput form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		model.addAttribute("tieBreaks", TieBreak.values());
		model.addAttribute("chainPlaces", ContestInput.CHAIN_PLACES);
		model.addAttribute("policies", AttemptPolicy.values());
		model.addAttribute("formulas", CollectiveFormula.values());
		if (!model.containsAttribute("invalid")) {
			model.addAttribute("invalid", Set.of());
		}
		return "contest/contest-edit";
	}

	private List<String> said(InvalidContestException ex, Locale locale) {
		return ex.problems().stream().map((problem) -> ContestInput.say(this.messages, locale, problem)).toList();
	}

	private static Set<String> fields(InvalidContestException ex) {
		return Set.copyOf(ex.problems().stream().map(ContestProblem::field).toList());
	}

	private ContestView contest(long id) {
		return this.contests.find(id).orElseThrow(() -> new NotFoundException("contest.unknown", id));
	}

}
