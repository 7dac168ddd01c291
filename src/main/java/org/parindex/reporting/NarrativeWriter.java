package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parindex.engine.Adjustment;
import org.parindex.engine.Change;
import org.parindex.engine.Component;
import org.parindex.engine.LeafStatistics;
import org.parindex.engine.Points;
import org.parindex.methodology.IndexSetView;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitView;
import org.parindex.platform.Formats;
import org.parindex.scoring.UnitStanding;

import org.springframework.context.MessageSource;

/**
 * Writes the narrative summary of a unit's result from the data, in the words of a
 * district report after the province publishes the index: total and rank, the change from
 * the year before (tăng / giảm N bậc, giữ nguyên), criteria and sub-criteria at maximum
 * and losing points, survey, bonus and deduction, then the reasons for lost points taken
 * from the appraisal comments. Clauses with nothing to say are left out; wording lives in
 * the {@code narrative.*} messages.
 */
@org.springframework.stereotype.Component
class NarrativeWriter {

	private static final String SEPARATOR = "; ";

	private final MessageSource messages;

	private final Formats formats;

	NarrativeWriter(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	Narrative write(UnitGroupView group, IndexSetView set, UnitStanding standing, LeafStatistics appraisal,
			List<String> reasons, Locale locale) {
		return write(group, set, standing, appraisal, reasons, List.of(), locale);
	}

	/**
	 * The narrative, with the approved bonus and deduction decisions that count for the
	 * unit and what each was for (issue 9, council leftovers): "Điểm thưởng, điểm trừ
	 * được Hội đồng chấp thuận: điểm thưởng 1,00 điểm: …"; no paragraph without one.
	 * @param decisions the unit's approved bonus and deduction entries, in order
	 */
	Narrative write(UnitGroupView group, IndexSetView set, UnitStanding standing, LeafStatistics appraisal,
			List<String> reasons, List<Decision> decisions, Locale locale) {
		UnitView unit = standing.unit();
		String unitInText = message("unit.in-text." + unit.kind().key(), locale, unit.name());
		String title = message("narrative.title", locale, set.year(), unitInText);
		List<String> paragraphs = new ArrayList<>();
		String first = result(group, set, standing, unitInText, locale) + " " + parts(set, standing, appraisal, locale);
		if (!standing.submitted()) {
			// a sentence of its own: it starts with a capital ("Huyện Đak Pơ không nộp
			// …")
			String sentence = message("narrative.not-submitted", locale, unitInText);
			first = first + " " + sentence.substring(0, 1).toUpperCase(locale) + sentence.substring(1);
		}
		paragraphs.add(first);
		notApplicable(set, standing, locale).ifPresent(paragraphs::add);
		List<String> distinct = distinctReasons(reasons);
		if (appraisal.leavesLosingPoints() > 0 && !distinct.isEmpty()) {
			paragraphs.add(message("narrative.reasons", locale, String.join(SEPARATOR, distinct)));
		}
		List<String> decided = decisions.stream()
			.filter((decision) -> !decision.reason().isBlank())
			.map((decision) -> message(decision.bonus() ? "narrative.decision.bonus" : "narrative.decision.deduction",
					locale, points(set, decision.points(), locale), decision.reason().strip()))
			.toList();
		if (!decided.isEmpty()) {
			paragraphs.add(message("narrative.decisions", locale, String.join(SEPARATOR, decided)));
		}
		return new Narrative(title, paragraphs);
	}

	private String result(UnitGroupView group, IndexSetView set, UnitStanding standing, String unitInText,
			Locale locale) {
		String members = isEnglish(locale) ? group.membersLabelEn() : group.membersLabel();
		String change = standing.previous().map((previous) -> {
			Change delta = previous.change();
			// a unit re-founded under a new code compares with its predecessor and names
			// it
			// (docs/scoring.md, "Year over year")
			String predecessor = previous.predecessor()
				.map((earlier) -> message("unit.in-text." + earlier.kind().key(), locale, earlier.name()))
				.orElse(null);
			boolean own = predecessor == null;
			return switch (delta.direction()) {
				case UP -> message(own ? "narrative.change.up" : "narrative.change.up.predecessor", locale,
						this.formats.count(delta.places()), previous.year(), delta.places(), predecessor);
				case DOWN -> message(own ? "narrative.change.down" : "narrative.change.down.predecessor", locale,
						this.formats.count(delta.places()), previous.year(), delta.places(), predecessor);
				case SAME -> message(own ? "narrative.change.same" : "narrative.change.same.predecessor", locale,
						previous.year(), predecessor);
			};
		}).orElse("");
		return message("narrative.result", locale, set.year(), unitInText,
				points(set, standing.result().total(), locale), maximum(set, set.totalMax(), locale),
				this.formats.rank(standing.rank().rank(), standing.rank().unitCount(), set.rankLabel()), members,
				change);
	}

	/**
	 * What did not apply to the unit and how its components were converted (issue 9, item
	 * 14d; docs/scoring.md, "Không áp dụng"); empty when everything applied.
	 */
	private java.util.Optional<String> notApplicable(IndexSetView set, UnitStanding standing, Locale locale) {
		var result = standing.result();
		if (result.notApplicable().isEmpty()) {
			return java.util.Optional.empty();
		}
		List<String> nodes = new ArrayList<>();
		for (var node : result.notApplicable()) {
			String name = set.node(node.code())
				.map((view) -> (isEnglish(locale) && !view.nameEn().isEmpty()) ? view.nameEn() : view.name())
				.orElse("");
			nodes.add((node.code() + " " + name).strip());
		}
		List<String> conversions = new ArrayList<>();
		for (Component component : set.componentMaxima().keySet().stream().sorted().toList()) {
			if (result.converted(component)) {
				conversions.add(message("narrative.not-applicable.conversion", locale,
						message("component.name." + component.name().toLowerCase(Locale.ROOT), locale),
						this.formats.points(result.achieved(component), locale),
						this.formats.wholeOrPoints(result.applicableMax(component), locale),
						this.formats.points(result.component(component), locale),
						this.formats.wholeOrPoints(set.componentMax(component), locale)));
			}
		}
		return java.util.Optional.of(message("narrative.not-applicable", locale, String.join(SEPARATOR, nodes),
				String.join(SEPARATOR, conversions)));
	}

	private String parts(IndexSetView set, UnitStanding standing, LeafStatistics appraisal, Locale locale) {
		String noun = message("unit.noun." + standing.unit().kind().key(), locale);
		StringBuilder text = new StringBuilder();
		String atMaximum = counts(appraisal.criteria().atMaximum(), appraisal.subCriteria().atMaximum(), locale);
		String appraisalPoints = points(set, appraisal.achieved(), locale);
		// with criteria not applicable, the leaves' figures are out of the applicable
		// maximum
		// (achieved + lost), and the converted points follow them (docs/scoring.md)
		boolean converted = standing.result().converted(Component.APPRAISAL);
		String appraisalMax = maximum(set, converted ? appraisal.max() : set.componentMax(Component.APPRAISAL), locale);
		String appraisalOf = converted ? message("narrative.appraisal.applicable-max", locale, appraisalMax,
				points(set, standing.result().component(Component.APPRAISAL), locale),
				maximum(set, set.componentMax(Component.APPRAISAL), locale)) : appraisalMax;
		if (atMaximum.isEmpty()) {
			text.append(message("narrative.appraisal.none-at-max", locale, noun, appraisalPoints, appraisalOf));
		}
		else {
			text.append(message("narrative.appraisal.intro", locale, noun, atMaximum, appraisalPoints, appraisalOf));
		}
		String losing = counts(appraisal.criteria().losingPoints(), appraisal.subCriteria().losingPoints(), locale);
		if (losing.isEmpty()) {
			text.append(message("narrative.appraisal.none-lost", locale));
		}
		else {
			text.append(message("narrative.appraisal.lost", locale, losing, lost(set,
					converted ? appraisal.max() : set.componentMax(Component.APPRAISAL), appraisal.achieved(), locale),
					appraisalMax));
		}
		if (set.componentMaxima().containsKey(Component.SURVEY)) {
			text.append(message("narrative.survey", locale,
					points(set, standing.result().component(Component.SURVEY), locale),
					maximum(set, set.componentMax(Component.SURVEY), locale)));
		}
		text.append(adjustment(set, "narrative.bonus", standing.result().bonus(), locale));
		text.append(adjustment(set, "narrative.deduction", standing.result().deduction(), locale));
		return text.append('.').toString();
	}

	private String adjustment(IndexSetView set, String key, Adjustment adjustment, Locale locale) {
		if (adjustment.cap().signum() == 0) {
			return "";
		}
		return message(key, locale, points(set, adjustment.applied(), locale), maximum(set, adjustment.cap(), locale));
	}

	/** Points achieved: always at the set's published precision ({@code 1,00}). */
	private String points(IndexSetView set, BigDecimal value, Locale locale) {
		return this.formats.points(value, set.publishedPlaces(), locale);
	}

	/**
	 * Points lost: the shown maximum less the shown points, so that the two add up to the
	 * maximum as written.
	 */
	private String lost(IndexSetView set, BigDecimal max, BigDecimal achieved, Locale locale) {
		int places = set.publishedPlaces();
		return this.formats.points(Points.atPlaces(max, places).subtract(Points.atPlaces(achieved, places)), places,
				locale);
	}

	/** A maximum: whole ones as two-digit counts ({@code 06}, {@code 64}). */
	private String maximum(IndexSetView set, BigDecimal value, Locale locale) {
		return this.formats.maximum(value, set.publishedPlaces(), locale);
	}

	/**
	 * "20 tiêu chí, 27 tiêu chí thành phần", leaving out a zero part; empty when both
	 * are.
	 */
	private String counts(int criteria, int subCriteria, Locale locale) {
		List<String> parts = new ArrayList<>(2);
		if (criteria > 0) {
			parts.add(message("narrative.count.criteria", locale, this.formats.count(criteria), criteria));
		}
		if (subCriteria > 0) {
			parts.add(message("narrative.count.sub-criteria", locale, this.formats.count(subCriteria), subCriteria));
		}
		return String.join(", ", parts);
	}

	private static List<String> distinctReasons(List<String> reasons) {
		Set<String> distinct = new LinkedHashSet<>();
		for (String reason : reasons) {
			String trimmed = org.parindex.platform.Text.clause(reason);
			if (!trimmed.isEmpty()) {
				distinct.add(trimmed);
			}
		}
		return List.copyOf(distinct);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static boolean isEnglish(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	/**
	 * An approved bonus or deduction of the unit as the narrative states it.
	 *
	 * @param bonus a bonus (else a deduction)
	 * @param points its points as approved (before the cap)
	 * @param reason what it was for, as proposed and approved
	 */
	record Decision(boolean bonus, BigDecimal points, String reason) {

	}

}
