package org.parindex.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.parindex.engine.Component;
import org.parindex.engine.SurveyMean;
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
 * answers are counted in SQL (one grouped query per set), the means taken in exact
 * decimals ({@link SurveyMean}). The points reach the year's results only when recorded
 * ({@link #record(long)}), through {@link SurveyService#recordResults} and so under the
 * cycle's rules: refused once the council approved or the year was published.
 */
@Service
public class SurveyPointsService {

	private final JdbcClient jdbc;

	private final MethodologyService methodology;

	private final SurveyService results;

	private final ApplicationEventPublisher events;

	SurveyPointsService(JdbcClient jdbc, MethodologyService methodology, SurveyService results,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.methodology = methodology;
		this.results = results;
		this.events = events;
	}

	/**
	 * The survey result of every unit with answers on every survey leaf of a set, by unit
	 * then leaf code.
	 * @throws NotFoundException for an unknown set
	 */
	@Transactional(readOnly = true)
	public List<SurveyLeafScore> compute(long indexSetId) {
		IndexSetView set = this.methodology.find(indexSetId)
			.orElseThrow(() -> new NotFoundException("methodology.index-set.unknown", indexSetId));
		Map<String, BigDecimal> maxima = new LinkedHashMap<>();
		set.definition()
			.leaves()
			.stream()
			.filter((leaf) -> leaf.component() == Component.SURVEY)
			.forEach((leaf) -> maxima.put(leaf.code(), leaf.maxPoints()));
		// unit → leaf → form → tally
		Map<Long, Map<String, Map<Long, Tally>>> tallies = new TreeMap<>();
		this.jdbc.sql("""
				select r.unit_id, q.leaf_code, f.id, f.group_weight, o.label, o.weight, count(*) as answers
				from survey_answer a
				join survey_response r on r.id = a.response_id
				join survey_form f on f.id = r.form_id
				join survey_question q on q.id = a.question_id
				join survey_option o on o.id = a.option_id
				where f.index_set_id = ? and q.leaf_code is not null
				group by r.unit_id, q.leaf_code, f.id, f.group_weight, o.label, o.weight
				""").param(indexSetId).query((rs) -> {
			String leaf = rs.getString(2);
			if (!maxima.containsKey(leaf)) {
				return;
			}
			BigDecimal groupWeight = rs.getBigDecimal(4);
			Tally tally = tallies.computeIfAbsent(rs.getLong(1), (k) -> new TreeMap<>())
				.computeIfAbsent(leaf, (k) -> new TreeMap<>())
				.computeIfAbsent(rs.getLong(3), (k) -> new Tally(groupWeight));
			tally.add(rs.getString(5), rs.getBigDecimal(6), rs.getInt(7));
		});
		List<SurveyLeafScore> scores = new ArrayList<>();
		tallies.forEach((unit, leaves) -> leaves.forEach((leaf, groups) -> {
			int respondents = 0;
			Map<String, Integer> answers = new TreeMap<>();
			Set<String> excluded = new HashSet<>();
			List<SurveyMean.GroupMean> means = new ArrayList<>();
			for (Tally group : groups.values()) {
				group.answers.forEach((label, n) -> answers.merge(label, n, Integer::sum));
				excluded.addAll(group.excluded);
				respondents += group.counted;
				means.add(new SurveyMean.GroupMean(group.weight, SurveyMean.ofAnswers(group.tallies)));
			}
			BigDecimal mean = SurveyMean.acrossGroups(means).map(SurveyPointsService::stored).orElse(BigDecimal.ZERO);
			scores.add(new SurveyLeafScore(unit, leaf, respondents, mean, maxima.get(leaf).multiply(mean), answers,
					excluded));
		}));
		return scores;
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
			score.answers()
				.forEach((label, n) -> answers
					.add(new RecordSurveyResults.OptionCount(label, n, !score.excluded().contains(label))));
			byUnit.computeIfAbsent(score.unitId(), (k) -> new ArrayList<>())
				.add(new RecordSurveyResults.Result(score.leafCode(), score.respondents(), score.mean(), answers));
		}
		byUnit
			.forEach((unit, results) -> this.results.recordResults(new RecordSurveyResults(indexSetId, unit, results)));
		this.events.publishEvent(
				AuditableChange.of("survey-points", Long.toString(indexSetId), "survey-points-recorded", "", "", ""));
		return byUnit.size();
	}

	/** A mean as {@code survey_leaf_result} holds it: 10 decimals, half up. */
	private static BigDecimal stored(BigDecimal mean) {
		return mean.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	/** One respondent group's answers on one leaf about one unit. */
	private static final class Tally {

		private final BigDecimal weight;

		private final Map<String, Integer> answers = new TreeMap<>();

		private final Set<String> excluded = new HashSet<>();

		private final List<SurveyMean.AnswerTally> tallies = new ArrayList<>();

		private int counted;

		Tally(BigDecimal weight) {
			this.weight = weight;
		}

		void add(String label, BigDecimal optionWeight, int n) {
			this.answers.merge(label, n, Integer::sum);
			this.tallies.add(new SurveyMean.AnswerTally(Optional.ofNullable(optionWeight), n));
			if (optionWeight == null) {
				this.excluded.add(label);
			}
			else {
				this.counted += n;
			}
		}

	}

}
