package org.parindex.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.Stage;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitView;
import org.parindex.platform.NotFoundException;
import org.parindex.survey.SurveyMonitoringRepository.FormUnit;
import org.parindex.survey.SurveyMonitoringView.Flag;
import org.parindex.survey.SurveyMonitoringView.FlagKind;
import org.parindex.survey.SurveyMonitoringView.FormProgress;
import org.parindex.survey.SurveyMonitoringView.UnitProgress;
import org.parindex.survey.SurveyMonitoringView.Window;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey's monitoring (issue 10, item 6; DESIGN.md §4 "Survey": response rates per
 * unit and form, minimum sample warnings): counted live from the database on each call by
 * a handful of grouped queries ({@link SurveyMonitoringRepository}), nothing cached. The
 * rules and thresholds are {@link SurveyMonitoringRules}'.
 * <p>
 * Nothing here reads or shows more than the survey's anonymous data allows: responses are
 * counted per form, unit, channel and day; codes per form and unit; unknown codes per
 * day.
 */
@Service
public class SurveyMonitoringService {

	private final SurveyMonitoringRepository repository;

	private final SurveyFormRepository forms;

	private final MethodologyService methodology;

	private final CycleService cycles;

	private final OrganizationService organization;

	private final Clock clock;

	private final SurveyMonitoringRules rules;

	SurveyMonitoringService(SurveyMonitoringRepository repository, SurveyFormRepository forms,
			MethodologyService methodology, CycleService cycles, OrganizationService organization, Clock clock,
			@Value("${parindex.survey.monitoring.identical-sheets:" + SurveyMonitoringRules.DEFAULT_IDENTICAL_SHEETS
					+ "}") int identicalSheets,
			@Value("${parindex.survey.monitoring.code-retries:" + SurveyMonitoringRules.DEFAULT_CODE_RETRIES
					+ "}") int codeRetries,
			@Value("${parindex.survey.monitoring.unknown-codes-per-day:"
					+ SurveyMonitoringRules.DEFAULT_UNKNOWN_CODES_PER_DAY + "}") int unknownCodesPerDay) {
		this.repository = repository;
		this.forms = forms;
		this.methodology = methodology;
		this.cycles = cycles;
		this.organization = organization;
		this.clock = clock;
		this.rules = new SurveyMonitoringRules(identicalSheets, codeRetries, unknownCodesPerDay);
	}

	/** The thresholds in force. */
	public SurveyMonitoringRules rules() {
		return this.rules;
	}

