package org.parindex.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parindex.assessment.AppraisalProgressService;
import org.parindex.assessment.AppraisalService;
import org.parindex.assessment.UnappraisedLeaves;
import org.parindex.assessment.AdjustmentStatus;
import org.parindex.assessment.AssessmentService;
import org.parindex.assessment.CorrectScore;
import org.parindex.assessment.CorrectedPart;
import org.parindex.assessment.CycleService;
import org.parindex.assessment.CycleView;
import org.parindex.assessment.LeafEntryView;
import org.parindex.assessment.ResultsCorrected;
import org.parindex.engine.ScoreOverride;
import org.parindex.engine.Component;
import org.parindex.engine.LeafStatus;
import org.parindex.engine.NodeResult;
import org.parindex.engine.RuleType;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.methodology.YearPublished;
import org.parindex.platform.Actor;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;
import org.parindex.scoring.IndexResults;
import org.parindex.scoring.ScoringService;
import org.parindex.scoring.UnitStanding;
import org.parindex.survey.SurveyAnswers;
import org.parindex.survey.SurveyService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Publication of a year's results for a unit group, all units at once, once the council
 * has approved: the results as scored then are kept, node by node, as revision 1, and the
 * year is announced ({@link YearPublished}): the methodology module freezes the index set
 * and the assessment module closes the cycle on hearing it, in the same transaction. A
 * correction ({@link ResultsCorrected}, made through the assessment workflow) publishes
 * the next revision; earlier revisions stay readable. Published pages read only these
 * revisions.
 */
@Service
public class PublicationService {

	private final CycleService cycles;

	private final AppraisalService appraisal;

	private final AssessmentService assessment;

	private final MethodologyService methodology;

	private final ScoringService scoring;

	private final SurveyService survey;

	private final PublicationRepository publications;

