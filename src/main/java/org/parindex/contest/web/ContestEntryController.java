package org.parindex.contest.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.parindex.contest.AttemptHead;
import org.parindex.contest.AttemptPage;
import org.parindex.contest.ContestProblem;
import org.parindex.contest.ContestView;
import org.parindex.contest.EntryRefusedException;
import org.parindex.contest.EntryService;
import org.parindex.contest.QuestionKind;
import org.parindex.contest.QuestionShown;
import org.parindex.contest.Register;
import org.parindex.contest.SubmissionResult;

import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Taking part in a contest without an account (issue 11 item 3): registration
 * ({@code /cuoc-thi/{slug}/dang-ky}), resuming by CCCD and date of birth
 * ({@code /tiep-tuc}), the participant's own page ({@code /du-thi/{token}}), the attempt
 * ({@code /bai-thi/{token}}) with its answers saved in batches ({@code /luu}, JSON) and
 * submitted ({@code /nop}), and the result ({@code /ket-qua}). Participants and attempts
 * are reached only by unguessable tokens. Every page works without scripts; a refused
 * form is shown again as typed, with each problem named.
 */
@Controller
class ContestEntryController {

	/**
	 * The registration form's fields, by the id of their input: a problem of one of them
	 * is shown next to it and linked from the page's list of problems.
	 */
	static final Set<String> REGISTRATION_FIELDS = Set.of("fullName", "birthDate", "cccd", "phone", "groupCode",
			"unitId", "address", "consent", "guardianName", "guardianConsent");

	private final EntryService entries;

	private final MessageSource messages;

	private final Clock clock;

	private final ResumeAttempts resumeAttempts;

	private final EntryLimits limits;

	private final UnitOptions unitOptions;

	private final RegistrationPages registrationPages;

	ContestEntryController(EntryService entries, MessageSource messages, Clock clock, ResumeAttempts resumeAttempts,
			EntryLimits limits, UnitOptions unitOptions, RegistrationPages registrationPages) {
		this.registrationPages = registrationPages;
		this.unitOptions = unitOptions;
		this.resumeAttempts = resumeAttempts;
		this.limits = limits;
		this.entries = entries;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The blank registration form, from the rendered pages kept per contest, language and
	 * state ({@link RegistrationPages}): the frame of the contest's public pages shows
	 * nothing of who is signed in, so every visitor gets the same page but for the form's
	 * token.
	 */
	@GetMapping("/cuoc-thi/{slug}/dang-ky")
	void registration(@PathVariable String slug, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		ContestView contest = this.entries.contest(slug);
		form(contest, Register.empty(), List.of(), model);
		String currentPath = (request.getAttribute("currentPath") instanceof String path) ? path
				: request.getRequestURI();
		this.registrationPages.write(contest, this.entries.units(),
				RegistrationPages.State.of(Boolean.TRUE.equals(model.getAttribute("open")),
						Boolean.TRUE.equals(model.getAttribute("over"))),
				currentPath, locale, model.asMap(), request, response);
	}

	/**
	 * Registers, within the address's and the CCCD's allowance ({@link EntryLimits}; 429
	 * with when to try again once used up). The same person registering again (a double
	 * click) lands on their own page; any other collision gets a neutral refusal that
	 * points to the resume page and counts as a wrong try there ({@link ResumeAttempts}),
	 * so that the registration form cannot be used to guess dates of birth.
	 */
	@PostMapping("/cuoc-thi/{slug}/dang-ky")
	String register(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Register form = new Register(params.getFirst("fullName"), params.getFirst("birthDate"), params.getFirst("cccd"),
				params.getFirst("phone"), params.getFirst("groupCode"), params.getFirst("unitId"),
				params.getFirst("address"), ticked(params.getFirst("consent")),
				ticked(params.getFirst("publishResult")), params.getFirst("guardianName"),
				ticked(params.getFirst("guardianConsent")));
		ContestView contest = this.entries.contest(slug);
		String address = request.getRemoteAddr();
		Optional<Duration> wait = this.limits.register(address, form.cccd());
		if (wait.isPresent()) {
			throttled(wait.get(), "contest.entry.throttled.register", locale, model, response);
			return form(contest, form, List.of(), model);
		}
		try {
			String token = this.entries.register(slug, form, this.resumeAttempts.allowed(address, form.cccd()));
			return "redirect:/cuoc-thi/" + slug + "/du-thi/" + token;
		}
		catch (EntryRefusedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			boolean taken = ex.problems()
				.stream()
				.anyMatch((p) -> p.messageKey().endsWith("registration.not-accepted"));
			if (taken) {
				this.resumeAttempts.wrong(address, form.cccd());
			}
			model.addAttribute("taken", taken);
			return form(contest, form, ex.problems(), model);
		}
	}

	/**
	 * Answers 429 with a {@code Retry-After} header and the page's message saying in how
	 * many minutes (at least one) to try again.
	 */
	private void throttled(Duration wait, String messageKey, Locale locale, Model model, HttpServletResponse response) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", String.valueOf(seconds));
		model.addAttribute("throttledMessage",
				this.messages.getMessage(messageKey, new Object[] { (seconds + 59) / 60 }, locale));
	}

