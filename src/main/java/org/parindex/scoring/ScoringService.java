package org.parindex.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.parindex.assessment.AdjustmentKind;
import org.parindex.assessment.AdjustmentView;
import org.parindex.assessment.AssessmentService;
import org.parindex.assessment.DossierSubmission;
import org.parindex.assessment.LeafEntryView;
import org.parindex.assessment.NotApplicableService;
import org.parindex.engine.Comparability;
import org.parindex.engine.LeafInputs;
import org.parindex.engine.ScoreOverride;
import org.parindex.engine.RankedUnit;
import org.parindex.engine.Ranking;
import org.parindex.engine.Rule;
import org.parindex.engine.Scorer;
import org.parindex.engine.Standing;
import org.parindex.engine.UnitInputs;
import org.parindex.engine.UnitResult;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.organization.OrganizationService;
import org.parindex.organization.UnitLineage;
import org.parindex.organization.UnitView;
import org.parindex.survey.SurveyAnswers;
import org.parindex.survey.SurveyLeafResultView;
import org.parindex.survey.SurveyService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Scores a year's index for a unit group. Every unit of the group at the end of that year
 * takes part (and any unit with something recorded under the year's set): a unit that
 * never submitted its self-assessment is scored on what an appraiser scored, zero
 * elsewhere, and marked as such, never left out (docs/scoring.md). Units are named as
 * they were at the end of that year (a unit renamed since keeps its old name in old
 * results). The year before is compared with only when its ranking is
 * {@link Comparability comparable}, and through each unit's history
 * ({@link YearOverYear}): a unit reestablished under a new code compares with its
 * predecessor, a merged or split unit is not compared but shows its predecessors'
 * results.
 * <p>
 * Scored results are kept in memory per index set and reused while the set's
 * {@link ResultRevisions revision} is unchanged, so reading a ranking costs two small
 * queries instead of rescoring every unit; any change to entries, survey results or
 * adjustments raises the revision and the next read rescores.
 */
@Service
public class ScoringService {

	/**
	 * More sets than a province keeps years and unit groups for; beyond it the cache
	 * starts over.
	 */
	private static final int CACHED_SETS = 64;

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final AssessmentService assessment;

	private final SurveyService survey;

	private final ResultRevisions revisions;

	private final Map<Long, ScoredSet> cache = new ConcurrentHashMap<>();

	private final NotApplicableService notApplicable;

	ScoringService(MethodologyService methodology, OrganizationService organization, AssessmentService assessment,
			SurveyService survey, ResultRevisions revisions, NotApplicableService notApplicable) {
		this.notApplicable = notApplicable;
		this.methodology = methodology;
		this.organization = organization;
		this.assessment = assessment;
		this.survey = survey;
		this.revisions = revisions;
	}

	/**
	 * The results of the unit group's set of that year, compared with the year before, if
	 * there is a set.
	 */
	@Transactional(readOnly = true)
	public Optional<IndexResults> results(int year, long unitGroupId) {
		return this.methodology.summary(year, unitGroupId).map((summary) -> results(scored(summary.id())));
	}

	private IndexResults results(ScoredSet current) {
		IndexSetView set = current.set();
		Map<Long, UnitView> units = new HashMap<>();
		this.organization.unitsOf(set.unitGroupId()).forEach((unit) -> units.put(unit.id(), unit));
		this.organization.unitsAsOf(set.unitGroupId(), LocalDate.of(set.year(), 12, 31))
			.forEach((unit) -> units.put(unit.id(), unit));
		UnitLineage lineage = this.organization.lineage(set.unitGroupId());
		Optional<ScoredSet> earlierSet = this.methodology.summary(set.year() - 1, set.unitGroupId())
			.map((summary) -> scored(summary.id()));
		Optional<ScoredSet> previousSet = earlierSet
			.filter((earlier) -> Comparability.comparable(submitted(lineage, earlier), submitted(lineage, current)));
		Map<Long, YearOverYear.Earlier> previous = new HashMap<>();
		earlierSet.ifPresent((earlier) -> earlier.units()
			.stream()
			.filter(ScoredUnit::submitted)
			.forEach((unit) -> previous.put(unit.unitId(),
					new YearOverYear.Earlier(unit.result().total(), unit.rank().rank(), unit.rank().unitCount()))));
		Map<Long, UnitView> earlierNames = new HashMap<>();
		if (earlierSet.isPresent()) {
			this.organization.unitsAsOf(set.unitGroupId(), LocalDate.of(set.year() - 1, 12, 31))
				.forEach((unit) -> earlierNames.put(unit.id(), unit));
		}
		List<UnitStanding> standings = new ArrayList<>(current.units().size());
		for (ScoredUnit scored : current.units()) {
			YearOverYear.Comparison comparison = YearOverYear.compare(lineage, set.year(), scored.unitId(),
					scored.result().total(), scored.rank().rank(), previousSet.isPresent() && scored.submitted(),
					previous, earlierNames);
			standings.add(new UnitStanding(units.get(scored.unitId()), scored.result(), scored.rank(),
					comparison.previous(), scored.submitted(), comparison.predecessors()));
		}
		return new IndexResults(set, standings, previousSet.map((earlier) -> earlier.set().year()));
	}

	/**
	 * The units that took part by submitting, as keys for comparison (a re-founded unit
	 * and its predecessor share one).
	 */
	private static Set<String> submitted(UnitLineage lineage, ScoredSet set) {
		return YearOverYear.keys(lineage,
				set.units().stream().filter(ScoredUnit::submitted).map(ScoredUnit::unitId).toList());
	}

	private ScoredSet scored(long indexSetId) {
		long revision = this.revisions.current(indexSetId);
		ScoredSet cached = this.cache.get(indexSetId);
		if (cached != null && cached.revision() == revision) {
			return cached;
		}
		IndexSetView set = this.methodology.find(indexSetId).orElseThrow();
		ScoredSet scored = new ScoredSet(revision, set, score(set));
		if (writing()) {
			// scored from changes not yet committed: they may still roll back, and their
			// revision number be given to other data, so never shared with other requests
			return scored;
		}
		if (this.cache.size() >= CACHED_SETS) {
			this.cache.clear();
		}
		this.cache.put(indexSetId, scored);
		return scored;
	}

	private List<ScoredUnit> score(IndexSetView set) {
		Map<Long, DossierSubmission> submissions = this.assessment.submissions(set.id());
		Map<Long, Map<String, LeafInputs>> leaves = new HashMap<>();
		for (LeafEntryView entry : this.assessment.entries(set.id())) {
			DossierSubmission submission = submissions.get(entry.unitId());
			boolean counts = submission != null
					&& (submission.submitted() || submission.appraisedLeaves().contains(entry.leafCode()));
			// a unit that never submitted is scored on what an appraiser scored; its
			// other self-entered values were never handed in and count zero
			Map<String, LeafInputs> unitLeaves = leaves.computeIfAbsent(entry.unitId(), (id) -> new HashMap<>());
			if (counts) {
				unitLeaves.put(entry.leafCode(), entry.toLeafInputs());
			}
		}
		Map<Long, Map<String, Map<String, Integer>>> answers = this.survey.answers(set.id());
		// a survey criterion corrected after publication counts at its corrected points
		// (with the correction's own reason: a criterion corrected to its maximum has no
		// public reason, and an override without a reason scores nothing)
		Map<Long, Map<String, ScoreOverride>> corrected = this.assessment.surveyOverrides(set.id());
		for (SurveyLeafResultView result : this.survey.results(set.id())) {
			// the mean scores; the number of answers and their spread over the options
			// travel with it to the scorecard (SurveyAnswers)
			Map<String, BigDecimal> inputs = new HashMap<>();
			inputs.put(Rule.Survey.MEAN, result.mean());
			inputs.put(SurveyAnswers.RESPONDENTS, BigDecimal.valueOf(result.respondents()));
			if (result.contractorRespondents() > 0) {
				inputs.put(SurveyAnswers.CONTRACTOR, BigDecimal.valueOf(result.contractorRespondents()));
			}
			answers.getOrDefault(result.unitId(), Map.of())
				.getOrDefault(result.leafCode(), Map.of())
				.forEach((label, count) -> inputs.put(SurveyAnswers.OPTION + label, BigDecimal.valueOf(count)));
			leaves.computeIfAbsent(result.unitId(), (id) -> new HashMap<>())
				.put(result.leafCode(), new LeafInputs(inputs,
						Optional.ofNullable(corrected.getOrDefault(result.unitId(), Map.of()).get(result.leafCode()))));
		}
		corrected.forEach(
				(unit, codes) -> codes.forEach((code, override) -> leaves.computeIfAbsent(unit, (id) -> new HashMap<>())
					.putIfAbsent(code, new LeafInputs(Map.of(), Optional.of(override)))));
		Map<Long, List<BigDecimal>> bonus = new HashMap<>();
		Map<Long, List<BigDecimal>> deductions = new HashMap<>();
		for (AdjustmentView adjustment : this.assessment.adjustments(set.id())) {
			Map<Long, List<BigDecimal>> ledger = (adjustment.kind() == AdjustmentKind.BONUS) ? bonus : deductions;
			ledger.computeIfAbsent(adjustment.unitId(), (id) -> new ArrayList<>()).add(adjustment.points());
		}
		// every unit of the group at the end of the year takes part, with or without
		// anything recorded; so does a unit with something recorded that has left since
		Set<Long> participants = new HashSet<>();
		this.organization.unitsAsOf(set.unitGroupId(), LocalDate.of(set.year(), 12, 31))
			.forEach((unit) -> participants.add(unit.id()));
		participants.addAll(leaves.keySet());
		participants.addAll(bonus.keySet());
		participants.addAll(deductions.keySet());
		participants.addAll(submissions.keySet());
		Map<String, UnitView> units = new LinkedHashMap<>();
		for (UnitView unit : this.organization.unitsOf(set.unitGroupId())) {
			if (participants.contains(unit.id())) {
				units.put(unit.code(), unit);
			}
		}
		Map<Long, Set<String>> notApplicable = this.notApplicable.forSet(set.id());
		List<UnitInputs> inputs = units.values()
			.stream()
			.map((unit) -> new UnitInputs(unit.code(), leaves.getOrDefault(unit.id(), Map.of()),
					bonus.getOrDefault(unit.id(), List.of()), deductions.getOrDefault(unit.id(), List.of()),
					notApplicable.getOrDefault(unit.id(), Set.of())))
			.toList();
		List<UnitResult> results = Scorer.scoreAll(set.definition(), inputs);
		Map<String, UnitResult> byCode = new HashMap<>();
		List<Standing> standings = new ArrayList<>(results.size());
		for (UnitResult result : results) {
			byCode.put(result.unitKey(), result);
			standings.add(new Standing(result.unitKey(), result.total()));
		}
		List<ScoredUnit> scored = new ArrayList<>(results.size());
		for (RankedUnit rank : Ranking.rank(standings, set.definition().tieRule())) {
			long unitId = units.get(rank.unitKey()).id();
			boolean submitted = Optional.ofNullable(submissions.get(unitId))
				.map(DossierSubmission::submitted)
				.orElse(false);
			scored.add(new ScoredUnit(unitId, byCode.get(rank.unitKey()), rank, submitted));
		}
		return List.copyOf(scored);
	}

	/** Whether the current transaction may have written (and not yet committed). */
	private static boolean writing() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	/** A set's scored units in rank order, as of a revision. */
	private record ScoredSet(long revision, IndexSetView set, List<ScoredUnit> units) {

	}

	private record ScoredUnit(long unitId, UnitResult result, RankedUnit rank, boolean submitted) {

	}

}
