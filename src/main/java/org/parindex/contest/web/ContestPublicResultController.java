package org.parindex.contest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parindex.contest.ContestResultService;
import org.parindex.contest.PublicResults;
import org.parindex.platform.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A contest's public results page, without an account (issue 11 item 5):
 * {@code /cuoc-thi/{slug}/ket-qua-chung-cuoc}, once the committee published them. Built
 * from {@link PublicResults} only, which holds nothing but the winners' name, year of
 * birth, unit, prize, score and time (for those who chose to publish), so no CCCD, phone
 * number, address or date of birth can reach it.
 */
@Controller
class ContestPublicResultController {

	private final ContestResultService results;

	ContestPublicResultController(ContestResultService results) {
		this.results = results;
	}

	@GetMapping("/cuoc-thi/{slug}/ket-qua-chung-cuoc")
	String results(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
		PublicResults results = this.results.publicResults(slug)
			.orElseThrow(() -> new NotFoundException("contest.public.unknown", slug));
		model.addAttribute("results", results);
		model.addAttribute("contest", results.contest());
		model.addAttribute("texts", new ContestResultController.Texts());
		// published results change only when the committee publishes again or withdraws
		// them
		PublicCaching.allow(request, response, PublicCaching.MAX_AGE);
		return "contest/public/results";
	}

}