	/**
	 * The survey of an index set now: every form with every unit it rates against the
	 * targets, and the flags.
	 * @throws NotFoundException for an unknown set
	 * ({@code methodology.index-set.unknown})
	 */
	@Transactional(readOnly = true)
	public SurveyMonitoringView monitor(long indexSetId) {
		IndexSetView set = this.methodology.find(indexSetId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", indexSetId));
		Instant now = this.clock.instant();
		ZoneId zone = this.clock.getZone();
		List<SurveyFormView> setForms = this.forms.forms(indexSetId);
		Optional<CycleView> cycle = this.cycles.findForSet(indexSetId);
		Set<Long> participants = cycle.map(CycleView::unitIds).orElse(Set.of());
		// a year approved or published takes no response, whatever a form's dates say
		Window yearClosed = cycle.filter((c) -> this.cycles.closed(c.id()))
			.map((c) -> (this.cycles.stage(c.id(), now) == Stage.PUBLICATION) ? Window.PUBLISHED : Window.APPROVED)
			.orElse(null);
		Map<Long, UnitView> units = new HashMap<>();
		this.organization.unitsOf(set.unitGroupId()).forEach((unit) -> units.put(unit.id(), unit));

		Map<FormUnit, long[]> responses = this.repository.responses(indexSetId);
		Map<FormUnit, Integer> targets = this.repository.targets(indexSetId);
		Map<FormUnit, long[]> invitations = this.repository.invitations(indexSetId);
		Map<FormUnit, Long> waiting = this.repository.paperWaiting(indexSetId);

		List<FormProgress> progress = new ArrayList<>();
		for (SurveyFormView form : setForms) {
			Set<Long> rated = new LinkedHashSet<>(participants);
			responses.keySet().stream().filter((k) -> k.formId() == form.id()).forEach((k) -> rated.add(k.unitId()));
			List<UnitProgress> rows = new ArrayList<>();
			for (long unitId : rated) {
				FormUnit key = new FormUnit(form.id(), unitId);
				long[] answered = responses.getOrDefault(key, new long[2]);
				long[] codes = invitations.getOrDefault(key, new long[2]);
				Integer target = targets.get(key);
				long total = answered[0] + answered[1];
				UnitView unit = unit(units, unitId);
				rows.add(new UnitProgress(unitId, unit.code(), unit.name(), target, codes[0], codes[1], answered[0],
						answered[1], waiting.getOrDefault(key, 0L), this.rules.percentOfTarget(target, total),
						this.rules.missing(target, total), this.rules.status(target, total)));
			}
			rows.sort(Comparator.comparingInt((UnitProgress row) -> unit(units, row.unitId()).position())
				.thenComparing(UnitProgress::unitName));
			Window window = (yearClosed != null) ? yearClosed
					: now.isBefore(form.opensAt()) ? Window.NOT_OPEN : form.openAt(now) ? Window.OPEN : Window.CLOSED;
			progress.add(new FormProgress(form.id(), form.code(), form.name(), form.respondentGroup(), form.opensAt(),
					form.closesAt(), window, rows));
		}
		List<Flag> flags = new ArrayList<>();
		flags.addAll(identicalSheets(indexSetId, setForms, units));
		flags.addAll(retriedCodes(indexSetId, setForms, units, FlagKind.CODE_RETRIED,
				this.repository.retriedCodes(indexSetId, this.rules.codeRetries())));
		flags.addAll(retriedCodes(indexSetId, setForms, units, FlagKind.WITHDRAWN_TRIED,
				this.repository.withdrawnTried(indexSetId)));
		flags.addAll(outsideWindow(setForms, units, zone));
		flags.addAll(unknownCodes(setForms, zone));
		return new SurveyMonitoringView(indexSetId, now, this.rules, progress, flags);
	}

	private List<Flag> identicalSheets(long indexSetId, List<SurveyFormView> setForms, Map<Long, UnitView> units) {
		Map<Long, SurveyFormView> byId = setForms.stream()
			.collect(Collectors.toMap(SurveyFormView::id, (f) -> f, (a, b) -> a, LinkedHashMap::new));
		List<Flag> flags = new ArrayList<>();
		for (SurveyMonitoringRepository.IdenticalSheets group : this.repository.identicalSheets(indexSetId,
				this.rules.identicalSheets())) {
			SurveyFormView form = byId.get(group.formId());
			if (form == null || !this.rules.identicalBurst(group.identical())) {
				continue;
			}
			flags.add(new Flag(FlagKind.IDENTICAL_SHEETS, form.id(), form.code(), group.unitId(),
					unit(units, group.unitId()).name(), group.day(), group.channel(), group.identical(),
					group.responses(), sheet(form, group.options())));
		}
		return flags;
	}

	private List<Flag> retriedCodes(long indexSetId, List<SurveyFormView> setForms, Map<Long, UnitView> units,
			FlagKind kind, List<SurveyMonitoringRepository.RetriedCodes> found) {
		Map<Long, SurveyFormView> byId = setForms.stream()
			.collect(Collectors.toMap(SurveyFormView::id, (f) -> f, (a, b) -> a));
		List<Flag> flags = new ArrayList<>();
		for (SurveyMonitoringRepository.RetriedCodes codes : found) {
			SurveyFormView form = byId.get(codes.formId());
			if (form == null) {
				continue;
			}
			flags.add(new Flag(kind, form.id(), form.code(), codes.unitId(), unit(units, codes.unitId()).name(), null,
					ResponseChannel.ONLINE, codes.codes(), codes.retries(),
					// as printed on the invitation, with the dash, so staff find them on
					// the
					// sheets (walk of issue 10, #6)
					codes.examples().stream().map(InvitationCodes::grouped).collect(Collectors.joining(", "))
							+ ((codes.codes() > codes.examples().size()) ? ", …" : "")));
		}
		return flags;
	}

	private List<Flag> outsideWindow(List<SurveyFormView> setForms, Map<Long, UnitView> units, ZoneId zone) {
		List<Flag> flags = new ArrayList<>();
		for (SurveyFormView form : setForms) {
			LocalDate opening = SurveyMonitoringRules.openingDay(form.opensAt(), zone);
			LocalDate closing = SurveyMonitoringRules.closingDay(form.closesAt(), zone);
			for (SurveyMonitoringRepository.DayCount day : this.repository.outsideWindow(form.id(), opening, closing)) {
				FlagKind kind = SurveyMonitoringRules.outsideWindow(day.day(), form.opensAt(), form.closesAt(), zone);
				if (kind == null) {
					continue;
				}
				flags.add(new Flag(kind, form.id(), form.code(), day.unitId(), unit(units, day.unitId()).name(),
						day.day(), day.channel(), day.responses(), 0, ""));
			}
		}
		flags.sort(Comparator.comparing((Flag flag) -> flag.kind()));
		return flags;
	}

	/**
	 * Unknown codes are not tied to a form: the days looked at are those the set's forms
	 * were open, from the first opening day to the last closing day.
	 */
	private List<Flag> unknownCodes(List<SurveyFormView> setForms, ZoneId zone) {
		if (setForms.isEmpty()) {
			return List.of();
		}
		LocalDate from = setForms.stream()
			.map((f) -> SurveyMonitoringRules.openingDay(f.opensAt(), zone))
			.min(Comparator.naturalOrder())
			.orElseThrow();
		LocalDate to = setForms.stream()
			.map((f) -> SurveyMonitoringRules.closingDay(f.closesAt(), zone))
			.max(Comparator.naturalOrder())
			.orElseThrow();
		List<Flag> flags = new ArrayList<>();
		for (Map.Entry<LocalDate, Long> day : this.repository.unknownCodes(from, to, this.rules.unknownCodesPerDay())) {
			if (this.rules.unknownBurst(day.getValue())) {
				flags.add(new Flag(FlagKind.UNKNOWN_CODES, null, null, null, null, day.getKey(), ResponseChannel.ONLINE,
						day.getValue(), 0, ""));
			}
		}
		return flags;
	}

	/** The answers of a sheet given as option ids: {@code Q1: A · Q2: B · D1: —}. */
	private static String sheet(SurveyFormView form, String optionIds) {
		Map<Long, String> chosen = new HashMap<>();
		for (String id : optionIds.split(",")) {
			if (!id.isBlank()) {
				long option = Long.parseLong(id.trim());
				for (SurveyQuestionView question : form.questions()) {
					question.options()
						.stream()
						.filter((o) -> o.id() == option)
						.findFirst()
						.ifPresent((o) -> chosen.put(question.id(), o.label()));
				}
			}
		}
		return form.questions()
			.stream()
			.map((q) -> q.code() + ": " + chosen.getOrDefault(q.id(), "—"))
			.collect(Collectors.joining(" · "));
	}

	/**
	 * A unit by id from those of the set's unit group, or looked up (a unit moved to
	 * another group keeps its responses).
	 * @throws NotFoundException for a unit that does not exist
	 */
	private UnitView unit(Map<Long, UnitView> units, long unitId) {
		return units.computeIfAbsent(unitId, (id) -> this.organization.findUnit(id)
			.orElseThrow(() -> new NotFoundException("survey.monitor.unit-unknown", id)));
	}

}
