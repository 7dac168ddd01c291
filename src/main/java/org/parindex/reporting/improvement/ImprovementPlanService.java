package org.parindex.reporting.improvement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.parindex.methodology.Crosswalk;
import org.parindex.methodology.CrosswalkService;
import org.parindex.engine.Component;
import org.parindex.methodology.IndexSetSummary;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitGroupView;
import org.parindex.organization.UnitView;
import org.parindex.platform.Actor;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;
import org.parindex.reporting.ReportingService;
import org.parindex.reporting.ScorecardReport;
import org.parindex.reporting.ScorecardRow;
import org.parindex.scoring.UnitStanding;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The improvement plans set after the review conference (issue 12, item 7): a unit's plan
 * for a published year, read and written by the unit (its officer and leader) and the PAR
 * office, never by other units (they are told the plan does not exist); the PAR office's
 * overview of a year; last year's remedies for this year's self-assessment. Every change
 * of a remedy is audited, old and new value.
 */
@Service
public class ImprovementPlanService {

	private final ReportingService reporting;

	private final RemedyRepository remedies;

	private final OrganizationService organization;

	private final MethodologyService methodology;

	private final CrosswalkService crosswalks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ImprovementPlanService(ReportingService reporting, RemedyRepository remedies, OrganizationService organization,
			MethodologyService methodology, CrosswalkService crosswalks, ApplicationEventPublisher events,
			Clock clock) {
		this.reporting = reporting;
		this.remedies = remedies;
		this.organization = organization;
		this.methodology = methodology;
		this.crosswalks = crosswalks;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether the actor may read and edit the unit's plans: the unit itself, the PAR
	 * office.
	 */
	public static boolean mayEdit(Actor actor, long unitId) {
		if (actor.hasRole("PAR_OFFICE")) {
			return true;
		}
		return (actor.hasRole("UNIT_OFFICER") || actor.hasRole("UNIT_LEADER"))
				&& actor.unitId().map((id) -> id == unitId).orElse(false);
	}

	/**
	 * A unit's plan for a published year, its remedies prefilled from the published
	 * results.
	 * @throws NotFoundException for an unknown or unpublished year, group or unit, a unit
	 * that took no part, or an actor who may not see it
	 */
	@Transactional(readOnly = true)
	public ImprovementPlan plan(int year, String groupCode, String unitCode, Actor actor, Locale locale) {
		UnitView unit = this.organization.findUnit(unitCode)
			.orElseThrow(() -> new NotFoundException("improvement.unknown", unitCode));
		if (!mayEdit(actor, unit.id())) {
			throw new NotFoundException("improvement.unknown", unitCode);
		}
		return plan(year, groupCode, unit, locale);
	}

	private ImprovementPlan plan(int year, String groupCode, UnitView unit, Locale locale) {
		ScorecardReport scorecard = this.reporting.scorecard(year, groupCode, unit.code(), locale);
		Map<String, RemedyRepository.Entry> entered = new HashMap<>();
		this.remedies.entries(year, groupCode, unit.id()).forEach((e) -> entered.put(e.leafCode(), e));
		boolean english = "en".equals(locale.getLanguage());
		Map<String, ScorecardRow> rows = new HashMap<>();
		scorecard.rows().forEach((row) -> rows.put(row.code(), row));
		int places = scorecard.results().set().publishedPlaces();
		// each survey criterion's loss as shown, the shown maximum less the shown points,
		// so that the rows add up to the total said above them (docs/scoring.md, "Shown
		// parts add up"; walk A of 02/12, finding 10: 2,06 over rows adding up to 2,07)
		List<ImprovementPlan.SurveyLoss> surveyLosses = ImprovementRules.lostSurveyCriteria(scorecard.rows())
			.stream()
			.map((row) -> new ImprovementPlan.SurveyLoss(row.code(), name(row, english), row.points(),
					row.applicableMax(),
					org.parindex.engine.Points.atPlaces(row.applicableMax(), places)
						.subtract(org.parindex.engine.Points.atPlaces(row.points(), places))))
			.toList();
		List<Remedy> list = new ArrayList<>();
		for (String code : ImprovementRules.remedyCodes(scorecard.rows(), entered.keySet())) {
			RemedyRepository.Entry entry = entered.getOrDefault(code, RemedyRepository.Entry.empty(code));
			if (code.equals(ImprovementRules.SURVEY_PART)) {
				BigDecimal lost = surveyLosses.stream()
					.map(ImprovementPlan.SurveyLoss::lostPoints)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				list.add(new Remedy(code, "", lost, "", entry.remedy(), entry.owner(), entry.deadline(), entry.status(),
						entry.note(), true));
				continue;
			}
			ScorecardRow row = rows.get(code);
			boolean survey = row.component().filter((c) -> c == Component.SURVEY).isPresent();
			list.add(new Remedy(row.code(), name(row, english), row.lostPoints(), row.comment(), entry.remedy(),
					entry.owner(), entry.deadline(), entry.status(), entry.note(), survey));
		}
		return new ImprovementPlan(year, groupCode, unit, places, list, surveyLosses, closedBy(year, groupCode),
				LocalDate.now(this.clock));
	}

	private static String name(ScorecardRow row, boolean english) {
		return (english && !row.nameEn().isBlank()) ? row.nameEn() : row.name();
	}

	/** The later year of the group whose publication closed the plan, if any. */
	private Optional<Integer> closedBy(int year, String groupCode) {
		Optional<UnitGroupView> group = this.organization.findGroup(groupCode);
		if (group.isEmpty()) {
			return Optional.empty();
		}
		List<Integer> published = this.methodology.list()
			.stream()
			.filter((set) -> set.unitGroupId() == group.get().id() && set.published())
			.map(IndexSetSummary::year)
			.toList();
		return ImprovementRules.closedBy(year, published);
	}

	/**
	 * Stores the remedies as entered, all or none: each is checked
	 * ({@link ImprovementRules#problems}) before any is stored; only the plan's remedies
	 * ({@link ImprovementRules#remedyCodes}) may be written. Each changed remedy is
	 * audited ({@code improvement-remedy}, {@code year/group/unit/code}, old → new).
	 * @return how many remedies changed
	 * @throws PlanClosedException once a later year of the group is published (the plan
	 * is the record), nothing stored
	 * @throws InvalidRemedyException naming each refused field, nothing stored
	 * @throws NotFoundException as {@link #plan}
	 */
	@Transactional
	public int save(int year, String groupCode, String unitCode, List<RemedyInput> inputs, Actor actor, Locale locale) {
		ImprovementPlan plan = plan(year, groupCode, unitCode, actor, locale);
		if (plan.closed()) {
			throw new PlanClosedException(year, plan.closedBy().orElseThrow());
		}
		Map<String, Remedy> current = new LinkedHashMap<>();
		plan.remedies().forEach((r) -> current.put(r.code(), r));
		Map<String, Map<String, String>> problems = new LinkedHashMap<>();
		for (RemedyInput input : inputs) {
			if (!current.containsKey(input.code())) {
				problems.put(input.code(), Map.of("remedy", "improvement.invalid.criterion"));
				continue;
			}
			Map<String, String> found = ImprovementRules.problems(year, input.remedy(), input.owner(), input.deadline(),
					input.status(), input.note());
			if (!found.isEmpty()) {
				problems.put(input.code(), found);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRemedyException(problems);
		}
		// a row sent as the page showed it is left as stored (someone may have changed
		// it since); a row changed over a change stored since is refused, all or nothing
		// (walk of issue 12: a save reverted another's note without a word)
		Map<String, RemedyRepository.Entry> entries = new LinkedHashMap<>();
		for (RemedyInput input : inputs) {
			Remedy before = current.get(input.code());
			RemedyRepository.Entry entry = new RemedyRepository.Entry(input.code(), input.remedy().strip(),
					input.owner().strip(), ImprovementRules.deadline(input.deadline()),
					RemedyStatus.parse(input.status()).orElseThrow(), input.note().strip());
			boolean checked = input.seen() != null && !input.seen().isBlank();
			String stored = before.fingerprint();
			if (checked && !stored.equals(input.seen())) {
				String typed = ImprovementRules.fingerprint(entry.remedy(), entry.owner(), entry.deadline(),
						entry.status(), entry.note());
				if (typed.equals(input.seen())) {
					continue;
				}
				if (!typed.equals(stored)) {
					problems.put(input.code(), Map.of("remedy", "improvement.invalid.changed-meanwhile"));
				}
				continue;
			}
			entries.put(input.code(), entry);
		}
		if (!problems.isEmpty()) {
			throw new InvalidRemedyException(problems);
		}
		int changed = 0;
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		for (RemedyInput input : inputs) {
			RemedyRepository.Entry entry = entries.get(input.code());
			if (entry == null) {
				continue;
			}
			Remedy before = current.get(input.code());
			RemedyRepository.Entry old = new RemedyRepository.Entry(before.code(), before.remedy(), before.owner(),
					before.deadline(), before.status(), before.note());
			if (entry.equals(old)) {
				continue;
			}
			this.remedies.save(year, groupCode, plan.unit().id(), entry, actor.username(), now);
			this.events.publishEvent(AuditableChange.of("improvement-remedy",
					year + "/" + groupCode + "/" + plan.unit().code() + "/" + input.code(), "changed", old.audited(),
					entry.audited(), ""));
			changed++;
		}
		return changed;
	}

	/**
	 * The PAR office's overview of a published year: each unit that took part, with its
	 * remedies due, written, done and overdue.
	 * @throws NotFoundException for an unknown or unpublished year or group, or an actor
	 * outside the PAR office
	 */
	@Transactional(readOnly = true)
	public List<PlanSummary> overview(int year, String groupCode, Actor actor, Locale locale) {
		if (!actor.hasRole("PAR_OFFICE")) {
			throw new NotFoundException("improvement.unknown", groupCode);
		}
		List<PlanSummary> rows = new ArrayList<>();
		for (UnitStanding standing : this.reporting.ranking(year, groupCode).results().standings()) {
			ImprovementPlan plan = plan(year, groupCode, standing.unit(), locale);
			rows.add(new PlanSummary(standing.unit(), plan.remedies().size(),
					(int) plan.remedies().stream().filter(Remedy::written).count(), (int) plan.done(),
					plan.overdue().size(), plan.link()));
		}
		rows.sort(java.util.Comparator.comparingInt((PlanSummary s) -> s.unit().position())
			.thenComparing((s) -> s.unit().code()));
		return rows;
	}

	/**
	 * Last year's remedies of a unit, keyed by this year's criterion codes (matched by
	 * code, or by the crosswalk between the years where there is one), for the unit's
	 * self-assessment of {@code indexSetId}'s year. Only remedies the unit wrote.
	 * @return empty when the previous year is not published, or the unit had no plan
	 */
	@Transactional(readOnly = true)
	public Map<String, CarriedRemedy> carriedInto(long indexSetId, long unitId, Locale locale) {
		Optional<IndexSetView> set = this.methodology.find(indexSetId);
		Optional<UnitView> unit = this.organization.findUnit(unitId);
		if (set.isEmpty() || unit.isEmpty()) {
			return Map.of();
		}
		Optional<UnitGroupView> group = this.organization.findGroup(set.get().unitGroupId());
		Optional<IndexSetView> previous = this.methodology.find(set.get().year() - 1, set.get().unitGroupId());
		if (group.isEmpty() || previous.isEmpty() || !previous.get().published()) {
			return Map.of();
		}
		ImprovementPlan plan;
		try {
			plan = plan(previous.get().year(), group.get().code(), unit.get(), locale);
		}
		catch (NotFoundException ex) {
			// the unit took no part last year
			return Map.of();
		}
		Map<String, Remedy> lastYear = new HashMap<>();
		plan.remedies().stream().filter(Remedy::written).forEach((r) -> lastYear.put(r.code(), r));
		if (lastYear.isEmpty()) {
			return Map.of();
		}
		Crosswalk crosswalk = this.crosswalks.crosswalk(indexSetId);
		// a criterion merged from several of last year's carries the first of them that
		// has a remedy written (the crosswalk takes several counterparts since V127)
		Function<String, Optional<String>> counterpart = (code) -> {
			if (crosswalk.previous().isEmpty()) {
				return Optional.empty();
			}
			List<String> previousCodes = crosswalk.counterparts(code).stream().map((node) -> node.code()).toList();
			return previousCodes.stream()
				.filter(lastYear::containsKey)
				.findFirst()
				.or(() -> previousCodes.stream().findFirst());
		};
		Map<String, CarriedRemedy> carried = new LinkedHashMap<>();
		for (Crosswalk.Entry entry : crosswalk.entries()) {
			String code = entry.leaf().code();
			ImprovementRules.carried(code, counterpart, lastYear)
				.ifPresent((r) -> carried.put(code, new CarriedRemedy(plan.year(), r, r.overdue(plan.today()),
						plan.link() + "#remedy-" + r.code())));
		}
		return carried;
	}

	/**
	 * Last year's remedy beside a criterion of this year.
	 *
	 * @param year the year the remedy answered
	 * @param overdue its deadline passed and it is not done
	 * @param link the plan's page at the remedy ({@code #remedy-<code>}: the walk of
	 * issue 12 found the top of the plan)
	 */
	public record CarriedRemedy(int year, Remedy remedy, boolean overdue, String link) {

	}

}