	private final AppraisalProgressService progress;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PublicationService(CycleService cycles, AppraisalService appraisal, AssessmentService assessment,
			MethodologyService methodology, ScoringService scoring, SurveyService survey,
			PublicationRepository publications, AppraisalProgressService progress, ApplicationEventPublisher events,
			Clock clock) {
		this.survey = survey;
		this.progress = progress;
		this.cycles = cycles;
		this.appraisal = appraisal;
		this.assessment = assessment;
		this.methodology = methodology;
		this.scoring = scoring;
		this.publications = publications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes the cycle's year.
	 * @throws PublicationException when not approved by the council or already published
	 */
	@Transactional
	public PublicationView publish(long cycleId, Actor actor) {
		return publish(cycleId, actor, OffsetDateTime.now(this.clock));
	}

	/**
	 * The year's results as a publication (or the council's approval) would keep them
	 * now, by the same code path as the publication, with what is missing unit by unit.
	 * @throws PublicationException for anyone but the PAR office and the council
	 * @throws NotFoundException for an unknown cycle
	 */
	@Transactional(readOnly = true)
	public PublicationPreview preview(long cycleId, Actor actor) {
		if (!actor.hasRole("PAR_OFFICE") && !actor.hasRole("COUNCIL_MEMBER")) {
			throw new PublicationException("publication.par-office-only");
		}
		CycleView cycle = cycle(cycleId);
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		return preview(cycleId, set, actor);
	}

	private PublicationPreview preview(long cycleId, IndexSetView set, Actor actor) {
		Set<Long> unfinished = new HashSet<>();
		this.appraisal.councilTable(cycleId, actor)
			.stream()
			.filter((row) -> row.pendingFlags() > 0)
			.forEach((row) -> unfinished.add(row.unitId()));
		Map<Long, UnappraisedLeaves> unappraised = this.progress.unappraised(cycleId);
		Set<Long> undecided = new HashSet<>();
		this.appraisal.adjustments(cycleId)
			.stream()
			.filter((adjustment) -> adjustment.status() == AdjustmentStatus.PROPOSED)
			.forEach((adjustment) -> undecided.add(adjustment.unitId()));
		Set<Long> unreviewed = new HashSet<>();
		if (actor.hasRole("PAR_OFFICE")) {
			this.appraisal.publicReasons(cycleId, actor)
				.stream()
				.filter((reason) -> !reason.reviewed())
				.forEach((reason) -> unreviewed.add(reason.unitId()));
		}
		boolean hasSurvey = set.componentMax(Component.SURVEY).signum() > 0;
		Set<Long> surveyed = new HashSet<>();
		this.survey.results(set.id()).forEach((result) -> surveyed.add(result.unitId()));
		List<PublicationPreview.Row> rows = new ArrayList<>();
		for (PublishedUnit unit : scoredNow(set)) {
			long unitId = unit.result().unitId();
			List<PublicationPreview.Missing> missing = new ArrayList<>();
			if (!unit.result().submitted()) {
				missing.add(PublicationPreview.Missing.NOT_SUBMITTED);
			}
			if (unappraised.containsKey(unitId)) {
				missing.add(PublicationPreview.Missing.ROUND_ONE_UNFINISHED);
			}
			if (unfinished.contains(unitId)) {
				missing.add(PublicationPreview.Missing.APPRAISAL_UNFINISHED);
			}
			if (hasSurvey && !surveyed.contains(unitId)) {
				missing.add(PublicationPreview.Missing.NO_SURVEY_RESULTS);
			}
			if (undecided.contains(unitId)) {
				missing.add(PublicationPreview.Missing.ADJUSTMENT_UNDECIDED);
			}
			if (unreviewed.contains(unitId)) {
				missing.add(PublicationPreview.Missing.REASONS_UNREVIEWED);
			}
			rows.add(new PublicationPreview.Row(unit.result(), unit.classification(), missing,
					Optional.ofNullable(unappraised.get(unitId))));
		}
		return new PublicationPreview(set, rows);
	}

	/**
	 * Publishes the cycle's year after the PAR office has seen the preview: it must
	 * confirm the consequence (the results become public and the index set is frozen)
	 * and, when anything is missing, confirm publishing without it; the audit record
	 * names what was missing.
	 * @throws PublicationException without the confirmations
	 * ({@code publication.confirm.required}, {@code publication.confirm.missing}, both at
	 * once {@code publication.confirm.both}), when not approved by the council or already
	 * published
	 */
	@Transactional
	public PublicationView publish(long cycleId, Actor actor, Confirmation confirmation) {
		requireParOffice(actor);
		CycleView cycle = cycle(cycleId);
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		PublicationPreview preview = preview(cycleId, set, actor);
		confirmation.require(preview);
		PublicationView published = publish(cycleId, actor, OffsetDateTime.now(this.clock));
		this.events.publishEvent(AuditableChange.of("publication", set.id() + "/1", "published-confirmed", "",
				"units=" + preview.rows().size() + "; missing=" + preview.missingForAudit(),
				preview.complete() ? "" : "CONFIRMED_WITH_MISSING"));
		return published;
	}

	/**
	 * The council approves the year after seeing the preview, with the same confirmations
	 * as {@link #publish(long, Actor, Confirmation)}; audited with what was missing.
	 * @throws PublicationException without the confirmations
	 * @throws org.parindex.assessment.WorkflowException as
	 * {@link AppraisalService#approve}
	 */
	@Transactional
	public void approve(long cycleId, Actor actor, Confirmation confirmation) {
		CycleView cycle = cycle(cycleId);
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		PublicationPreview preview = preview(cycleId, set, actor);
		confirmation.require(preview);
		this.appraisal.approve(cycleId, actor);
		this.events.publishEvent(AuditableChange.of("cycle", Long.toString(cycleId), "approved-confirmed", "",
				"units=" + preview.rows().size() + "; missing=" + preview.missingForAudit(),
				preview.complete() ? "" : "CONFIRMED_WITH_MISSING"));
	}

	/**
	 * What the person approving or publishing confirmed on the preview.
	 *
	 * @param consequence the step's consequence (public results, frozen set; or the year
	 * closed to changes) was confirmed
	 * @param missing publishing or approving with the missing items shown was confirmed
	 */
	public record Confirmation(boolean consequence, boolean missing) {

		void require(PublicationPreview preview) {
			if (!this.consequence && !preview.complete() && !this.missing) {
				throw new PublicationException("publication.confirm.both", preview.incompleteUnits());
			}
			if (!this.consequence) {
				throw new PublicationException("publication.confirm.required");
			}
			if (!preview.complete() && !this.missing) {
				throw new PublicationException("publication.confirm.missing", preview.incompleteUnits());
			}
		}

	}

	/**
	 * Publishes a year as of a given time: for years appraised and published before
	 * ParIndex (the demo's 2020 and 2021, taken over from the province's decisions).
	 * Publishing twice at once publishes once.
	 * @throws PublicationException when not approved by the council or already published
	 * @throws org.parindex.methodology.InvalidIndexSetException when the index set still
	 * has problems (nothing is published)
	 */
	@Transactional
	public PublicationView publish(long cycleId, Actor actor, OffsetDateTime at) {
		return publish(cycleId, actor, at, "");
	}

	/**
	 * Publishes a year as of a given time with the first revision's reason (a year
	 * imported from a file: {@link PastYearImport#REASON}).
	 */
	PublicationView publish(long cycleId, Actor actor, OffsetDateTime at, String reason) {
		requireParOffice(actor);
		CycleView cycle = cycle(cycleId);
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		if (set.published() || !this.publications.publications(set.id()).isEmpty()) {
			throw new PublicationException("publication.already", set.year());
		}
		if (this.appraisal.approvedBy(cycleId).isEmpty()) {
			throw new PublicationException("publication.not-approved", set.year());
		}
		// Announced first: freezing the set takes its row lock, so no edit of the tree
		// can
		// slip in between the results kept below and the freeze.
		this.events.publishEvent(new YearPublished(set.id(), at.toInstant()));
		PublicationView published = snapshot(set, 1, actor.username(), reason, at);
		// announced once the results are kept, with them: each unit is mailed its own
		// (issue 9, #15)
		this.events.publishEvent(new ResultsPublished(set.id(), set.unitGroupId(), set.year(), at.toInstant(),
				set.publishedPlaces(), set.rankLabel(), this.publications.results(published.id())));
		return published;
	}

	/**
	 * A correction was made: publishes the next revision of the year's results, with the
	 * correction's reason. Runs inside the correcting transaction.
	 */
	@EventListener
	void on(ResultsCorrected correction) {
		IndexSetView set = this.methodology.find(correction.indexSetId()).orElseThrow();
		PublicationView latest = this.publications.latest(set.id())
			.orElseThrow(() -> new PublicationException("publication.correction.unpublished", set.year()));
		List<PublishedUnit> units = scoredNow(set);
		PublishedUnit unit = units.stream()
			.filter((u) -> u.result().unitId() == correction.unitId())
			.findFirst()
			.orElseThrow();
		BigDecimal oldPoints;
		BigDecimal newPoints;
		if (correction.part() == CorrectedPart.CRITERION) {
			oldPoints = leafPoints(this.publications.nodes(latest.id(), correction.unitId()), correction.leafCode());
			newPoints = leafPoints(unit.nodes(), correction.leafCode());
		}
		else {
			// the bonus or deduction as it counts in the total (capped by the index set)
			PublishedResultView was = this.publications.results(latest.id())
				.stream()
				.filter((r) -> r.unitId() == correction.unitId())
				.findFirst()
				.orElse(null);
			boolean bonus = correction.part() == CorrectedPart.BONUS;
			oldPoints = (was == null) ? null : (bonus ? was.bonus() : was.deduction());
			newPoints = bonus ? unit.result().bonus() : unit.result().deduction();
		}
		// a correction that changes nothing is refused, naming what it would have
		// corrected (issue 9, W5)
		if (oldPoints != null && newPoints != null && oldPoints.compareTo(newPoints) == 0) {
			if (correction.part() != CorrectedPart.CRITERION) {
				throw new PublicationException(
						"publication.correction.unchanged." + correction.part().name().toLowerCase(Locale.ROOT),
						unit.result().unitName(), newPoints.stripTrailingZeros());
			}
			throw new PublicationException("publication.correction.unchanged", correction.leafCode(),
					unit.result().unitName(), newPoints.stripTrailingZeros());
		}
		Optional<PublicationView.Correction> what = Optional.of(new PublicationView.Correction(correction.unitId(),
				unit.result().unitName(), correction.leafCode(), oldPoints, newPoints, correction.part()));
		snapshot(set, latest.revision() + 1, correction.by(), correction.reason(), what, units,
				OffsetDateTime.now(this.clock));
	}

	/**
	 * What a correction would change (the criterion's points, the unit's total and rank,
	 * the other units whose rank moves), computed by making it and rolling it back:
	 * nothing is kept.
	 * @param correction the correction, in the rule's own terms
	 * @throws org.parindex.assessment.WorkflowException as
	 * {@link AppraisalService#correct} refuses the correction
	 * @throws PublicationException when the correction would change nothing
	 */
	@Transactional
	public CorrectionPreview previewCorrection(long cycleId, CorrectScore correction, Actor actor) {
		long unitId = correction.unitId();
		String leafCode = correction.code();
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		CycleView cycle = cycle(cycleId);
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		PublicationView before = this.publications.latest(set.id())
			.orElseThrow(() -> new PublicationException("publication.correction.unpublished", set.year()));
		this.appraisal.correct(cycleId, correction, actor);
		PublicationView after = this.publications.latest(set.id()).orElseThrow();
		PublicationView.Correction what = after.correction().orElseThrow();
		Map<Long, PublishedResultView> old = new HashMap<>();
		this.publications.results(before.id()).forEach((result) -> old.put(result.unitId(), result));
		PublishedResultView unitBefore = old.get(unitId);
		PublishedResultView unitAfter = null;
		List<CorrectionPreview.Move> moves = new ArrayList<>();
		for (PublishedResultView result : this.publications.results(after.id())) {
			if (result.unitId() == unitId) {
				unitAfter = result;
			}
			else {
				PublishedResultView was = old.get(result.unitId());
				if (was != null && was.rank() != result.rank()) {
					moves
						.add(new CorrectionPreview.Move(result.unitId(), result.unitName(), was.rank(), result.rank()));
				}
			}
		}
		if (unitBefore == null || unitAfter == null) {
			throw new NotFoundException("publication.unit.unknown", unitId, set.year());
		}
		// the reason for lost points the public will read after it, written with the
		// correction or reviewed before (issue 9, F3)
		boolean losesPoints = correction.part() == CorrectedPart.CRITERION && set.definition()
			.leaves()
			.stream()
			.anyMatch((leaf) -> leaf.code().equals(leafCode) && what.newPoints() != null
					&& what.newPoints().compareTo(leaf.maxPoints()) < 0);
		String publicReason = losesPoints ? this.publications.nodes(after.id(), unitId)
			.stream()
			.filter((node) -> node.code().equals(leafCode))
			.map(PublishedUnit.Node::comment)
			.findFirst()
			.orElse("") : "";
		return new CorrectionPreview(unitId, unitAfter.unitName(), leafCode, what.oldPoints(), what.newPoints(),
				unitBefore.total(), unitAfter.total(), unitBefore.rank(), unitAfter.rank(), unitAfter.unitCount(),
				List.copyOf(moves), correction.part(), yesNo(set, leafCode), correction.figures(),
				warnings(set, leafCode, correction.figures()), losesPoints, publicReason);
	}

	/** What the leaf's rule finds unlikely in corrected figures (none for points). */
	private static List<org.parindex.engine.Problem> warnings(IndexSetView set, String leafCode,
			Map<String, BigDecimal> figures) {
		if (figures.isEmpty()) {
			return List.of();
		}
		return set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.code().equals(leafCode))
			.findFirst()
			.map((leaf) -> leaf.rule().warnings(leafCode, figures))
			.orElse(List.of());
	}