	private String form(ContestView contest, Register form, List<ContestProblem> problems, Model model) {
		model.addAttribute("contest", contest);
		model.addAttribute("form", form);
		Instant now = this.clock.instant();
		model.addAttribute("open", contest.openRound(now).isPresent());
		model.addAttribute("over", contest.over(now));
		// rendered once per unit list, not per visit (UnitOptions)
		model.addAttribute("unitOptions", this.unitOptions.html(this.entries.units(), form.unitId()));
		model.addAttribute("problems", problems);
		Map<String, ContestProblem> byField = new LinkedHashMap<>();
		problems.forEach((p) -> byField.putIfAbsent(p.field(), p));
		model.addAttribute("fieldProblems", byField);
		model.addAttribute("fieldIds", REGISTRATION_FIELDS);
		return "contest/public/register";
	}

	@GetMapping("/cuoc-thi/{slug}/tiep-tuc")
	String resumeForm(@PathVariable String slug, Model model) {
		model.addAttribute("contest", this.entries.contest(slug));
		model.addAttribute("cccd", "");
		model.addAttribute("birthDate", "");
		return "contest/public/resume";
	}

	/**
	 * Opens the participant's page by CCCD and date of birth. A field left empty is named
	 * (400) without counting a wrong try; a wrong pair counts against the address and the
	 * CCCD ({@link ResumeAttempts}), and once either is used up the page answers 429.
	 */
	@PostMapping("/cuoc-thi/{slug}/tiep-tuc")
	String resume(@PathVariable String slug, @RequestParam(defaultValue = "") String cccd,
			@RequestParam(defaultValue = "") String birthDate, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("contest", this.entries.contest(slug));
		model.addAttribute("cccd", cccd);
		model.addAttribute("birthDate", birthDate);
		List<String> missing = new java.util.ArrayList<>();
		if (cccd.isBlank()) {
			missing.add("cccd");
		}
		if (birthDate.isBlank()) {
			missing.add("birthDate");
		}
		if (!missing.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("missing", missing);
			return "contest/public/resume";
		}
		String address = request.getRemoteAddr();
		if (!this.resumeAttempts.allowed(address, cccd)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("throttled", true);
			return "contest/public/resume";
		}
		Optional<String> token = this.entries.resume(slug, cccd, birthDate);
		if (token.isPresent()) {
			return "redirect:/cuoc-thi/" + slug + "/du-thi/" + token.get();
		}
		this.resumeAttempts.wrong(address, cccd);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("mismatch", true);
		return "contest/public/resume";
	}

	@GetMapping("/cuoc-thi/{slug}/du-thi/{token}")
	String participant(@PathVariable String slug, @PathVariable String token, Model model) {
		model.addAttribute("contest", this.entries.contest(slug));
		model.addAttribute("participant", this.entries.participant(slug, token));
		return "contest/public/participant";
	}

