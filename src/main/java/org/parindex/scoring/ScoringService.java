package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parindex.assessment.AdjustmentKind;
import org.parindex.assessment.AdjustmentView;
import org.parindex.assessment.AssessmentService;
import org.parindex.assessment.LeafEntryView;
import org.parindex.engine.Change;
import org.parindex.engine.LeafInputs;
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
import org.parindex.organization.UnitView;
import org.parindex.survey.SurveyLeafResultView;
import org.parindex.survey.SurveyService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores a year's index for a unit group. A unit takes part in a year when anything was
 * recorded for it under that year's set; the ranking is over those units.
 */
@Service
public class ScoringService {

	private final MethodologyService methodology;

	private final OrganizationService organization;

	private final AssessmentService assessment;

	private final SurveyService survey;

	ScoringService(MethodologyService methodology, OrganizationService organization, AssessmentService assessment,
			SurveyService survey) {
		this.methodology = methodology;
		this.organization = organization;
		this.assessment = assessment;
		this.survey = survey;
	}

	/** The results of the unit group's set of that year, if there is one. */
	@Transactional(readOnly = true)
	public Optional<IndexResults> results(int year, long unitGroupId) {
		return this.methodology.find(year, unitGroupId).map(this::results);
	}

	/** The results under a set, compared with the same group's set of the year before. */
	@Transactional(readOnly = true)
	public IndexResults results(IndexSetView set) {
		List<Scored> current = score(set);
		Map<Long, Scored> previous = new HashMap<>();
		Optional<IndexSetView> previousSet = this.methodology.previous(set);
		previousSet.ifPresent((earlier) -> score(earlier).forEach((scored) -> previous.put(scored.unit.id(), scored)));
		List<UnitStanding> standings = new ArrayList<>(current.size());
		for (Scored scored : current) {
			Optional<PreviousStanding> before = Optional.ofNullable(previous.get(scored.unit.id()))
				.map((earlier) -> new PreviousStanding(previousSet.get().year(), earlier.result.total(),
						earlier.rank.rank(), earlier.rank.unitCount(), Change.between(earlier.result.total(),
								earlier.rank.rank(), scored.result.total(), scored.rank.rank())));
			standings.add(new UnitStanding(scored.unit, scored.result, scored.rank, before));
		}
		return new IndexResults(set, standings, previousSet.map(IndexSetView::year));
	}

	private List<Scored> score(IndexSetView set) {
		Map<Long, UnitView> units = new LinkedHashMap<>();
		for (UnitView unit : this.organization.unitsOf(set.unitGroupId())) {
			units.put(unit.id(), unit);
		}
		Map<Long, Map<String, LeafInputs>> leaves = new HashMap<>();
		for (LeafEntryView entry : this.assessment.entries(set.id())) {
			leaves.computeIfAbsent(entry.unitId(), (id) -> new HashMap<>()).put(entry.leafCode(), entry.toLeafInputs());
		}
		for (SurveyLeafResultView result : this.survey.results(set.id())) {
			leaves.computeIfAbsent(result.unitId(), (id) -> new HashMap<>())
				.put(result.leafCode(), LeafInputs.of(Map.of(Rule.Survey.MEAN, result.mean())));
		}
		Map<Long, List<BigDecimal>> bonus = new HashMap<>();
		Map<Long, List<BigDecimal>> deductions = new HashMap<>();
		for (AdjustmentView adjustment : this.assessment.adjustments(set.id())) {
			Map<Long, List<BigDecimal>> ledger = (adjustment.kind() == AdjustmentKind.BONUS) ? bonus : deductions;
			ledger.computeIfAbsent(adjustment.unitId(), (id) -> new ArrayList<>()).add(adjustment.points());
		}
		List<UnitView> taking = units.values()
			.stream()
			.filter((unit) -> leaves.containsKey(unit.id()) || bonus.containsKey(unit.id())
					|| deductions.containsKey(unit.id()))
			.toList();
		List<UnitInputs> inputs = taking.stream()
			.map((unit) -> new UnitInputs(unit.code(), leaves.getOrDefault(unit.id(), Map.of()),
					bonus.getOrDefault(unit.id(), List.of()), deductions.getOrDefault(unit.id(), List.of())))
			.toList();
		List<UnitResult> results = Scorer.scoreAll(set.definition(), inputs);
		Map<String, UnitResult> byCode = new HashMap<>();
		List<Standing> standings = new ArrayList<>(results.size());
		for (UnitResult result : results) {
			byCode.put(result.unitKey(), result);
			standings.add(new Standing(result.unitKey(), result.total()));
		}
		Map<String, UnitView> unitsByCode = new HashMap<>();
		taking.forEach((unit) -> unitsByCode.put(unit.code(), unit));
		List<Scored> scored = new ArrayList<>(results.size());
		for (RankedUnit rank : Ranking.rank(standings, set.definition().tieRule())) {
			scored.add(new Scored(unitsByCode.get(rank.unitKey()), byCode.get(rank.unitKey()), rank));
		}
		return scored;
	}

	private record Scored(UnitView unit, UnitResult result, RankedUnit rank) {

	}

}
