package org.parindex.contest.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.parindex.contest.ContestResultService;
import org.parindex.contest.ContestResults;
import org.parindex.contest.ContestStatistics;
import org.parindex.contest.EntryRefusedException;
import org.parindex.contest.EntryService;
import org.parindex.contest.EntryUnit;
import org.parindex.platform.DecimalInput;
import org.parindex.platform.Formats;
import org.parindex.platform.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

	private final EntryService entries;

	private final Formats formats;

	private final java.time.Clock clock;

	ContestResultController(ContestResultService results, MessageSource messages, EntryService entries, Formats formats,
			java.time.Clock clock) {
		this.results = results;
		this.messages = messages;
		this.entries = entries;
		this.formats = formats;
		this.clock = clock;
	}

	/**
	 * @param round the round's number from 1; 0 for the whole contest (a contest of one
	 * round shows its round); a number the contest does not have shows the first round
	 */
	@GetMapping("/admin/contest/{id}/results")
	String results(@PathVariable long id, @RequestParam(defaultValue = "1") int round, Model model) {
		ContestResults results = this.results.results(id)
			.orElseThrow(() -> new NotFoundException("contest.unknown", id));
		Map<Long, String> typed = new HashMap<>();
		this.results.populations(id).forEach((unit, population) -> typed.put(unit, String.valueOf(population)));
		return show(results, round, typed, List.of(), model);
	}

	/**
	 * The units' populations for the collective ranking by entries per 1,000 inhabitants:
	 * a field {@code p<unit id>} per unit, empty for none. A value that is not a whole
	 * number from 1 to 100,000,000 is refused naming the unit, with the form kept as
	 * typed, and nothing changes.
	 */
	@PostMapping("/admin/contest/{id}/results/populations")
	String populations(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Locale locale,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		ContestResults results = this.results.results(id)
			.orElseThrow(() -> new NotFoundException("contest.unknown", id));
		Map<Long, String> typed = new HashMap<>();
		Map<Long, Integer> populations = new HashMap<>();
		List<String> errors = new ArrayList<>();
		for (EntryUnit unit : this.entries.units()) {
			String value = Optional.ofNullable(params.getFirst("p" + unit.id())).orElse("").strip();
			typed.put(unit.id(), value);
			if (value.isEmpty()) {
				continue;
			}
			Optional<Integer> population = population(value);
			if (population.isPresent()) {
				populations.put(unit.id(), population.get());
			}
			else {
				errors.add(this.messages.getMessage("contest.results.population.invalid",
						new Object[] { unit.name(), value }, locale));
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(results, 1, typed, errors, model);
		}
		this.results.setPopulations(id, populations);
		redirect.addFlashAttribute("notice", this.messages.getMessage("contest.results.population.saved",
				new Object[] { populations.size() }, locale));
		return "redirect:/admin/contest/" + id + "/results";
	}

	/**
	 * A typed population, read as every count is ({@link DecimalInput#parseWhole}; one
	 * reading of "1.000" everywhere, docs/scoring.md): a whole number from 1 to
	 * {@link ContestResultService#MAX_POPULATION} ({@code 12500}, {@code 12 500},
	 * {@code 12.500} and {@code 1.234.567} with the Vietnamese thousands point); empty
	 * for anything else: a decimal ({@code 12,5}, {@code 12.5}), a lone comma before
	 * three digits ({@code 12,500}, which a Vietnamese reader takes for twelve and a
	 * half; more groups, {@code 1,234,567}, can only be grouping and are read), zero or a
	 * negative.
	 */
	static Optional<Integer> population(String typed) {
		try {
			Optional<Long> number = DecimalInput.parseWhole(typed);
			if (number.isEmpty() || number.get() <= 0 || number.get() > ContestResultService.MAX_POPULATION) {
				return Optional.empty();
			}
			return Optional.of(Math.toIntExact(number.get()));
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return Optional.empty();
		}
	}

	private String show(ContestResults results, int round, Map<Long, String> populations, List<String> errors,
			Model model) {
		int selected = selected(results, round);
		model.addAttribute("results", results);
		model.addAttribute("contest", results.contest());
		model.addAttribute("standing", standing(results, selected));
		model.addAttribute("selected", selected);
		model.addAttribute("texts", new Texts());
		model.addAttribute("populationUnits", this.entries.units());
		model.addAttribute("populations", populations);
		model.addAttribute("populationErrors", errors);
		model.addAttribute("publishable", !this.clock.instant().isBefore(results.contest().resultsFrom()));
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
		try {
			this.results.publish(id);
		}
		catch (EntryRefusedException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("contest.results.publish.too-early",
					new Object[] { this.formats.time(results.contest().resultsFrom()) }, locale));
			return "redirect:/admin/contest/" + id + "/results";
		}
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
