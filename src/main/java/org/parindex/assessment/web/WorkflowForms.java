package org.parindex.assessment.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

import org.parindex.assessment.ConcurrentEditException;
import org.parindex.assessment.InvalidEntryException;
import org.parindex.assessment.RefusedLeavesException;
import org.parindex.assessment.UploadedFile;
import org.parindex.engine.Problem;
import org.parindex.methodology.ProblemText;
import org.parindex.platform.Actor;
import org.parindex.platform.Actors;
import org.parindex.platform.Bounds;
import org.parindex.platform.DecimalInput;
import org.parindex.platform.LocalizedException;
import org.parindex.platform.PersonNames;
import org.parindex.platform.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the workflow's pages share: reading numbers and dates as people type them (75,5 or
 * 75.5) within their columns' ranges, holding uploads in temporary files, and saying
 * refusals in the user's language, naming the field.
 */
@Component
class WorkflowForms {

	private final MessageSource messages;

	private final FormErrors errors;

	private final Clock clock;

	private final PersonNames people;

	private final org.parindex.assessment.CycleService cycles;

	private final org.parindex.methodology.MethodologyService methodology;

	WorkflowForms(MessageSource messages, FormErrors errors, Clock clock, PersonNames people,
			org.parindex.assessment.CycleService cycles, org.parindex.methodology.MethodologyService methodology) {
		this.cycles = cycles;
		this.methodology = methodology;
		this.people = people;
		this.messages = messages;
		this.errors = errors;
		this.clock = clock;
	}

	/**
	 * The names of the cycle's criteria by code, as its index set gives them, for
	 * refusals that name each criterion in full; empty for an unknown cycle.
	 */
	/**
	 * The maxima of the cycle's criteria by code, as its index set gives them, for the
	 * hints of points fields; empty for an unknown cycle.
	 */
	Map<String, BigDecimal> leafMaxima(long cycleId) {
		Map<String, BigDecimal> maxima = new java.util.HashMap<>();
		this.cycles.find(cycleId)
			.flatMap((cycle) -> this.methodology.find(cycle.indexSetId()))
			.ifPresent((set) -> set.nodes().forEach((node) -> maxima.put(node.code(), node.maxPoints())));
		return maxima;
	}

	Map<String, String> leafNames(long cycleId) {
		Map<String, String> names = new java.util.HashMap<>();
		this.cycles.find(cycleId)
			.flatMap((cycle) -> this.methodology.find(cycle.indexSetId()))
			.ifPresent((set) -> set.nodes().forEach((node) -> names.put(node.code(), node.name())));
		return names;
	}

	static Actor actor() {
		return Actors.current().orElseThrow(() -> new IllegalStateException("Not signed in"));
	}

	/**
	 * A number typed in a field of a leaf, read with {@link DecimalInput#parseDecimal}
	 * ({@code 1.000} is refused as ambiguous, naming the field) and checked against its
	 * column's range; empty when blank. What cannot be read or is out of range is added
	 * to {@code problems} (naming the field: "Tiêu chí 1.1.2, Số đạt: …") under the form
	 * field's {@code name}, and reads as empty.
	 */
	Optional<BigDecimal> number(@Nullable String text, String name, String field, Range range, FieldProblems problems,
			Locale locale) {
		return read(text, false, name, field, range, problems, locale);
	}

	/**
	 * Points typed in a field worth at most {@code max}, read as {@link #number}; what
	 * cannot be read is refused with how to write points for this field, the example
	 * fitting its maximum ("0,25" for a criterion of 0,25 points, never "75,5"; issue 9,
	 * #4, {@link #example}).
	 * @param max the field's maximum (a criterion's, the bonus or deduction cap)
	 */
	Optional<BigDecimal> points(@Nullable String text, String name, String field, BigDecimal max,
			FieldProblems problems, Locale locale) {
		Optional<BigDecimal> value;
		try {
			value = DecimalInput.parseDecimal(text);
		}
		catch (DecimalInput.AmbiguousNumberException ex) {
			problems.add(name, this.messages.getMessage(FormErrors.ambiguous(field, ex.typed(), locale), locale));
			return Optional.empty();
		}
		catch (NumberFormatException ex) {
			problems.add(name, unreadablePoints(field, text, max, locale));
			return Optional.empty();
		}
		if (value.isPresent() && !Range.POINTS.test(value.get())) {
			problems.add(name, message("form.field", locale, field, message(Range.POINTS.messageKey(), locale)));
			return Optional.empty();
		}
		return value;
	}

