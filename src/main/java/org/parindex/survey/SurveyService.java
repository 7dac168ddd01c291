package org.parindex.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.parindex.assessment.CycleService;
import org.parindex.assessment.SurveyProgress;
import org.parindex.assessment.WorkflowException;
import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Survey results per unit and survey leaf. Results are part of the year's results, so
 * they are recorded through the year's cycle: only while it is open (not approved by the
 * council, not published), with the cycle locked against approval meanwhile.
 */
@Service
@Validated
public class SurveyService implements SurveyProgress {

	private final SurveyRepository repository;

	private final MethodologyService methodology;

	private final CycleService cycles;

	private final ApplicationEventPublisher events;

	SurveyService(SurveyRepository repository, MethodologyService methodology, CycleService cycles,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.methodology = methodology;
		this.cycles = cycles;
		this.events = events;
	}

	/**
	 * Records a unit's results, all or nothing.
	 * @throws NotFoundException for an unknown index set
	 * @throws WorkflowException for a leaf that is not one of its survey leaves
	 * ({@code survey.leaf.unknown}), when the set has no cycle, or once its year is
	 * approved or published
	 */
	@Transactional
	public void recordResults(@Valid RecordSurveyResults command) {
		IndexSetView set = this.methodology.find(command.indexSetId())
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", command.indexSetId()));
		Set<String> surveyLeaves = set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.map(Leaf::code)
			.collect(Collectors.toSet());
		for (RecordSurveyResults.Result result : command.results()) {
			if (!surveyLeaves.contains(result.leafCode())) {
				throw new WorkflowException("survey.leaf.unknown", result.leafCode());
			}
		}
		this.cycles.requireResultsOpen(set.id());
		for (RecordSurveyResults.Result result : command.results()) {
			this.repository.save(set.id(), command.unitId(), result.leafCode(), result.respondents(),
					Math.min(result.contractorRespondents(), result.respondents()), result.mean(),
					(result.contractorRespondents() > 0)
							? String.join(SurveyLeafResultView.SEPARATOR, result.contractors()) : "");
			this.repository.saveAnswers(set.id(), command.unitId(), result.leafCode(), result.answers());
		}
		this.events.publishEvent(new SurveyResultsRecorded(set.id(), command.unitId()));
	}

	/** Every survey result under the set, all units. */
	@Transactional(readOnly = true)
	public List<SurveyLeafResultView> results(long indexSetId) {
		return this.repository.results(indexSetId);
	}

	/**
	 * How each unit's answers on each survey leaf fell over the options: unit, then leaf
	 * code, then option label to number of answers; units and leaves recorded only by
	 * their mean are absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, Map<String, Integer>>> answers(long indexSetId) {
		return this.repository.answers(indexSetId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Integer> surveyedLeaves(long indexSetId) {
		Map<Long, Integer> counts = new HashMap<>();
		this.repository.results(indexSetId).forEach((result) -> counts.merge(result.unitId(), 1, Integer::sum));
		return counts;
	}

}
