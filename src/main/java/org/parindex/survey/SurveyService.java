package org.parindex.survey;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.parindex.engine.Component;
import org.parindex.engine.Leaf;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Survey results per unit and survey leaf. */
@Service
@Validated
public class SurveyService {

	private final JdbcClient jdbc;

	private final MethodologyService methodology;

	private final ApplicationEventPublisher events;

	SurveyService(JdbcClient jdbc, MethodologyService methodology, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
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
			int updated = this.jdbc.sql("""
					update survey_leaf_result set respondents = ?, mean = ?
					where index_set_id = ? and unit_id = ? and leaf_code = ?
					""")
				.params(result.respondents(), result.mean(), set.id(), command.unitId(), result.leafCode())
				.update();
			if (updated == 0) {
				this.jdbc.sql("""
						insert into survey_leaf_result (index_set_id, unit_id, leaf_code, respondents, mean)
						values (?, ?, ?, ?, ?)
						""")
					.params(set.id(), command.unitId(), result.leafCode(), result.respondents(), result.mean())
					.update();
			}
		}
		this.events.publishEvent(new SurveyResultsRecorded(set.id(), command.unitId()));
	}

	/** Every survey result under the set, all units. */
	@Transactional(readOnly = true)
	public List<SurveyLeafResultView> results(long indexSetId) {
		return this.jdbc.sql("""
				select unit_id, leaf_code, respondents, mean from survey_leaf_result
				where index_set_id = ? order by unit_id, id
				""")
			.param(indexSetId)
			.query((row, rowNum) -> new SurveyLeafResultView(row.getLong("unit_id"), row.getString("leaf_code"),
					row.getInt("respondents"), row.getBigDecimal("mean")))
			.list();
	}

}
