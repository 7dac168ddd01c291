package org.parindex.contest.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parindex.contest.ContestStatus;
import org.parindex.contest.ContestView;
import org.parindex.contest.EntryService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The contests' public pages, without an account (issue 11 item 3): the list of contests
 * and each contest's page with its status (not yet open, open, closed) by the server's
 * clock, a countdown to the opening or the end, the rules, the rounds, the participant
 * groups and the prizes. The countdown is written by the server and kept running by a
 * script that corrects the device's clock by the server's. Both pages may be kept by a
 * cache for a few seconds when they are the same for everyone ({@link PublicCaching}).
 */
@Controller
class ContestPublicController {

	private final EntryService entries;

	private final MessageSource messages;

	private final Clock clock;

	ContestPublicController(EntryService entries, MessageSource messages, Clock clock) {
		this.entries = entries;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cuoc-thi")
	String list(Model model, HttpServletRequest request, HttpServletResponse response) {
		List<ContestView> contests = this.entries.contests();
		Instant now = this.clock.instant();
		model.addAttribute("contests", contests);
		model.addAttribute("now", now);
		// kept by a cache until the first contest's status changes, at most a few seconds
		PublicCaching.allowUntil(request, response, now,
				contests.stream()
					.map((contest) -> contest.nextChangeAfter(now))
					.flatMap(java.util.Optional::stream)
					.min(java.util.Comparator.naturalOrder()));
		return "contest/public/contests";
	}

	@GetMapping("/cuoc-thi/{slug}")
	String contest(@PathVariable String slug, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		// from the in-memory catalog: the page most participants open, many times
		ContestView contest = this.entries.contest(slug);
		Instant now = this.clock.instant();
		ContestStatus status = contest.status(now);
		model.addAttribute("contest", contest);
		model.addAttribute("status", status);
		model.addAttribute("now", now);
		Instant target = switch (status) {
			case NOT_YET_OPEN -> contest.opensAt();
			case OPEN -> contest.closesAt();
			case CLOSED -> now;
		};
		String label = this.messages.getMessage((status == ContestStatus.OPEN) ? "contest.public.countdown.until-close"
				: "contest.public.countdown.until-open", null, locale);
		if (status == ContestStatus.OPEN) {
			// the server decides what is counted to: the running round's end, or between
			// rounds the next round's start; the contest's end when it has neither
			java.util.Optional<ContestView.RoundView> running = contest.roundAt(now);
			java.util.Optional<ContestView.RoundView> next = contest.rounds()
				.stream()
				.filter((r) -> r.opensAt().isAfter(now))
				.min(java.util.Comparator.comparing(ContestView.RoundView::opensAt));
			if (running.isPresent() && running.get().closesAt().isBefore(contest.closesAt())) {
				target = running.get().closesAt();
				label = this.messages.getMessage("contest.public.countdown.round-close",
						new Object[] { running.get().name() }, locale);
			}
			else if (running.isEmpty() && next.isPresent()) {
				target = next.get().opensAt();
				label = this.messages.getMessage("contest.public.countdown.round-open",
						new Object[] { next.get().name() }, locale);
			}
		}
		model.addAttribute("countdownLabel", label);
		model.addAttribute("target", target);
		model.addAttribute("remaining", remaining(Duration.between(now, target), locale));
		model.addAttribute("paragraphs", paragraphs(contest.rules()));
		PublicCaching.allowUntil(request, response, now, contest.nextChangeAfter(now));
		return "contest/public/contest";
	}

	/**
	 * A duration as the countdown writes it: days, hours, minutes and seconds ("2 ngày 03
	 * giờ 15 phút 09 giây"), days left out when none.
	 */
	String remaining(Duration left, Locale locale) {
		long seconds = Math.max(0, left.toSeconds());
		long days = seconds / 86_400;
		String clockPart = this.messages.getMessage("contest.public.countdown.clock",
				new Object[] { pad(seconds / 3600 % 24), pad(seconds / 60 % 60), pad(seconds % 60) }, locale);
		return (days > 0) ? this.messages.getMessage("contest.public.countdown.days",
				new Object[] { String.valueOf(days), clockPart }, locale) : clockPart;
	}

	private static String pad(long value) {
		return (value < 10) ? "0" + value : String.valueOf(value);
	}

	/** The rules' paragraphs: blocks of text between blank lines. */
	static List<String> paragraphs(String rules) {
		return Arrays.stream(rules.split("\\R\\s*\\R")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

}
