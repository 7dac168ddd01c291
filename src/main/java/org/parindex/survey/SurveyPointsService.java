package org.parindex.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.parindex.engine.Component;
import org.parindex.engine.RankUncertainty;
import org.parindex.methodology.IndexSetView;
import org.parindex.methodology.MethodologyService;
import org.parindex.platform.AuditableChange;
import org.parindex.platform.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the survey's answers into survey points (DESIGN.md §3, "Survey points"): for each
 * unit and survey leaf, each respondent group's (form's) mean of its valid answers'
 * option weights ("không biết" left out), then the mean of the groups' means weighted by
 * the groups' weights, over the groups that answered; score = leaf maximum × mean. The
 * contractors' tables join in: rows per question of a form join that form's group, rows
 * per leaf make a group of their own per contractor ({@link SurveyLeafPool};
 * {@code docs/scoring.md}, "Survey points"). The province's answers are counted in SQL
 * (one grouped query per set), the means taken in exact decimals
 * ({@link org.parindex.engine.SurveyMean}). The points reach the year's results only when
 * recorded ({@link #record(long)}), through {@link SurveyService#recordResults} and so
 * under the cycle's rules: refused once the council approved or the year was published.
 */
@Service
public class SurveyPointsService {

	private final JdbcClient jdbc;

	private final MethodologyService methodology;

	private final SurveyService results;

	private final ContractorResultRepository contractors;

	private final ApplicationEventPublisher events;

	SurveyPointsService(JdbcClient jdbc, MethodologyService methodology, SurveyService results,
			ContractorResultRepository contractors, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.methodology = methodology;
		this.results = results;
		this.contractors = contractors;
		this.events = events;
	}

	/**
	 * The survey result of every unit with answers on every survey leaf of a set, by unit
	 * then leaf code: the province's own responses and the contractors' tables pooled by
	 * respondent group ({@link SurveyLeafPool}).
	 * @throws NotFoundException for an unknown set
	 */
	@Transactional(readOnly = true)
	public List<SurveyLeafScore> compute(long indexSetId) {
		Pooled pooled = pool(indexSetId);
		List<SurveyLeafScore> scores = new ArrayList<>();
		pooled.pools()
			.forEach((unit, leaves) -> leaves
				.forEach((leaf, pool) -> scores.add(pool.score(unit, leaf, pooled.maxima().get(leaf)))));
		return scores;
	}

	/**
	 * The answers behind every unit's survey points on a set, as the rank bootstrap draws
	 * them again ({@link org.parindex.engine.RankUncertainty}; issue 12, item 5): per
	 * unit and survey leaf, each respondent group's answers per option, pooled exactly as
	 * {@link #compute(long)} pools them, with the points they give now. A contractor's
	 * mean without counts is one tally of its respondents all giving that mean, so a
	 * group made of it alone is held fixed (its spread is not known).
	 * @return by unit id, the units with answers only
	 * @throws NotFoundException for an unknown set
	 */
	@Transactional(readOnly = true)
	public Map<Long, SurveySample> samples(long indexSetId) {
		Pooled pooled = pool(indexSetId);
		Map<Long, SurveySample> samples = new TreeMap<>();
		pooled.pools().forEach((unit, leaves) -> {
			BigDecimal points = BigDecimal.ZERO;
			List<RankUncertainty.LeafSample> sampled = new ArrayList<>();
			for (Map.Entry<String, SurveyLeafPool> leaf : leaves.entrySet()) {
				BigDecimal max = pooled.maxima().get(leaf.getKey());
				points = points.add(leaf.getValue().score(unit, leaf.getKey(), max).points());
				sampled.add(leaf.getValue().sample(max));
			}
			samples.put(unit, new SurveySample(unit, points, sampled));
		});
		return samples;
	}

	private Pooled pool(long indexSetId) {
		IndexSetView set = this.methodology.find(indexSetId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", indexSetId));
		Map<String, BigDecimal> maxima = new LinkedHashMap<>();
		set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.forEach((leaf) -> maxima.put(leaf.code(), leaf.maxPoints()));
		// unit → leaf → pooled answers
		Map<Long, Map<String, SurveyLeafPool>> pools = new TreeMap<>();
		Map<String, BigDecimal> formWeights = new HashMap<>();
		this.jdbc.sql("select code, group_weight from survey_form where index_set_id = ?")
			.param(indexSetId)
			.query((rs) -> {
				formWeights.put(rs.getString(1), rs.getBigDecimal(2));
			});
		this.jdbc.sql("""
				select r.unit_id, q.leaf_code, f.code, f.group_weight, o.label, o.weight, count(*) as answers
				from survey_answer a
				join survey_response r on r.id = a.response_id
				join survey_form f on f.id = r.form_id
				join survey_question q on q.id = a.question_id
				join survey_option o on o.id = a.option_id
				where f.index_set_id = ? and q.leaf_code is not null and r.set_aside_reason is null
				group by r.unit_id, q.leaf_code, f.code, f.group_weight, o.label, o.weight
				""").param(indexSetId).query((rs) -> {
			String leaf = rs.getString(2);
			if (maxima.containsKey(leaf)) {
				pool(pools, rs.getLong(1), leaf).own(rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
						rs.getBigDecimal(6), rs.getInt(7));
			}
		});
		for (ContractorRowView row : this.contractors.rows(indexSetId)) {
			if (maxima.containsKey(row.leafCode())) {
				pool(pools, row.unitId(), row.leafCode()).contractor(row,
						Optional.ofNullable((row.formCode() != null) ? formWeights.get(row.formCode()) : null));
			}
		}
		return new Pooled(maxima, pools);
	}

	/** Survey leaves' maxima, and the pooled answers by unit then leaf. */
	private record Pooled(Map<String, BigDecimal> maxima, Map<Long, Map<String, SurveyLeafPool>> pools) {

	}

	/**
	 * The respondent groups (forms) whose stored responses about a unit are fewer than
	 * the sample target set for it on the form's invitations page (the minimum sample,
	 * {@code survey_target}): their mean rests on fewer answers than the margin of error
	 * asked for, so the points page warns before recording them. Units and forms without
	 * a target are not listed.
	 * @return by unit id, then form code
	 */
	@Transactional(readOnly = true)
	public List<SampleShortfall> shortfalls(long indexSetId) {
		return this.jdbc.sql("""
				select t.unit_id, f.code, f.respondent_group, t.respondents,
				(select count(*) from survey_response r where r.form_id = f.id and r.unit_id = t.unit_id
				 and r.set_aside_reason is null) as responses
				from survey_target t join survey_form f on f.id = t.form_id
				where f.index_set_id = ?
				order by t.unit_id, f.code
				""")
			.param(indexSetId)
			.query((rs, n) -> new SampleShortfall(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(5),
					rs.getInt(4)))
			.list()
			.stream()
			.filter((s) -> s.responses() < s.target())
			.toList();
	}

	private static SurveyLeafPool pool(Map<Long, Map<String, SurveyLeafPool>> pools, long unit, String leaf) {
		return pools.computeIfAbsent(unit, (k) -> new TreeMap<>()).computeIfAbsent(leaf, (k) -> new SurveyLeafPool());
	}

	/**
	 * Records the computed survey results of every unit with answers into the year's
	 * results, all or nothing, and audits it.
	 * @return how many units' results were recorded
	 * @throws NotFoundException for an unknown set
	 * @throws org.parindex.assessment.WorkflowException when the set has no cycle, or its
	 * year is approved or published
	 */
	@Transactional
	public int record(long indexSetId) {
		List<SurveyLeafScore> scores = compute(indexSetId);
		Map<Long, List<RecordSurveyResults.Result>> byUnit = new TreeMap<>();
		for (SurveyLeafScore score : scores) {
			List<RecordSurveyResults.OptionCount> answers = new ArrayList<>();
			// the spread of the province's own answers; the contractors' part is said
			// apart
			score.ownOptions()
				.forEach((label, n) -> answers
					.add(new RecordSurveyResults.OptionCount(label, n, !score.excluded().contains(label))));
			byUnit.computeIfAbsent(score.unitId(), (k) -> new ArrayList<>())
				.add(new RecordSurveyResults.Result(score.leafCode(), score.respondents(), score.contractorAnswers(),
						score.mean(), answers, score.contractors()));
		}
		byUnit
			.forEach((unit, results) -> this.results.recordResults(new RecordSurveyResults(indexSetId, unit, results)));
		this.events.publishEvent(
				AuditableChange.of("survey-points", Long.toString(indexSetId), "survey-points-recorded", "", "", ""));
		return byUnit.size();
	}

}
