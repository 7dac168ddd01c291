package org.parindex.survey;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Survey results per unit and survey leaf. */
@Service
@Validated
public class SurveyService {

	private final SurveyRepository repository;

	private final MethodologyService methodology;

	private final ApplicationEventPublisher events;

	SurveyService(SurveyRepository repository, MethodologyService methodology, ApplicationEventPublisher events) {
		this.repository = repository;
		this.methodology = methodology;
		this.events = events;
	}

	/**
	 * Records a unit's results, all or nothing.
	 * @throws IllegalArgumentException for an unknown index set or a leaf that is not one
	 * of its survey leaves
	 */
	@Transactional
	public void recordResults(@Valid RecordSurveyResults command) {
		IndexSetView set = this.methodology.find(command.indexSetId())
			.orElseThrow(() -> new IllegalArgumentException("No index set " + command.indexSetId()));
		Set<String> surveyLeaves = set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.map(Leaf::code)
			.collect(Collectors.toSet());
		for (RecordSurveyResults.Result result : command.results()) {
			if (!surveyLeaves.contains(result.leafCode())) {
				throw new IllegalArgumentException("Not a survey leaf of set " + set.id() + ": " + result.leafCode());
			}
		}
		for (RecordSurveyResults.Result result : command.results()) {
			this.repository.save(set.id(), command.unitId(), result.leafCode(), result.respondents(), result.mean());
		}
		this.events.publishEvent(new SurveyResultsRecorded(set.id(), command.unitId()));
	}

	/** Every survey result under the set, all units. */
	@Transactional(readOnly = true)
	public List<SurveyLeafResultView> results(long indexSetId) {
		return this.repository.results(indexSetId);
	}

}