	/**
	 * "Tiêu chí 3.3.3 — Điểm thẩm định: “abc” không phải là một số điểm: hãy viết số từ 0
	 * đến 0,25, phần thập phân sau dấu phẩy (ví dụ 0,25)."
	 */
	String unreadablePoints(String field, @Nullable String text, BigDecimal max, Locale locale) {
		org.parindex.platform.web.DecimalFormatter decimals = new org.parindex.platform.web.DecimalFormatter();
		return message("form.unreadable.points", locale, field, FormErrors.shown(text), decimals.print(max, locale),
				decimals.print(example(max), locale));
	}

	/**
	 * A decimal that fits a field worth at most {@code max}, to show how to write one:
	 * the maximum itself when it has decimals ({@code 0,25}, {@code 1,5}), else half a
	 * point below it ({@code 0,5} for 1, {@code 63,5} for 64); {@code 0} for a field
	 * worth nothing.
	 * @param max 0 or more
	 */
	static BigDecimal example(BigDecimal max) {
		return org.parindex.platform.web.DecimalFormatter.example(max);
	}

	/**
	 * A rule's input typed in a field of a leaf: a count
	 * ({@link org.parindex.engine.Rule#COUNT_INPUTS}) is read with
	 * {@link DecimalInput#parseCount} ({@code 1.000} is one thousand; a fraction is left
	 * for the rule to refuse, naming the field), any other input as {@link #number}.
	 */
	Optional<BigDecimal> input(@Nullable String text, String inputName, String name, String field,
			FieldProblems problems, Locale locale) {
		return read(text, org.parindex.engine.Rule.COUNT_INPUTS.contains(inputName), name, field, Range.INPUT, problems,
				locale);
	}

	private Optional<BigDecimal> read(@Nullable String text, boolean count, String name, String field, Range range,
			FieldProblems problems, Locale locale) {
		Optional<BigDecimal> value;
		try {
			value = count ? DecimalInput.parseCount(text) : DecimalInput.parseDecimal(text);
		}
		catch (DecimalInput.AmbiguousNumberException ex) {
			// 1.000 in a points or decimal field: a thousand or one? (issue 9, appr9)
			problems.add(name, this.messages.getMessage(FormErrors.ambiguous(field, ex.typed(), locale), locale));
			return Optional.empty();
		}
		catch (NumberFormatException ex) {
			problems.add(name, message("form.unreadable.number", locale, field, FormErrors.shown(text)));
			return Optional.empty();
		}
		if (value.isPresent() && !range.test(value.get())) {
			problems.add(name, message("form.field", locale, field, message(range.messageKey(), locale)));
			return Optional.empty();
		}
		return value;
	}

	/**
	 * A date typed in a field ({@code yyyy-MM-dd}, as date inputs send it), between
	 * {@link Bounds#DATE_MIN} and so many years after today; empty when blank. What
	 * cannot be read or is out of range is added to {@code problems}.
	 */
	Optional<LocalDate> date(@Nullable String text, String name, String field, int yearsAhead, String rangeKey,
			FieldProblems problems, Locale locale) {
		String clean = (text == null) ? "" : text.strip();
		if (clean.isEmpty()) {
			return Optional.empty();
		}
		LocalDate date;
		try {
			date = LocalDate.parse(clean);
		}
		catch (DateTimeParseException ex) {
			problems.add(name, message("form.unreadable.date", locale, field, FormErrors.shown(text)));
			return Optional.empty();
		}
		if (!Bounds.date(date, this.clock, yearsAhead)) {
			problems.add(name, message("form.field", locale, field, message(rangeKey, locale)));
			return Optional.empty();
		}
		return Optional.of(date);
	}

	/**
	 * A field of a leaf named in full, code and name: "Tiêu chí 1.1.2 (Ban hành kế hoạch
	 * CCHC) — Điểm thẩm định" (issue 9, appr9 F4); without the name when the index set
	 * has none for the code.
	 */
	String leafField(String leafCode, Map<String, String> names, String labelKey, Locale locale) {
		String name = names.getOrDefault(leafCode, "");
		if (name.isBlank()) {
			return leafField(leafCode, labelKey, locale);
		}
		return message("selfassess.field.named", locale, leafCode, name,
				this.messages.getMessage(labelKey, null, labelKey, locale));
	}

