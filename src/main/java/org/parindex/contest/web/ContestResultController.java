package org.parindex.contest.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.parindex.contest.ContestResultService;
import org.parindex.contest.ContestResults;
import org.parindex.contest.ContestStatistics;
import org.parindex.platform.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contest committee's results page (issue 11 item 5): one standing at a time (a
 * round, or the whole contest when it has several rounds) with the individual ranking,
 * the prizes, the ties the committee must decide flagged, and the collective ranking of
 * units; links to every round.
 */
@Controller
@PreAuthorize("hasAnyRole('CONTEST_COMMITTEE', 'PAR_OFFICE')")
class ContestResultController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ContestResultService results;

	private final MessageSource messages;

	ContestResultController(ContestResultService results, MessageSource messages) {
		this.results = results;
		this.messages = messages;
	}

	/**
	 * @param round the round's number from 1; 0 for the whole contest (a contest of one
	 * round shows its round); a number the contest does not have shows the first round
	 */
	@GetMapping("/admin/contest/{id}/results")
	String results(@PathVariable long id, @RequestParam(defaultValue = "1") int round, Model model) {
		ContestResults results = this.results.results(id)
			.orElseThrow(() -> new NotFoundException("contest.unknown", id));
		int selected = selected(results, round);
		model.addAttribute("results", results);
		model.addAttribute("contest", results.contest());
		model.addAttribute("standing", standing(results, selected));
		model.addAttribute("selected", selected);
		model.addAttribute("texts", new Texts());
		return "contest/results";
	}

	/**
	 * The standing the page shows as a workbook (streamed): the individual ranking and
	 * the collective ranking, a sheet each.
	 */
	@GetMapping("/admin/contest/{id}/results.xlsx")
	void resultsWorkbook(@PathVariable long id, @RequestParam(defaultValue = "1") int round, Locale locale,
			HttpServletResponse response) throws IOException {
		ContestResults results = this.results.results(id)
			.orElseThrow(() -> new NotFoundException("contest.unknown", id));
		int selected = selected(results, round);
		attachment(response, "ket-qua-" + results.contest().slug() + "-"
				+ ((selected == 0) ? "chung" : "dot-" + selected) + ".xlsx");
		new ContestWorkbooks(this.messages, locale).results(results.contest(), standing(results, selected),
				response.getOutputStream());
	}

	/** The statistics as a workbook (streamed): per question, and per day and unit. */
	@GetMapping("/admin/contest/{id}/statistics.xlsx")
	void statisticsWorkbook(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		ContestStatistics statistics = this.results.statistics(id)
			.orElseThrow(() -> new NotFoundException("contest.unknown", id));
		attachment(response, "thong-ke-" + statistics.contest().slug() + ".xlsx");
		new ContestWorkbooks(this.messages, locale).statistics(statistics, response.getOutputStream());
	}

	private static void attachment(HttpServletResponse response, String name) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
	}

	/** The round asked for, 0 for the whole contest when it has one; else round 1. */
	private static int selected(ContestResults results, int round) {
		if (round == 0 && results.overall() != null) {
			return 0;
		}
		return (round >= 1 && round <= results.rounds().size()) ? round : 1;
	}

	private static ContestResults.Standing standing(ContestResults results, int selected) {
		return (selected == 0) ? results.overall() : results.rounds().get(selected - 1);
	}

	/** Publishes the contest's results on its public page (audited). */
	@PostMapping("/admin/contest/{id}/results/publish")
	String publish(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
		ContestResults results = this.results.results(id)
			.orElseThrow(() -> new NotFoundException("contest.unknown", id));
		this.results.publish(id);
		redirect.addFlashAttribute("notice", this.messages.getMessage("contest.results.published",
				new Object[] { results.contest().title() }, locale));
		return "redirect:/admin/contest/" + id + "/results";
	}

	/** Withdraws the contest's results from its public page (audited). */
	@PostMapping("/admin/contest/{id}/results/withdraw")
	String withdraw(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
		ContestResults results = this.results.results(id)
			.orElseThrow(() -> new NotFoundException("contest.unknown", id));
		this.results.withdraw(id);
		redirect.addFlashAttribute("notice", this.messages.getMessage("contest.results.withdrawn",
				new Object[] { results.contest().title() }, locale));
		return "redirect:/admin/contest/" + id + "/results";
	}

	/**
	 * The contest's statistics: each question drawn (attempts that got it, share correct,
	 * discrimination) and the scored attempts per day by unit.
	 */
	@GetMapping("/admin/contest/{id}/statistics")
	String statistics(@PathVariable long id, Model model) {
		ContestStatistics statistics = this.results.statistics(id)
			.orElseThrow(() -> new NotFoundException("contest.unknown", id));
		model.addAttribute("statistics", statistics);
		model.addAttribute("contest", statistics.contest());
		return "contest/statistics";
	}

	/** Texts the results page writes from values. */
	public static final class Texts {

		/** A duration as minutes, seconds and milliseconds ("3:05,123"); "—" for none. */
		public String duration(@Nullable Duration duration) {
			return (duration != null) ? ContestEntryController.duration(duration) : "—";
		}

	}

}
