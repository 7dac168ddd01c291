package org.parindex.contest.web;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.parindex.contest.ContestResultService;
import org.parindex.contest.ContestResults;
import org.parindex.contest.ContestStatistics;
import org.parindex.platform.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contest committee's results page (issue 11 item 5): one standing at a time (a
 * round, or the whole contest when it has several rounds) with the individual ranking,
 * the prizes, the ties the committee must decide flagged, and the collective ranking of
 * units; links to every round.
 */
@Controller
@PreAuthorize("hasAnyRole('CONTEST_COMMITTEE', 'PAR_OFFICE')")
class ContestResultController {

	private final ContestResultService results;

	ContestResultController(ContestResultService results) {
		this.results = results;
	}

	/**
	 * @param round the round's number from 1; 0 for the whole contest (a contest of one
	 * round shows its round); a number the contest does not have shows the first round
	 */
	@GetMapping("/admin/contest/{id}/results")
	String results(@PathVariable long id, @RequestParam(defaultValue = "1") int round, Model model) {
		ContestResults results = this.results.results(id)
			.orElseThrow(() -> new NotFoundException("contest.unknown", id));
		ContestResults.Standing standing;
		if (round == 0 && results.overall() != null) {
			standing = results.overall();
		}
		else if (round >= 1 && round <= results.rounds().size()) {
			standing = results.rounds().get(round - 1);
		}
		else {
			standing = results.rounds().get(0);
			round = 1;
		}
		model.addAttribute("results", results);
		model.addAttribute("contest", results.contest());
		model.addAttribute("standing", standing);
		model.addAttribute("selected", round);
		model.addAttribute("texts", new Texts());
		return "contest/results";
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