	/**
	 * A workflow refusal of one criterion as the user reads it, naming the criterion in
	 * full (code and name) and the field at fault ({@link #refusedField}): "Tiêu chí
	 * 1.1.2 (…) — Điểm thẩm định: điểm 1,5 vượt điểm tối đa 1." A refusal naming no
	 * criterion reads as its message says.
	 */
	String refusal(org.parindex.assessment.WorkflowException refusal, Map<String, String> names, Locale locale) {
		Object[] arguments = refusal.arguments().clone();
		if (arguments.length > 0 && arguments[0] instanceof String leaf && names.containsKey(leaf)) {
			String field = refusedField(refusal);
			String labelKey = field.startsWith("points.") ? "appraisal.points" : field.startsWith("reason.")
					? "field.appraisal.reason" : field.startsWith("answer.") ? "field.dossier.answer" : "";
			arguments[0] = labelKey.isEmpty() ? message("selfassess.leaf.named", locale, leaf, names.get(leaf))
					: message("selfassess.leaf.named.field", locale, leaf, names.get(leaf), message(labelKey, locale));
		}
		return this.messages.getMessage(refusal.messageKey(), arguments, locale);
	}

	/** A field of a leaf as the user knows it: "Tiêu chí 1.1.2 — Số đạt". */
	String leafField(String leafCode, String labelKey, Locale locale) {
		return message("selfassess.field", locale, leafCode,
				this.messages.getMessage(labelKey, null, labelKey, locale));
	}

	/**
	 * Adds a problem naming the leaf and the field when a text field is longer than
	 * {@code max} characters (its column's length).
	 */
	void bounded(Map<String, String> form, String name, String leafCode, String labelKey, int max,
			FieldProblems problems, Locale locale) {
		bounded(form, name, leafCode, Map.of(), labelKey, max, problems, locale);
	}

	/**
	 * As {@link #bounded(Map, String, String, String, int, FieldProblems, Locale)},
	 * naming the leaf by code and name ({@link #leafField(String, Map, String, Locale)}).
	 */
	void bounded(Map<String, String> form, String name, String leafCode, Map<String, String> names, String labelKey,
			int max, FieldProblems problems, Locale locale) {
		String value = text(form, name);
		int length = value.codePointCount(0, value.length());
		if (length > max) {
			// the refusal says how long the text was (walk #1)
			problems.add(name, message("form.field", locale, leafField(leafCode, names, labelKey, locale),
					message("selfassess.text.max", locale, max, length)));
		}
	}

