package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.Component;
import org.parindex.engine.LeafStatus;
import org.parindex.engine.Level;
import org.parindex.engine.ScoreOverride;

/**
 * A node of a unit's scorecard.
 *
 * @param depth 0 for areas, 1 for criteria, 2 for sub-criteria
 * @param maxPoints the node's maximum in the index set (points)
 * @param applicableMax the maximum of what applies to the unit (points): the maximum,
 * less the nodes under it marked not applicable; 0 for a node not applicable
 * @param component the leaf's component, empty for branches
 * @param inputs what the unit entered for a leaf
 * @param comment the appraisal comment on a leaf, empty when there is none
 * @param surveyContractors for a survey leaf, the names of the survey contractors who
 * supplied part of its answers, as published ("; " between names); empty otherwise or
 * when the revision kept no names
 * @param selfPoints for a leaf whose score the appraisers set ({@code override}), the
 * points the unit's own entry gives by the leaf's rule, shown beside the appraised score
 * ("tự chấm 0,75 → thẩm định 0,50", issue 9, appr9 F16); empty otherwise or when the unit
 * entered nothing the rule can score
 */
public record ScorecardRow(String code, Level level, int depth, String name, String nameEn, BigDecimal maxPoints,
		BigDecimal applicableMax, BigDecimal points, boolean leaf, Optional<Component> component, LeafStatus status,
		Map<String, BigDecimal> inputs, Optional<ScoreOverride> override, String comment, String surveyContractors,
		Optional<BigDecimal> selfPoints) {

	/**
	 * Points lost, out of what applies to the unit; none for a node not applicable to it.
	 */
	public BigDecimal lostPoints() {
		return notApplicable() ? BigDecimal.ZERO : this.applicableMax.subtract(this.points);
	}

	public boolean lostAny() {
		return !notApplicable() && this.points.compareTo(this.applicableMax) < 0;
	}

	/**
	 * Some of the nodes under it do not apply to the unit, so it is scored out of less.
	 */
	public boolean partlyNotApplicable() {
		return !notApplicable() && this.applicableMax.compareTo(this.maxPoints) < 0;
	}

	/** The node does not apply to the unit (marked by the PAR office). */
	public boolean notApplicable() {
		return this.status == LeafStatus.NOT_APPLICABLE;
	}

	/**
	 * For a survey leaf, the number of valid answers its mean rests on, when the answers
	 * were recorded with it.
	 */
	public Optional<Integer> surveyRespondents() {
		return org.parindex.survey.SurveyAnswers.respondents(this.inputs);
	}

	/**
	 * For a survey leaf, how many of its valid answers a survey contractor supplied, when
	 * any did; the answers per option ({@link #surveyAnswers()}) are then the province's
	 * own.
	 */
	public Optional<Integer> surveyContractorRespondents() {
		return org.parindex.survey.SurveyAnswers.contractorRespondents(this.inputs);
	}

	/**
	 * For a survey leaf, the answers per option label ({@code A → 120}), in label order.
	 */
	public Map<String, Integer> surveyAnswers() {
		return org.parindex.survey.SurveyAnswers.perOption(this.inputs);
	}

	/**
	 * For a survey leaf, how many of the answers per option ({@link #surveyAnswers()})
	 * are outside the valid answers: the province's own answers of an option without a
	 * weight ("không biết / không trả lời"), which the mean leaves out; 0 when none or
	 * when the answers were recorded without their counts (walk10 #15: "200 ý kiến hợp
	 * lệ. A: 174 B: 23 C: 3 E: 4" did not say E is outside the 200).
	 */
	public int surveyNotCounted() {
		Optional<Integer> valid = surveyRespondents();
		if (valid.isEmpty()) {
			return 0;
		}
		int own = valid.get() - surveyContractorRespondents().orElse(0);
		int shown = surveyAnswers().values().stream().mapToInt(Integer::intValue).sum();
		return Math.max(0, shown - own);
	}

}
