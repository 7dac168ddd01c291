package org.parindex.survey.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.LocalizedException;
import org.parindex.platform.NotFoundException;
import org.parindex.survey.SurveyLeafResultView;
import org.parindex.survey.SurveyLeafScore;
import org.parindex.survey.SurveyPointsService;
import org.parindex.survey.SurveyService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey's points of a year ({@code /admin/survey/sets/{set}/points}): per unit and
 * survey leaf, the mean and points computed from the answers (the province's own
 * responses and contractors' tables, each group's source shown) beside what the year's
 * results hold, and the step that records the computed ones into the results (asked
 * first, audited, refused once the council approved or the year was published).
 */
@Controller
@RequestMapping("/admin/survey/sets/{setId}/points")
@PreAuthorize("hasAnyRole('SURVEY_STAFF', 'PAR_OFFICE')")
class SurveyPointsController {

	private final SurveyPointsService points;

	private final SurveyService results;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final MessageSource messages;

	SurveyPointsController(SurveyPointsService points, SurveyService results, MethodologyService methodology,
			OrganizationService organization, MessageSource messages) {
		this.points = points;
		this.results = results;
		this.methodology = methodology;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping
	String points(@PathVariable long setId, Model model) {
		IndexSetView set = this.methodology.find(setId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", setId));
		List<Leaf> leaves = set.definition()
			.leaves()
			.stream()
			.filter((l) -> l.component() == Component.SURVEY)
			.toList();
		Map<String, SurveyLeafScore> computed = new HashMap<>();
		this.points.compute(setId).forEach((score) -> computed.put(score.unitId() + "/" + score.leafCode(), score));
		Map<String, SurveyLeafResultView> recorded = new HashMap<>();
		this.results.results(setId)
			.forEach((result) -> recorded.put(result.unitId() + "/" + result.leafCode(), result));
		List<Row> rows = this.organization.unitsOf(set.unitGroupId())
			.stream()
			.map((unit) -> row(unit, leaves, computed, recorded))
			.toList();
		model.addAttribute("set", set);
		model.addAttribute("leaves", leaves);
		model.addAttribute("rows", rows);
		model.addAttribute("differing", rows.stream().filter(Row::differs).count());
		model.addAttribute("shortfalls", shortfalls(setId, LocaleContextHolder.getLocale()));
		return "survey/points";
	}

	@PostMapping
	String record(@PathVariable long setId, @RequestParam(defaultValue = "false") boolean confirmed, Locale locale,
			RedirectAttributes redirect) {
		if (!confirmed) {
			redirect.addFlashAttribute("errors", List.of(message("survey.points.confirm-needed", locale)));
			return "redirect:/admin/survey/sets/{setId}/points";
		}
		try {
			List<Shortfall> shortfalls = shortfalls(setId, locale);
			int units = this.points.record(setId);
			String notice = message("survey.points.recorded-notice", locale, units);
			if (!shortfalls.isEmpty()) {
				// said again after recording: the figures rest on too small a sample
				notice += " " + message("survey.points.recorded-shortfalls", locale, shortfalls.size(),
						String.join("; ", shortfalls.stream().map(Shortfall::text).toList()));
			}
			redirect.addFlashAttribute("notice", notice);
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("errors",
					List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
		}
		return "redirect:/admin/survey/sets/{setId}/points";
	}

	private static Row row(UnitView unit, List<Leaf> leaves, Map<String, SurveyLeafScore> computed,
			Map<String, SurveyLeafResultView> recorded) {
		BigDecimal computedTotal = BigDecimal.ZERO;
		BigDecimal recordedTotal = BigDecimal.ZERO;
		int own = 0;
		int contractor = 0;
		boolean differs = false;
		List<SurveyLeafScore> scores = new ArrayList<>();
		for (Leaf leaf : leaves) {
			SurveyLeafScore score = computed.get(unit.id() + "/" + leaf.code());
			SurveyLeafResultView result = recorded.get(unit.id() + "/" + leaf.code());
			if (score != null) {
				scores.add(score);
				computedTotal = computedTotal.add(score.points());
				own = Math.max(own, score.ownAnswers());
				contractor = Math.max(contractor, score.contractorAnswers());
			}
			if (result != null) {
				recordedTotal = recordedTotal.add(leaf.maxPoints().multiply(result.mean()));
			}
			BigDecimal computedMean = (score != null) ? score.mean() : null;
			BigDecimal recordedMean = (result != null) ? result.mean() : null;
			differs |= (computedMean != null) && (recordedMean == null || computedMean.compareTo(recordedMean) != 0);
		}
		return new Row(unit, !scores.isEmpty(), computedTotal, recordedTotal, own, contractor, differs, scores);
	}

	/** The groups below their sample, each said in a sentence, by unit then form. */
	private List<Shortfall> shortfalls(long setId, Locale locale) {
		List<Shortfall> said = new ArrayList<>();
		for (org.parindex.survey.SampleShortfall shortfall : this.points.shortfalls(setId)) {
			String unit = this.organization.findUnit(shortfall.unitId())
				.map((u) -> message("unit.title." + u.kind().key(), locale, u.name()))
				.orElse("#" + shortfall.unitId());
			String code = this.organization.findUnit(shortfall.unitId()).map(UnitView::code).orElse("");
			said.add(new Shortfall(code,
					message("survey.points.shortfall", locale, unit, shortfall.formCode(), shortfall.respondentGroup(),
							Integer.toString(shortfall.responses()), Integer.toString(shortfall.target()))));
		}
		return said;
	}

	/** A group below its sample: the unit's code and the sentence that says it. */
	record Shortfall(String unitCode, String text) {

	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * A unit's line: the survey points computed from its answers and those the year's
	 * results hold (points, unrounded), the most valid answers on any of its leaves from
	 * the province's own responses and from contractors' tables, whether recording would
	 * change its results, and per leaf where its answers came from.
	 */
	record Row(UnitView unit, boolean answered, BigDecimal computed, BigDecimal recorded, int ownAnswers,
			int contractorAnswers, boolean differs, List<SurveyLeafScore> scores) {

	}

}