	/**
	 * Where in the evidence added to a leaf the proof is ({@code citation.<leaf>}, e.g.
	 * "tr. 3, mục II.2"): stripped, in NFC, at most {@link #CITATION_MAX} characters and
	 * without control characters; empty when blank. What is refused is added to
	 * {@code problems}, naming the leaf and the field.
	 */
	String citation(Map<String, String> form, String leafCode, FieldProblems problems, Locale locale) {
		String citation = java.text.Normalizer.normalize(text(form, "citation." + leafCode).strip(),
				java.text.Normalizer.Form.NFC);
		String field = leafField(leafCode, "selfassess.citation", locale);
		int length = citation.codePointCount(0, citation.length());
		if (length > CITATION_MAX) {
			problems.add("citation." + leafCode,
					message("form.field", locale, field, message("selfassess.text.max", locale, CITATION_MAX, length)));
		}
		else if (citation.codePoints()
			.anyMatch((c) -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
			problems.add("citation." + leafCode,
					message("form.field", locale, field, message("selfassess.citation.characters", locale)));
		}
		return citation;
	}

	/**
	 * Characters of an evidence citation at most ({@code assessment_evidence.citation}).
	 */
	static final int CITATION_MAX = 200;

	/**
	 * The files chosen in a refused form, which the browser does not keep: one message
	 * naming each file and its criterion, empty when none was chosen.
	 */
	List<String> chosenFiles(org.springframework.util.MultiValueMap<String, MultipartFile> files, List<String> codes,
			Locale locale) {
		List<String> chosen = new ArrayList<>();
		for (String code : new java.util.LinkedHashSet<>(codes)) {
			for (MultipartFile file : files.getOrDefault("file." + code, List.of())) {
				String name = file.getOriginalFilename();
				if (name != null && !name.isBlank()) {
					chosen.add(message("selfassess.reselect.file", locale, org.parindex.platform.FileNames.clean(name),
							code));
				}
			}
		}
		return chosen.isEmpty() ? List.of()
				: List.of(message("selfassess.reselect", locale, String.join(", ", chosen)));
	}

	/**
	 * What the live score says for inputs a leaf's rule refuses, in a few words: above
	 * the maximum, negative, not a whole number, off the step, not yes or no; "Chưa đủ số
	 * liệu" when an input is missing.
	 */
	String liveProblem(List<Problem> problems, Locale locale) {
		for (org.parindex.engine.ProblemKind kind : LIVE_ORDER) {
			for (Problem problem : problems) {
				if (problem.kind() == kind) {
					return switch (kind) {
						case SCORE_ABOVE_MAXIMUM, OVERRIDE_OUT_OF_RANGE ->
							message("selfassess.live.above-max", locale, shownNumber(problem.args().get(1), locale));
						case INPUT_NEGATIVE -> message("selfassess.live.negative", locale);
						case INPUT_NOT_WHOLE -> message("selfassess.live.not-whole", locale,
								this.messages.getMessage("rule.input." + problem.args().get(0), null,
										String.valueOf(problem.args().get(0)), locale));
						case SCORE_NOT_ON_STEP ->
							message("selfassess.live.step", locale, shownNumber(problem.args().get(1), locale));
						case YES_NO_NOT_BINARY -> message("selfassess.live.yes-no", locale);
						default -> message("self.preview.incomplete", locale);
					};
				}
			}
		}
		return message(problems.get(0), locale);
	}

	private static final List<org.parindex.engine.ProblemKind> LIVE_ORDER = List.of(
			org.parindex.engine.ProblemKind.SCORE_ABOVE_MAXIMUM, org.parindex.engine.ProblemKind.OVERRIDE_OUT_OF_RANGE,
			org.parindex.engine.ProblemKind.INPUT_NEGATIVE, org.parindex.engine.ProblemKind.INPUT_NOT_WHOLE,
			org.parindex.engine.ProblemKind.SCORE_NOT_ON_STEP, org.parindex.engine.ProblemKind.YES_NO_NOT_BINARY,
			org.parindex.engine.ProblemKind.INPUT_MISSING);

	private static String shownNumber(Object value, Locale locale) {
		if (value instanceof BigDecimal number) {
			java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.######",
					java.text.DecimalFormatSymbols.getInstance(locale));
			return format.format(number);
		}
		return String.valueOf(value);
	}

	static String text(Map<String, String> form, String name) {
		String value = form.get(name);
		return (value == null) ? "" : value;
	}