	/**
	 * The latest revision when it is this very correction (same unit, criterion, result
	 * and reason): a retried or double-clicked confirmation, answered with the revision
	 * the first one published rather than a refusal or a second revision (issue 9).
	 * @param correction the correction as confirmed
	 */
	@Transactional(readOnly = true)
	public Optional<PublicationView> publishedCorrection(long cycleId, CorrectScore correction) {
		CycleView cycle = cycle(cycleId);
		String reason = org.parindex.platform.Text.normalize(correction.reason()).strip();
		IndexSetView set = this.methodology.find(cycle.indexSetId()).orElseThrow();
		CorrectScore asPoints = figuresAsPoints(set, correction);
		return this.publications.latest(cycle.indexSetId())
			.filter((latest) -> latest.reason().equals(reason))
			.filter((latest) -> latest.correction().filter((c) -> sameCorrection(c, asPoints)).isPresent());
	}

	/**
	 * A correction by figures as the points its criterion's rule gives for them (as is
	 * when it has no figures or they do not score).
	 */
	private static CorrectScore figuresAsPoints(IndexSetView set, CorrectScore correction) {
		if (correction.figures().isEmpty()) {
			return correction;
		}
		return set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.code().equals(correction.code()))
			.findFirst()
			.map((leaf) -> leaf.rule().evaluate(leaf.code(), leaf.maxPoints(), correction.figures()))
			.filter(org.parindex.engine.Evaluation::valid)
			.map((evaluation) -> new CorrectScore(correction.unitId(), correction.part(), correction.leafCode(),
					Optional.of(evaluation.points()), Optional.empty(), correction.reason()))
			.orElse(correction);
	}

	private static boolean sameCorrection(PublicationView.Correction published, CorrectScore correction) {
		if (published.unitId() != correction.unitId() || published.part() != correction.part()
				|| !published.leafCode().equals(correction.code()) || published.newPoints() == null) {
			return false;
		}
		// a yes/no criterion publishes its maximum for Đạt, 0 for Không đạt
		return correction.met()
			.map((met) -> met == (published.newPoints().signum() > 0))
			.orElseGet(() -> correction.points().map((p) -> p.compareTo(published.newPoints()) == 0).orElse(false));
	}

	private static BigDecimal leafPoints(List<PublishedUnit.Node> nodes, String leafCode) {
		return nodes.stream()
			.filter((node) -> node.code().equals(leafCode))
			.map(PublishedUnit.Node::points)
			.findFirst()
			.orElse(null);
	}

	/** The revisions of a set's publication, oldest first (empty until published). */
	@Transactional(readOnly = true)
	public List<PublicationView> revisions(long indexSetId) {
		return this.publications.publications(indexSetId);
	}

	/**
	 * The criteria whose published points a revision changed from the revision before,
	 * leaf by leaf (old → new points, with the corrected figures of a correction by
	 * figures), in the tree's order; empty for the first revision (issue 9, rev9).
	 * @throws NotFoundException for a revision that does not exist
	 */
	@Transactional(readOnly = true)
	public List<RevisionCriterion> changedCriteria(long indexSetId, int revision) {
		PublicationView shown = this.publications.publication(indexSetId, revision)
			.orElseThrow(() -> new NotFoundException("publication.revision.unknown", revision));
		Optional<PublicationView> before = this.publications.publication(indexSetId, revision - 1);
		if (before.isEmpty()) {
			return List.of();
		}
		IndexSetView set = this.methodology.find(indexSetId).orElseThrow();
		Map<String, org.parindex.methodology.NodeView> leaves = new LinkedHashMap<>();
		set.nodes().stream().filter(org.parindex.methodology.NodeView::isLeaf).forEach((n) -> leaves.put(n.code(), n));
		Map<Long, PublishedResultView> earlier = new HashMap<>();
		this.publications.results(before.get().id()).forEach((r) -> earlier.put(r.unitId(), r));
		List<RevisionCriterion> changed = new ArrayList<>();
		for (PublishedResultView result : this.publications.results(shown.id())) {
			PublishedResultView was = earlier.get(result.unitId());
			// a revision changes the criteria of the units whose parts it changed
			if (was == null || (was.appraisal().compareTo(result.appraisal()) == 0
					&& was.survey().compareTo(result.survey()) == 0 && !correctedUnit(shown, result.unitId()))) {
				continue;
			}
			Map<String, PublishedUnit.Node> old = new HashMap<>();
			this.publications.nodes(before.get().id(), result.unitId()).forEach((node) -> old.put(node.code(), node));
			Map<String, PublishedUnit.Node> now = new HashMap<>();
			this.publications.nodes(shown.id(), result.unitId()).forEach((node) -> now.put(node.code(), node));
			for (org.parindex.methodology.NodeView leaf : leaves.values()) {
				PublishedUnit.Node a = old.get(leaf.code());
				PublishedUnit.Node b = now.get(leaf.code());
				if (a == null || b == null || a.points().compareTo(b.points()) == 0) {
					continue;
				}
				Map<String, BigDecimal> figures = b.correctedInputs().equals(a.correctedInputs()) ? Map.of()
						: ordered(set, leaf.code(), b.correctedInputs());
				changed.add(new RevisionCriterion(result.unitId(), result.unitName(), leaf.code(), leaf.name(),
						a.points(), b.points(), figures));
			}
		}
		return changed;
	}

	private static boolean correctedUnit(PublicationView revision, long unitId) {
		return revision.correction().filter((c) -> c.unitId() == unitId).isPresent();
	}

	/** Figures in the order the leaf's rule names its inputs. */
	private static Map<String, BigDecimal> ordered(IndexSetView set, String code, Map<String, BigDecimal> figures) {
		Map<String, BigDecimal> ordered = new LinkedHashMap<>();
		set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.code().equals(code))
			.findFirst()
			.ifPresent((leaf) -> leaf.rule()
				.inputNames()
				.stream()
				.filter(figures::containsKey)
				.forEach((n) -> ordered.put(n, figures.get(n))));
		figures.forEach(ordered::putIfAbsent);
		return ordered;
	}

	/**
	 * The results as a revision published them.
	 * @throws NotFoundException for a revision that does not exist
	 */
	@Transactional(readOnly = true)
	public List<PublishedResultView> results(long indexSetId, int revision) {
		PublicationView publication = this.publications.publication(indexSetId, revision)
			.orElseThrow(() -> new NotFoundException("publication.revision.unknown", revision));
		return this.publications.results(publication.id());
	}

	/**
	 * The set's results as scored now, unit by unit and node by node, as a publication
	 * keeps them.
	 */
	List<PublishedUnit> scoredNow(IndexSetView set) {
		IndexResults results = this.scoring.results(set.year(), set.unitGroupId())
			.orElseThrow(() -> new PublicationException("publication.no-results", set.year()));
		Map<Long, Map<String, LeafEntryView>> entries = new HashMap<>();
		for (LeafEntryView entry : this.assessment.entries(set.id())) {
			entries.computeIfAbsent(entry.unitId(), (unit) -> new HashMap<>()).put(entry.leafCode(), entry);
		}
		// a survey leaf publishes the number of valid answers and the answers per option
		// its mean rests on (the mean itself is in its points)
		Map<Long, Map<String, Map<String, BigDecimal>>> surveyInputs = new HashMap<>();
		// and the survey contractors who supplied part of them, by name as recorded
		Map<Long, Map<String, String>> contractors = new HashMap<>();
		this.survey.results(set.id()).forEach((result) -> {
			if (result.contractorRespondents() > 0 && !result.contractors().isEmpty()) {
				contractors.computeIfAbsent(result.unitId(), (unit) -> new HashMap<>())
					.put(result.leafCode(), result.contractors());
			}
			Map<String, BigDecimal> inputs = surveyInputs.computeIfAbsent(result.unitId(), (unit) -> new HashMap<>())
				.computeIfAbsent(result.leafCode(), (leaf) -> new LinkedHashMap<>());
			inputs.put(SurveyAnswers.RESPONDENTS, BigDecimal.valueOf(result.respondents()));
			if (result.contractorRespondents() > 0) {
				inputs.put(SurveyAnswers.CONTRACTOR, BigDecimal.valueOf(result.contractorRespondents()));
			}
		});
		this.survey.answers(set.id())
			.forEach((unit,
					leaves) -> leaves.forEach((leaf, answers) -> answers
						.forEach((label, count) -> surveyInputs.computeIfAbsent(unit, (u) -> new HashMap<>())
							.computeIfAbsent(leaf, (l) -> new LinkedHashMap<>())
							.put(SurveyAnswers.OPTION + label, BigDecimal.valueOf(count)))));
		Map<Long, Map<String, ScoreOverride>> corrected = this.assessment.surveyCorrections(set.id());
		// a criterion corrected by its figures publishes the corrected figures beside the
		// points they give, not the unit's own (issue 9)
		Map<Long, Map<String, Map<String, BigDecimal>>> figures = this.assessment.correctedFigures(set.id());
		List<PublishedUnit> units = new ArrayList<>();
		for (UnitStanding standing : results.standings()) {
			List<PublishedUnit.Node> nodes = new ArrayList<>();
			Map<String, LeafEntryView> leaves = entries.getOrDefault(standing.unit().id(), Map.of());
			Map<String, Map<String, BigDecimal>> surveyed = surveyInputs.getOrDefault(standing.unit().id(), Map.of());
			Map<String, String> named = contractors.getOrDefault(standing.unit().id(), Map.of());
			Map<String, ScoreOverride> surveyCorrected = corrected.getOrDefault(standing.unit().id(), Map.of());
			Map<String, Map<String, BigDecimal>> correctedFigures = figures.getOrDefault(standing.unit().id(),
					Map.of());
			standing.result()
				.areas()
				.forEach((area) -> collect(area, leaves, surveyed, named, surveyCorrected, correctedFigures, nodes));
			units.add(new PublishedUnit(row(standing), standing.result().bonus().claimed(),
					standing.result().deduction().claimed(), standing.result().classification(), nodes));
		}
		return units;
	}

	private PublicationView snapshot(IndexSetView set, int revision, String by, String reason, OffsetDateTime at) {
		return snapshot(set, revision, by, reason, Optional.empty(), scoredNow(set), at);
	}

	private PublicationView snapshot(IndexSetView set, int revision, String by, String reason,
			Optional<PublicationView.Correction> correction, List<PublishedUnit> units, OffsetDateTime at) {
		long id;
		try {
			id = this.publications.insert(set.id(), revision, at, by, reason, correction, units, approvedItems(set));
		}
		catch (DuplicateKeyException ex) {
			// published by someone else at the same moment; the transaction may be
			// unusable now
			throw new PublicationException("publication.already", set.year());
		}
		this.events.publishEvent(AuditableChange.of("publication", set.id() + "/" + revision,
				(revision == 1) ? "published" : "corrected", "", "revision=" + revision + "; units=" + units.size(),
				reason));
		return this.publications.publication(set.id(), revision).filter((p) -> p.id() == id).orElseThrow();
	}

	/**
	 * The approved bonus and deduction items of the set's cycle as they count now: what a
	 * revision freezes with its results.
	 */
	private List<PublishedAdjustment> approvedItems(IndexSetView set) {
		return this.cycles.findForSet(set.id())
			.map((cycle) -> this.appraisal.adjustments(cycle.id())
				.stream()
				.filter((item) -> item.status() == AdjustmentStatus.APPROVED)
				// an imported year's bonus and deduction carry the import's mark, not a
				// reason: published without one (walk of issue 12)
				.map((item) -> new PublishedAdjustment(item.id(), item.unitId(), item.kind(), item.points(),
						PastYearImport.REASON.equals(item.reason()) ? "" : item.reason(), item.evidence()))
				.toList())
			.orElse(List.of());
	}

	/**
	 * A unit's approved bonus and deduction items as a revision published them (frozen
	 * with it; issue 9, rev9), in the ledger's order.
	 */
	@Transactional(readOnly = true)
	public List<PublishedAdjustment> adjustments(PublicationView publication, long unitId) {
		return this.publications.adjustments(publication.id(), unitId);
	}

	private static void collect(NodeResult node, Map<String, LeafEntryView> leaves,
			Map<String, Map<String, BigDecimal>> surveyed, Map<String, String> contractors,
			Map<String, ScoreOverride> surveyCorrected, Map<String, Map<String, BigDecimal>> correctedFigures,
			List<PublishedUnit.Node> nodes) {
		// a leaf that did not count (never submitted, never appraised) publishes no
		// inputs
		boolean counted = node.isLeaf() && node.status() != LeafStatus.NOT_ENTERED;
		Optional<LeafEntryView> entry = counted ? Optional.ofNullable(leaves.get(node.code())) : Optional.empty();
		Map<String, BigDecimal> inputs = entry.map(LeafEntryView::inputs)
			.orElse(counted ? surveyed.getOrDefault(node.code(), Map.of()) : Map.of());
		Map<String, BigDecimal> figures = entry.isPresent() ? correctedFigures.getOrDefault(node.code(), Map.of())
				: Map.of();
		// a public reason is printed only where the leaf lost points
		// (PublicReasonView.printed): a reason reviewed while the score was lower is not
		// printed beside a score later raised to the maximum
		boolean lost = node.lostPoints().signum() > 0;
		// a survey criterion corrected after publication publishes its corrected points
		// with the correction's reason
		Optional<ScoreOverride> corrected = node.isLeaf() ? Optional.ofNullable(surveyCorrected.get(node.code()))
				: Optional.empty();
		Optional<ScoreOverride> override = entry.flatMap(LeafEntryView::publishedOverride)
			.or(() -> corrected)
			.map((o) -> lost ? o : new ScoreOverride(o.points(), ""));
		String surveyContractors = (counted && entry.isEmpty()) ? contractors.getOrDefault(node.code(), "") : "";
		String reason = entry.map(LeafEntryView::publicReason).orElse(corrected.map(ScoreOverride::reason).orElse(""));
		nodes.add(new PublishedUnit.Node(node.code(), node.points(), node.status(), override, lost ? reason : "",
				inputs, surveyContractors, figures));
		node.children()
			.forEach(
					(child) -> collect(child, leaves, surveyed, contractors, surveyCorrected, correctedFigures, nodes));
	}

	/** Whether the set's criterion with this code is scored yes/no (Đạt/Không đạt). */
	private static boolean yesNo(IndexSetView set, String leafCode) {
		return set.definition()
			.leaves()
			.stream()
			.anyMatch((leaf) -> leaf.code().equals(leafCode) && leaf.rule().type() == RuleType.YES_NO);
	}

	private static PublishedResultView row(UnitStanding standing) {
		return new PublishedResultView(standing.unit().id(), standing.unit().name(),
				standing.result().component(Component.APPRAISAL), standing.result().component(Component.SURVEY),
				standing.result().bonus().applied(), standing.result().deduction().applied(), standing.result().total(),
				standing.rank().rank(), standing.rank().unitCount(), standing.submitted());
	}

	private CycleView cycle(long cycleId) {
		return this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle.unknown", cycleId));
	}

	private static void requireParOffice(Actor actor) {
		if (!actor.hasRole("PAR_OFFICE")) {
			throw new PublicationException("publication.par-office-only");
		}
	}

}