	@PostMapping("/cuoc-thi/{slug}/du-thi/{token}/bat-dau")
	String start(@PathVariable String slug, @PathVariable String token, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<Duration> wait = this.limits.start(request.getRemoteAddr(), token);
		if (wait.isPresent()) {
			throttled(wait.get(), "contest.entry.throttled.start", locale, model, response);
			model.addAttribute("contest", this.entries.contest(slug));
			model.addAttribute("participant", this.entries.participant(slug, token));
			model.addAttribute("error", model.getAttribute("throttledMessage"));
			return "contest/public/participant";
		}
		try {
			return "redirect:/cuoc-thi/" + slug + "/bai-thi/" + this.entries.start(slug, token);
		}
		catch (EntryRefusedException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("contest", this.entries.contest(slug));
			model.addAttribute("participant", this.entries.participant(slug, token));
			model.addAttribute("error", message(ex.problems().get(0), locale));
			return "contest/public/participant";
		}
	}

	/**
	 * The attempt's page as the browser first gets it: the timer, the prediction and the
	 * submit button around an empty place for the questions, which the page's script
	 * fetches ({@link #questions}) and lays out (docs/contest.md, "The attempt page"): a
	 * small page, the same for every attempt but for its token and times, read without
	 * the attempt's questions. Without scripts the page says so and links to the
	 * attempt's whole page ({@link #wholeAttempt}). A submitted attempt goes to its
	 * result.
	 */
	@GetMapping("/cuoc-thi/{slug}/bai-thi/{token}")
	String attempt(@PathVariable String slug, @PathVariable String token, Model model) {
		AttemptHead head = this.entries.attemptHead(slug, token);
		if (head.attempt().submitted()) {
			return "redirect:/cuoc-thi/" + slug + "/bai-thi/" + token + "/ket-qua";
		}
		attemptPage(head, head.attempt().questionCount(), null, model);
		model.addAttribute("questionsInline", false);
		return "contest/public/attempt";
	}

	/**
	 * The attempt's whole page, its questions laid out by the server: for a browser
	 * without scripts (linked from {@link #attempt}'s page), and what a refused or
	 * unconfirmed submission shows again.
	 */
	@GetMapping("/cuoc-thi/{slug}/bai-thi/{token}/trang")
	String wholeAttempt(@PathVariable String slug, @PathVariable String token, Model model) {
		AttemptPage page = this.entries.attempt(slug, token);
		if (page.attempt().submitted()) {
			return "redirect:/cuoc-thi/" + slug + "/bai-thi/" + token + "/ket-qua";
		}
		attemptPage(page, null, model);
		return "contest/public/attempt";
	}