	static int version(Map<String, String> form, String leafCode) {
		try {
			return Integer.parseInt(text(form, "version." + leafCode));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Copies uploads into temporary files; empty file fields are skipped. */
	static List<UploadedFile> uploads(List<MultipartFile> files, List<Path> temporary) {
		List<UploadedFile> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file.isEmpty() && !org.parindex.platform.web.Uploads.chosen(file)) {
				continue;
			}
			try {
				Path path = Files.createTempFile("parindex-upload-", ".bin");
				temporary.add(path);
				// Moves the container's temporary file where it can (a File, not a Path,
				// which
				// would copy it): a file up to the multipart bound is held once, not
				// twice.
				file.transferTo(path.toFile());
				uploads.add(new UploadedFile(Optional.ofNullable(file.getOriginalFilename()).orElse(""), path,
						file.getSize()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

	static void delete(List<Path> temporary) {
		for (Path path : temporary) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				// a temporary file left behind is removed with the temporary directory
			}
		}
	}

	/**
	 * The form fields a refusal concerns, for the page to mark {@code is-invalid}: those
	 * named by a form check, and for each criterion the workflow refused the field at
	 * fault (its points, or its public reason when one is required); empty for a refusal
	 * of the whole form.
	 */
	Set<String> invalidFields(RuntimeException ex) {
		if (ex instanceof InvalidFields fields) {
			return fields.fields();
		}
		if (ex instanceof RefusedLeavesException refused) {
			return refused.refusals()
				.stream()
				.map(WorkflowForms::refusedField)
				.filter((field) -> !field.isEmpty())
				.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
		}
		return Set.of();
	}

	/**
	 * The form fields a refused self-assessment concerns: those {@link #invalidFields}
	 * names, and for the rule's problems with a leaf's inputs the input at fault, or
	 * every input of the leaf when the problem is their result (above the maximum, off
	 * the step).
	 */
	Set<String> invalidFields(RuntimeException ex, Map<String, String> form) {
		if (ex instanceof InvalidEntryException invalid) {
			Set<String> fields = new java.util.LinkedHashSet<>();
			invalid.problems().forEach((problem) -> fields.addAll(entryFields(problem, form)));
			return fields;
		}
		return invalidFields(ex);
	}

	/**
	 * The input fields ({@code input.<leaf>.<input>}) a rule's problem with a leaf's
	 * inputs concerns: the input it names, or every input of the leaf the form holds.
	 */
	static Set<String> entryFields(Problem problem, Map<String, String> form) {
		String prefix = "input." + problem.subject() + ".";
		return switch (problem.kind()) {
			case INPUT_MISSING, INPUT_NEGATIVE, INPUT_NOT_WHOLE, INPUT_UNKNOWN ->
				Set.of(prefix + problem.args().get(0));
			default -> form.keySet()
				.stream()
				.filter((name) -> name.startsWith(prefix))
				.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
		};
	}

	/** A rule's problem with a leaf's inputs as the user reads it. */
	String problem(Problem problem, Locale locale) {
		return message(problem, locale);
	}

	/**
	 * The field a workflow refusal of one criterion is about ({@code reason.<leaf>} for a
	 * missing public reason, {@code points.<leaf>} otherwise), "" when it names no
	 * criterion.
	 */
	static String refusedField(org.parindex.assessment.WorkflowException refusal) {
		Object[] arguments = refusal.arguments();
		if (arguments.length == 0 || !(arguments[0] instanceof String leaf)) {
			return "";
		}
		return switch (refusal.messageKey()) {
			case "assessment.reason.required", "assessment.reason.required.unscored" -> "reason." + leaf;
			case "assessment.answer.empty" -> "answer." + leaf;
			case "assessment.points.over-max", "assessment.points.range", "assessment.points.fraction",
					"assessment.points.yes-no", "assessment.round2.no-score" ->
				"points." + leaf;
			default -> "";
		};
	}

	/**
	 * Shows a refused form's problems on its page (issue 9, #3): the messages at the top
	 * ({@code errors}, each linked to its field by {@code errorFields}, "" for none), the
	 * messages of each field to be shown beside it ({@code fieldErrors}, by field name),
	 * and the fields to mark {@code is-invalid} ({@code invalid}).
	 * @param names the criteria's names by code, for the messages
	 */
	void showProblems(org.springframework.ui.Model model, RuntimeException ex, Map<String, String> names,
			Locale locale) {
		showProblems(model, ex, names, Map.of(), locale);
	}

	/**
	 * Shows a refused form's problems on its page, as
	 * {@link #showProblems( org.springframework.ui.Model, RuntimeException, Map, Locale)}
	 * does, the rule's problems with a leaf's inputs each at the input at fault (the
	 * form's fields are needed to find it, {@link #entryFields}).
	 * @param form the fields as sent
	 */
	void showProblems(org.springframework.ui.Model model, RuntimeException ex, Map<String, String> names,
			Map<String, String> form, Locale locale) {
		List<String> messages = explain(ex, names, locale);
		List<String> fields = messageFields(ex, form);
		if (fields.size() != messages.size()) {
			fields = java.util.Collections.nCopies(messages.size(), "");
		}
		Map<String, List<String>> byField = new java.util.LinkedHashMap<>();
		for (int i = 0; i < messages.size(); i++) {
			if (!fields.get(i).isEmpty()) {
				byField.computeIfAbsent(fields.get(i), (field) -> new java.util.ArrayList<>()).add(messages.get(i));
			}
		}
		model.addAttribute("errors", messages);
		model.addAttribute("errorFields", fields);
		model.addAttribute("fieldErrors", byField);
		model.addAttribute("invalid", invalidFields(ex, form));
	}

	/**
	 * The field each message of {@link #explain(RuntimeException, Map, Locale)} concerns,
	 * in the same order ("" for a message of the whole form).
	 */
	static List<String> messageFields(RuntimeException ex, Map<String, String> form) {
		if (ex instanceof InvalidEntryException invalid) {
			return invalid.problems()
				.stream()
				.map((problem) -> entryFields(problem, form).stream().findFirst().orElse(""))
				.toList();
		}
		if (ex instanceof InvalidFields fields) {
			return fields.messageFields();
		}
		if (ex instanceof RefusedLeavesException refused) {
			return refused.refusals().stream().map(WorkflowForms::refusedField).toList();
		}
		if (ex instanceof org.parindex.assessment.WorkflowException single) {
			return List.of(refusedField(single));
		}
		return List.of();
	}

	/**
	 * The criterion a workflow refusal names (its first argument), "" when none.
	 */
	static String refusedLeaf(org.parindex.assessment.WorkflowException refusal) {
		Object[] arguments = refusal.arguments();
		return (arguments.length > 0 && arguments[0] instanceof String leaf) ? leaf : "";
	}

	/**
	 * The messages that explain a refusal, each refused criterion named in full (code and
	 * name, see {@link #refusal}).
	 */
	List<String> explain(RuntimeException ex, Map<String, String> names, Locale locale) {
		if (ex instanceof RefusedLeavesException refused) {
			return refused.refusals().stream().map((refusal) -> refusal(refusal, names, locale)).toList();
		}
		if (ex instanceof org.parindex.assessment.WorkflowException single) {
			return List.of(refusal(single, names, locale));
		}
		return explain(ex, locale);
	}

	/** The messages that explain a refusal. */
	List<String> explain(RuntimeException ex, Locale locale) {
		if (ex instanceof InvalidEntryException invalid) {
			return invalid.problems().stream().map((problem) -> message(problem, locale)).toList();
		}
		if (ex instanceof RefusedLeavesException refused) {
			return refused.refusals()
				.stream()
				.map((refusal) -> this.messages.getMessage(refusal.messageKey(), refusal.arguments(), locale))
				.toList();
		}
		if (ex instanceof InvalidFields fields) {
			return fields.messages();
		}
		if (ex instanceof ConstraintViolationException violations) {
			return this.errors.of(violations, locale);
		}
		if (ex instanceof ConcurrentEditException conflict && conflict.arguments().length > 1) {
			// the conflict names who changed the criterion by display name, not login
			// (issue 9, A-messages)
			Object[] arguments = conflict.arguments().clone();
			arguments[1] = this.people.name(String.valueOf(arguments[1]));
			return List.of(this.messages.getMessage(conflict.messageKey(), arguments, locale));
		}
		if (ex instanceof LocalizedException localized) {
			return List.of(this.messages.getMessage(localized.messageKey(), localized.arguments(), locale));
		}
		throw ex;
	}

	String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * A message built elsewhere (e.g. {@link FormErrors#liveAmbiguous}), in the locale.
	 */
	String message(org.springframework.context.MessageSourceResolvable message, Locale locale) {
		return this.messages.getMessage(message, locale);
	}

	private String message(Problem problem, Locale locale) {
		return this.messages.getMessage(problem.kind().messageKey(), ProblemText.arguments(problem), locale);
	}

	/**
	 * Whether a refusal is about the request itself (a field that cannot be read or is
	 * out of range: HTTP 400) rather than about the workflow's rules.
	 */
	static boolean badRequest(RuntimeException ex) {
		return ex instanceof InvalidFields || ex instanceof ConstraintViolationException;
	}

	/** The ranges a typed number is checked against, from the columns that hold it. */
	enum Range {

		/**
		 * Points typed against a criterion: at most {@link Bounds#POINTS_FRACTION}
		 * decimals. Their sign and size are the criterion's to check (0 to its maximum),
		 * so that the refusal names the criterion's maximum rather than the column's
		 * (issue 9); anything above the maximum is refused before it reaches
		 * {@code numeric(9, 4)}.
		 */
		POINTS("bounds.points.fraction"),

		/** Rule inputs, {@code numeric(20, 6)}: {@link Bounds#ruleInput}. */
		INPUT("bounds.input");

		private final String messageKey;

		Range(String messageKey) {
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

		boolean test(BigDecimal value) {
			return (this == POINTS) ? value.stripTrailingZeros().scale() <= Bounds.POINTS_FRACTION
					: Bounds.ruleInput(value);
		}

	}

	/** A form value that cannot be read; nothing was saved. */
	static class FormException extends LocalizedException {

		FormException(String messageKey, Object... arguments) {
			super(messageKey, arguments);
		}

	}

	/**
	 * Fields that cannot be read or are out of range, or that the workflow refused, each
	 * said; nothing was saved.
	 */
	static class InvalidFields extends RuntimeException {

		private final List<String> messages;

		private final Set<String> fields;

		private final List<String> messageFields;

		InvalidFields(FieldProblems problems) {
			super("Invalid fields: " + problems.messages());
			this.messages = problems.messages();
			this.fields = problems.fields();
			this.messageFields = problems.messageFields();
		}

		/** The field each message concerns, in the messages' order ("" for none). */
		List<String> messageFields() {
			return this.messageFields;
		}

		List<String> messages() {
			return this.messages;
		}

		/** The form fields refused, to be marked on the page. */
		Set<String> fields() {
			return this.fields;
		}

	}

}
