package org.parindex.reporting.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.CorrectScore;
import org.parindex.assessment.CorrectedPart;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.InvalidIndexSetException;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.NodeView;
import org.parindex.organization.OrganizationService;
import org.parindex.platform.Actor;
import org.parindex.platform.Actors;
import org.parindex.platform.Formats;
import org.parindex.platform.Label;
import org.parindex.platform.LocalizedException;
import org.parindex.platform.NotFoundException;
import org.parindex.platform.DecimalInput;
import org.parindex.platform.web.DecimalFormatter;
import org.parindex.platform.web.FormErrors;
import org.parindex.reporting.CorrectionPreview;
import org.parindex.reporting.PublicationPreview;
import org.parindex.reporting.PublicationService;
import org.parindex.reporting.PublicationView;
import org.parindex.reporting.RankCertaintyService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PAR office publishes a year for a unit group once the council has approved it, and
 * corrects published results, each correction a new revision with its reason.
 */
@Controller
@RequestMapping("/admin/reporting/cycles/{cycleId}")
@PreAuthorize("hasRole('PAR_OFFICE')")
class PublicationAdminController {

	private final PublicationService publications;

	private final CycleService cycles;

	private final AppraisalService appraisal;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final FormErrors errors;

	private final Formats fmt;

	private final RankCertaintyService certainty;

	PublicationAdminController(PublicationService publications, CycleService cycles, AppraisalService appraisal,
			MethodologyService methodology, OrganizationService organization, MessageSource messages, FormErrors errors,
			Formats fmt, RankCertaintyService certainty) {
		this.errors = errors;
		this.fmt = fmt;
		this.publications = publications;
		this.cycles = cycles;
		this.appraisal = appraisal;
		this.methodology = methodology;
		this.organization = organization;
		this.messages = messages;
		this.certainty = certainty;
	}

	@GetMapping("/publication")
	String publication(@PathVariable long cycleId, Model model) {
		CycleView cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		model.addAttribute("cycle", cycle);
		model.addAttribute("set", set);
		model.addAttribute("group", this.organization.findGroup(set.unitGroupId()).orElseThrow());
		model.addAttribute("units",
				this.organization.unitsOf(set.unitGroupId())
					.stream()
					.filter((unit) -> cycle.unitIds().contains(unit.id()))
					.toList());
		model.addAttribute("approvedBy", this.appraisal.approvedBy(cycleId).orElse(null));
		model.addAttribute("revisions", this.publications.revisions(set.id()));
		if (set.published()) {
			// the criteria a correction can name, each with the hint its points field
			// takes, as the appraisal's fields give it (issue 9, rev9)
			model.addAttribute("leafHints", leafHints(set, LocaleContextHolder.getLocale()));
		}
		if (!set.published()) {
			PublicationPreview preview = this.publications.preview(cycleId, actor());
			model.addAttribute("preview", preview);
			model.addAttribute("certainty", this.certainty.of(preview).orElse(null));
			// the units whose public reasons wait for the PAR office's review, linked to
			// the review from here as from the council page (issue 9)
			model.addAttribute("unreviewedUnits",
					preview.rows()
						.stream()
						.filter((row) -> row.missing().contains(PublicationPreview.Missing.REASONS_UNREVIEWED))
						.map((row) -> row.result().unitName())
						.toList());
		}
		return "reporting/publication";
	}