	/**
	 * The attempt's questions as JSON, for the attempt page's script: each with its
	 * number, whether several options may be chosen, its text and its options in the
	 * drawn order (letter, the position an answer sends back, text), and the answers
	 * saved so far by question number. Nothing says which options are correct
	 * ({@link QuestionShown} has no such field). An attempt exists only once started, so
	 * nothing is sent before the start; an unknown token, or one of another contest, is
	 * 404. A submitted attempt answers 409 with its result's address ({@code "result"})
	 * instead of its questions. Never cached.
	 */
	@GetMapping(path = "/cuoc-thi/{slug}/bai-thi/{token}/cau-hoi", produces = "application/json")
	@ResponseBody
	ResponseEntity<Object> questions(@PathVariable String slug, @PathVariable String token) {
		AttemptPage page = this.entries.attempt(slug, token);
		if (page.attempt().submitted()) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.cacheControl(CacheControl.noStore())
				.body(Map.of("submitted", true, "result", "/cuoc-thi/" + slug + "/bai-thi/" + token + "/ket-qua"));
		}
		List<QuestionJson> questions = page.questions()
			.stream()
			.map((q) -> new QuestionJson(q.number(), q.kind() == QuestionKind.MULTIPLE, q.text(), q.options()))
			.toList();
		Map<String, Set<Integer>> chosen = new LinkedHashMap<>();
		page.chosen().forEach((number, positions) -> chosen.put(String.valueOf(number), new TreeSet<>(positions)));
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new AttemptQuestions(questions, chosen));
	}

	/**
	 * The JSON of {@link #questions}.
	 *
	 * @param questions in the attempt's order
	 * @param chosen by question number, the positions of the options saved as chosen
	 */
	record AttemptQuestions(List<QuestionJson> questions, Map<String, Set<Integer>> chosen) {

	}

	/**
	 * One question of {@link AttemptQuestions}: what its fieldset shows, nothing more.
	 *
	 * @param number its number in the attempt, from 1
	 * @param multiple whether several options may be chosen (check boxes, else radio
	 * buttons)
	 * @param text the question
	 * @param options in the drawn order
	 */
	record QuestionJson(int number, boolean multiple, String text, List<QuestionShown.Option> options) {

	}

	/**
	 * Saves a batch of answers: {@code q<n>} with the positions chosen for question
	 * {@code n} (several for a multiple-answer question; one empty value clears it), and
	 * {@code prediction} if sent, all at once and all or nothing
	 * ({@link EntryService#saveAnswers}). The attempt page sends whatever was given since
	 * its last save, one request at a time (contest-attempt.js). The older form of one
	 * answer ({@code question} and its {@code option}s) is still taken, for pages loaded
	 * before it changed. Answers {@code {"saved": true}}, or 409 with the refusal's
	 * message (nothing of the batch saved then) and, where the refusal is about one
	 * field, its name ({@code "field": "prediction"}), so that the page shows the message
	 * next to that field rather than in its timer bar (walk #18).
	 */
	@PostMapping("/cuoc-thi/{slug}/bai-thi/{token}/luu")
	@ResponseBody
	ResponseEntity<Map<String, Object>> save(@PathVariable String slug, @PathVariable String token,
			@RequestParam MultiValueMap<String, String> params, Locale locale) {
		Map<Integer, Set<Integer>> answers = answers(params);
		if (params.containsKey("question")) {
			answers.put(number(params.getFirst("question")), positions(params.getOrDefault("option", List.of())));
		}
		try {
			this.entries.saveAnswers(slug, token, answers, params.containsKey("prediction"),
					prediction(params.getFirst("prediction")));
			return ResponseEntity.ok(Map.of("saved", true));
		}
		catch (EntryRefusedException ex) {
			ContestProblem problem = ex.problems().get(0);
			Map<String, Object> refusal = new LinkedHashMap<>();
			refusal.put("saved", false);
			refusal.put("message", message(problem, locale));
			if (problem.field() != null) {
				refusal.put("field", problem.field());
			}
			return ResponseEntity.status(HttpStatus.CONFLICT).body(refusal);
		}
	}

	/**
	 * Submits the attempt with the answers and prediction the form sends. A submission
	 * with questions left unanswered while time is left is not taken at once (walk #19:
	 * it costs an attempt): the page comes back with the answers and prediction as sent
	 * and a confirmation naming the questions left ({@code unanswered}), and only a
	 * submission that says {@code confirmed} (the confirmation's button, or the page's
	 * own submission at the time limit) is taken. Past the attempt's end nothing is
	 * asked: the server's clock decides and the grace period still counts. A refused
	 * prediction comes back as typed with its message next to its field (walk #20). A
	 * submission taken (or one sent again) is answered with the result's page at once,
	 * 200, not a redirect to it: one request fewer per attempt.
	 */
	@PostMapping("/cuoc-thi/{slug}/bai-thi/{token}/nop")
	String submit(@PathVariable String slug, @PathVariable String token,
			@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			HttpServletResponse response) {
		Map<Integer, Set<Integer>> answers = answers(params);
		String typedPrediction = Optional.ofNullable(params.getFirst("prediction")).orElse("");
		if (params.getFirst("confirmed") == null) {
			AttemptPage page = this.entries.attempt(slug, token);
			List<Integer> unanswered = unanswered(page.withAnswers(answers));
			if (!page.attempt().submitted() && !unanswered.isEmpty()
					&& this.clock.instant().isBefore(page.attempt().endsAt())) {
				attemptPage(page.withAnswers(answers), typedPrediction, model);
				model.addAttribute("unanswered", unanswered);
				return "contest/public/attempt";
			}
		}
		try {
			SubmissionResult result = this.entries.submit(slug, token, answers,
					prediction(params.getFirst("prediction")));
			resultPage(slug, result, model);
			return "contest/public/result";
		}
		catch (EntryRefusedException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			attemptPage(this.entries.attempt(slug, token).withAnswers(answers), typedPrediction, model);
			ContestProblem problem = ex.problems().get(0);
			if ("prediction".equals(problem.field())) {
				model.addAttribute("predictionError", message(problem, locale));
			}
			else {
				model.addAttribute("error", message(problem, locale));
			}
			return "contest/public/attempt";
		}
	}

	/**
	 * The attempt's page with the answers and the prediction as the participant sent them
	 * (a refused or unconfirmed submission shows them again, not only what was saved;
	 * {@code null}: what was saved).
	 */
	private void attemptPage(AttemptPage page, @Nullable String typedPrediction, Model model) {
		attemptPage(new AttemptHead(page.contest(), page.round(), page.attempt()), page.questions().size(),
				typedPrediction, model);
		model.addAttribute("page", page);
		model.addAttribute("questionsInline", true);
	}

	/**
	 * What the attempt's page shows around its questions: {@code page} (the head; the
	 * whole page replaces it), the number of questions, the server's time now.
	 */
	private void attemptPage(AttemptHead head, int questionCount, @Nullable String typedPrediction, Model model) {
		model.addAttribute("page", head);
		model.addAttribute("questionCount", questionCount);
		model.addAttribute("contest", head.contest());
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("typedPrediction", typedPrediction);
		// the page checks a typed prediction as the server does (contest-attempt.js)
		model.addAttribute("maxPrediction", EntryService.MAX_PREDICTION);
	}

	/** The numbers of the questions with no option chosen, in order. */
	static List<Integer> unanswered(AttemptPage page) {
		return page.questions()
			.stream()
			.map(QuestionShown::number)
			.filter((n) -> page.chosen().getOrDefault(n, Set.of()).isEmpty())
			.toList();
	}

	@GetMapping("/cuoc-thi/{slug}/bai-thi/{token}/ket-qua")
	String result(@PathVariable String slug, @PathVariable String token, Model model) {
		Optional<SubmissionResult> result = this.entries.result(slug, token);
		if (result.isEmpty()) {
			return "redirect:/cuoc-thi/" + slug + "/bai-thi/" + token;
		}
		resultPage(slug, result.get(), model);
		return "contest/public/result";
	}

	/**
	 * The result's page, also the answer to the submission itself (no redirect and second
	 * request: the page's script then shows the result's own address,
	 * {@code contest-result.js}, so that a reload reads the result rather than submitting
	 * again; a submission sent again gets the same result anyway).
	 */
	private void resultPage(String slug, SubmissionResult result, Model model) {
		model.addAttribute("contest", this.entries.contest(slug));
		model.addAttribute("result", result);
		model.addAttribute("duration", duration(result.attempt().duration().orElse(Duration.ZERO)));
	}

	/** A duration as the result shows it: minutes, seconds and milliseconds. */
	static String duration(Duration duration) {
		long ms = duration.toMillis();
		return String.format(Locale.ROOT, "%d:%02d,%03d", ms / 60_000, ms / 1000 % 60, ms % 1000);
	}

	/** A ticked check box: {@code on} as browsers send it, or {@code true}. */
	private static boolean ticked(@Nullable String value) {
		return "on".equals(value) || "true".equals(value);
	}

	private String message(ContestProblem problem, Locale locale) {
		return this.messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
	}

	private static int number(@Nullable String typed) {
		try {
			return (typed != null) ? Integer.parseInt(typed.strip()) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * The answers of a form, by question number: each {@code q<n>} with its values, empty
	 * values left out (an empty {@code q<n>} alone clears the answer).
	 */
	private static Map<Integer, Set<Integer>> answers(MultiValueMap<String, String> params) {
		Map<Integer, Set<Integer>> answers = new LinkedHashMap<>();
		params.forEach((name, values) -> {
			if (name.matches("q[0-9]{1,3}")) {
				answers.put(Integer.valueOf(name.substring(1)),
						positions(values.stream().filter((v) -> v != null && !v.isBlank()).toList()));
			}
		});
		return answers;
	}

	private static Set<Integer> positions(List<String> values) {
		Set<Integer> positions = new TreeSet<>();
		for (String value : values) {
			int position = number(value);
			// an unknown position is refused by the service as not the attempt's
			positions.add((value != null && value.strip().matches("[0-9]{1,2}")) ? position : -1);
		}
		return positions;
	}

	private static @Nullable Long prediction(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		// a count: read by the one parser, "." groups thousands (1.000 is a thousand), a
		// decimal (1.5, 2,5) is refused rather than read as 15 (issue 9, num9)
		try {
			return org.parindex.platform.DecimalInput.parseWhole(typed).orElse(-1L);
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

}