	/**
	 * Publishes after the preview: {@code confirmConsequence} must be ticked, and
	 * {@code confirmMissing} too when anything is missing.
	 */
	@PostMapping("/publish")
	String publish(@PathVariable long cycleId, @RequestParam(defaultValue = "false") boolean confirmConsequence,
			@RequestParam(defaultValue = "false") boolean confirmMissing, Locale locale, RedirectAttributes redirect) {
		// a retried or double-clicked confirmation finds the year published by the
		// first: the same outcome, never a refusal nor a second publication (issue 9,
		// corrections item 1)
		if (published(cycleId)) {
			return published(cycleId, locale, redirect);
		}
		try {
			this.publications.publish(cycleId, actor(),
					new PublicationService.Confirmation(confirmConsequence, confirmMissing));
			return published(cycleId, locale, redirect);
		}
		catch (InvalidIndexSetException ex) {
			redirect.addFlashAttribute("errors", ex.issues()
				.stream()
				.map((issue) -> this.messages.getMessage(issue.messageKey(), issue.arguments().toArray(), locale))
				.toList());
		}
		catch (LocalizedException ex) {
			if (published(cycleId)) {
				// two confirmations at once: the second waited for the first's lock
				return published(cycleId, locale, redirect);
			}
			redirect.addFlashAttribute("error", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "redirect:/admin/reporting/cycles/{cycleId}/publication";
	}

	private boolean published(long cycleId) {
		CycleView cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
		return !this.publications.revisions(cycle.indexSetId()).isEmpty();
	}

	/** The publication page with the notice of the publication, naming year and group. */
	private String published(long cycleId, Locale locale, RedirectAttributes redirect) {
		CycleView cycle = this.cycles.find(cycleId).orElseThrow();
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		redirect.addFlashAttribute("notice",
				this.messages.getMessage("publication.published.named",
						new Object[] { set.year(),
								this.organization.findGroup(set.unitGroupId()).map((g) -> g.name()).orElse("") },
						locale));
		return "redirect:/admin/reporting/cycles/{cycleId}/publication";
	}

	/**
	 * A correction: without {@code confirmed}, the page again with what it would change
	 * (criterion old → new, the unit's total and rank, the other units whose rank moves)
	 * and a form to confirm it; with it, the correction, published as the next revision.
	 */
	@PostMapping("/corrections")
	String correct(@PathVariable long cycleId, @Valid CorrectionForm form, BindingResult binding,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Optional<NodeView> leaf = correctedLeaf(cycleId, form);
		leaf.ifPresent((node) -> model.addAttribute("pointsHint", pointsHint(node, locale)));
		if (binding.hasErrors()) {
			List<String> said = new java.util.ArrayList<>();
			Optional<List<String>> figures = leaf.flatMap(PublicationAdminController::figureNames);
			for (org.springframework.validation.FieldError error : binding.getFieldErrors()) {
				if ("points".equals(error.getField()) && error.isBindingFailure() && figures.isPresent()) {
					// a criterion scored from figures takes figures, never points: said
					// first, whatever was typed in points (walk A of 02/12, finding 3)
					said.add(
							this.messages.getMessage("assessment.correction.figures." + String.join("-", figures.get()),
									new Object[] { leaf.get().code() }, locale));
				}
				else if ("points".equals(error.getField()) && error.isBindingFailure() && leaf.isPresent()
						&& error.getRejectedValue() instanceof String typed && DecimalInput.ambiguousPoint(typed)) {
					// 1.000: a thousand or one? Both readings and what to write, as every
					// points field says (issue 9, num9; walk A of 02/12, finding 3)
					said.add(this.messages.getMessage(FormErrors
						.ambiguous(this.errors.label(CorrectionForm.class, "points", locale), typed, locale), locale));
				}
				else if ("points".equals(error.getField()) && error.isBindingFailure() && leaf.isPresent()) {
					// unreadable points say how to write points of that very criterion,
					// as the appraisal's fields do (issue 9, rev9)
					said.add(
							this.messages
								.getMessage("form.unreadable.points",
										new Object[] { this.errors.label(CorrectionForm.class, "points", locale),
												FormErrors.shown(error.getRejectedValue()),
												DECIMALS.print(leaf.get().maxPoints(), locale), DECIMALS
													.print(DecimalFormatter.example(leaf.get().maxPoints()), locale) },
										locale));
				}
			}
			for (String message : this.errors.of(binding, CorrectionForm.class, locale)) {
				if (said.isEmpty() || !message.startsWith(this.errors.label(CorrectionForm.class, "points", locale))) {
					said.add(message);
				}
			}
			return refused(cycleId, said, model, response);
		}
		CorrectScore correction = form.command();
		try {
			if (!confirmed) {
				CorrectionPreview preview = this.publications.previewCorrection(cycleId, correction, actor());
				model.addAttribute("correctionPreview", preview);
				// what the rule finds unlikely in the figures, said before confirming
				// (issue 9: 500 achieved of 100 was published without a word)
				model.addAttribute("correctionWarnings",
						preview.warnings()
							.stream()
							.map((problem) -> this.messages.getMessage(problem.kind().messageKey(),
									org.parindex.methodology.ProblemText.arguments(problem), locale))
							.toList());
				model.addAttribute("correction", form);
				return publication(cycleId, model);
			}
			// a retried or double-clicked confirmation finds its revision published by
			// the first: the same outcome, never a refusal nor a second revision
			Optional<PublicationView> already = this.publications.publishedCorrection(cycleId, correction);
			if (already.isEmpty()) {
				this.appraisal.correct(cycleId, correction, actor());
			}
		}
		catch (LocalizedException ex) {
			if (!confirmed || this.publications.publishedCorrection(cycleId, correction).isEmpty()) {
				String said = this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
				if (ex.messageKey().startsWith("assessment.correction.public-reason")) {
					// said beside the field it is about (issue 9, F3)
					model.addAttribute("fieldErrors", Map.of("publicReason", List.of(said)));
				}
				return refused(cycleId, List.of(said), model, response);
			}
			// two confirmations at once: the second waited for the first's lock
		}
		catch (ConstraintViolationException ex) {
			return refused(cycleId, this.errors.of(ex, locale), model, response);
		}
		CycleView cycle = this.cycles.find(cycleId).orElseThrow();
		List<PublicationView> revisions = this.publications.revisions(cycle.indexSetId());
		PublicationView latest = revisions.get(revisions.size() - 1);
		redirect.addFlashAttribute("notice",
				latest.correction()
					.map((c) -> this.messages.getMessage(
							c.criterion() ? "publication.corrected.named"
									: "publication.corrected.named." + c.part().name().toLowerCase(Locale.ROOT),
							new Object[] { c.leafCode(), c.unitName(), this.fmt.points(c.oldPoints(), locale),
									this.fmt.points(c.newPoints(), locale), latest.revision() },
							locale))
					.orElseGet(() -> this.messages.getMessage("publication.corrected", null, locale)));
		return "redirect:/admin/reporting/cycles/{cycleId}/publication";
	}

	/** The page again, 400, with why and the correction as it was typed. */
	private String refused(long cycleId, List<String> errors, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("errors", errors);
		return publication(cycleId, model);
	}

	private static final DecimalFormatter DECIMALS = new DecimalFormatter();

	private static final java.util.Set<String> FIGURE_SETS = java.util.Set.of("actual-base", "value", "count",
			"violations");

	/** The set's leaf a criterion's correction names, if it names one. */
	private Optional<NodeView> correctedLeaf(long cycleId, CorrectionForm form) {
		if (form.leafCode() == null || form.leafCode().isBlank()
				|| (form.part() != null && form.part() != CorrectedPart.CRITERION)) {
			return Optional.empty();
		}
		String code = form.leafCode().strip();
		return this.cycles.find(cycleId)
			.flatMap((cycle) -> this.methodology.find(cycle.indexSetId()))
			.flatMap((set) -> set.nodes().stream().filter((n) -> n.isLeaf() && n.code().equals(code)).findFirst());
	}

	/**
	 * "Tiêu chí 3.3.4: tối đa 1,5 điểm; viết như 0,5" (a yes/no criterion: choose Đạt or
	 * Không đạt; a criterion scored from figures: its figures).
	 */
	private String pointsHint(NodeView leaf, Locale locale) {
		String rule = leaf.rule().orElse("");
		String key = rule.startsWith("yes-no") ? "correction.points.fitted.yes-no"
				: (rule.startsWith("manual") || rule.startsWith("survey") || rule.isEmpty())
						? "correction.points.fitted" : "correction.points.fitted.figures";
		return this.messages.getMessage(key, new Object[] { leaf.code(), DECIMALS.print(leaf.maxPoints(), locale),
				DECIMALS.print(DecimalFormatter.example(leaf.maxPoints()), locale) }, locale);
	}

	/**
	 * The names of the figures a criterion is scored from ({@code actual}, {@code base};
	 * {@code value}; {@code count}; {@code violations}), as its rule reads them; empty
	 * for a criterion given points, Đạt/Không đạt or survey points, or a rule not
	 * readable.
	 */
	private static Optional<List<String>> figureNames(NodeView leaf) {
		String rule = leaf.rule().orElse("");
		if (rule.isBlank() || rule.startsWith("yes-no") || rule.startsWith("manual") || rule.startsWith("survey")) {
			return Optional.empty();
		}
		try {
			List<String> names = org.parindex.methodology.RuleNotation.parse(rule).inputNames();
			// the figures the correction's messages name
			// (assessment.correction.figures.*)
			return FIGURE_SETS.contains(String.join("-", names)) ? Optional.of(names) : Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Each leaf of the set with its name and points hint, for the criterion field's list.
	 */
	private List<LeafHint> leafHints(IndexSetView set, Locale locale) {
		return set.nodes()
			.stream()
			.filter(NodeView::isLeaf)
			.map((leaf) -> new LeafHint(leaf.code(), leaf.name(), pointsHint(leaf, locale)))
			.toList();
	}

	/** A criterion the correction form offers: its code, name and points hint. */
	record LeafHint(String code, String name, String hint) {

	}

	/**
	 * A correction of a unit's published result: of a criterion (an appraised or a survey
	 * criterion) in the rule's own terms: {@code met} (Đạt/Không đạt) for a yes/no
	 * criterion, else points from 0 to the leaf's maximum with at most 4 decimals (both
	 * checked against the leaf, so the refusal names the criterion and its maximum); or
	 * of the unit's bonus or deduction by its new points (0 to the index set's cap); and
	 * a reason. The criterion's code is required for a criterion only. A criterion scored
	 * from figures (a ratio, bands, a count, violations) is corrected by its figures
	 * ({@code actual} and {@code base}, {@code value}, {@code count} or
	 * {@code violations}, as its rule reads them), never by points. Counts are whole
	 * numbers in Vietnamese notation ({@code 1.000} is one thousand; {@code 95,5} is
	 * refused naming the field). The public reason for a criterion's lost points is its
	 * own field ({@link CorrectScore#publicReason}); the correction's reason never
	 * becomes it (issue 9, F3).
	 */
	record CorrectionForm(@Label("field.correction.unit") @NotNull Long unitId,
			@Label("correction.part") @Nullable CorrectedPart part,
			@Label("publication.leaf") @Nullable @Size(max = 40, message = "{bounds.text.max}") String leafCode,
			@Label("appraisal.points") @Nullable BigDecimal points, @Label("correction.rating") @Nullable Boolean met,
			@Label("correction.reason") @NotBlank @Size(max = 2000, message = "{bounds.text.max}") String reason,
			@Label("rule.input.actual") @Nullable Long actual, @Label("rule.input.base") @Nullable Long base,
			@Label("rule.input.value") @Nullable BigDecimal value, @Label("rule.input.count") @Nullable Long count,
			@Label("rule.input.violations") @Nullable Long violations,
			@Label("correction.public-reason") @Nullable @Size(max = 2000,
					message = "{bounds.text.max}") String publicReason) {

		CorrectScore command() {
			Map<String, BigDecimal> figures = new LinkedHashMap<>();
			put(figures, "actual", whole(this.actual));
			put(figures, "base", whole(this.base));
			put(figures, "value", this.value);
			put(figures, "count", whole(this.count));
			put(figures, "violations", whole(this.violations));
			return new CorrectScore(this.unitId, (this.part != null) ? this.part : CorrectedPart.CRITERION,
					(this.leafCode != null) ? this.leafCode.strip() : "", Optional.ofNullable(this.points),
					Optional.ofNullable(this.met), this.reason, figures,
					(this.publicReason != null) ? this.publicReason : "");
		}

		private static @Nullable BigDecimal whole(@Nullable Long count) {
			return (count != null) ? BigDecimal.valueOf(count) : null;
		}

		private static void put(Map<String, BigDecimal> figures, String name, @Nullable BigDecimal figure) {
			if (figure != null) {
				figures.put(name, figure);
			}
		}

	}

	private static Actor actor() {
		return Actors.current().orElseThrow();
	}

}
