package org.parindex.survey;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.Rule;

/**
 * The names under which a survey leaf's answers travel beside its mean in the scoring
 * inputs, and so in the published scorecard: the number of valid answers the mean rests
 * on ({@code respondents}) and the answers per option ({@code answers.} + label, e.g.
 * {@code answers.A}). The engine scores the mean only ({@link Rule.Survey}).
 */
public final class SurveyAnswers {

	/** Valid answers the mean rests on. */
	public static final String RESPONDENTS = Rule.Survey.RESPONDENTS;

	/** Prefix of the answers per option label. */
	public static final String OPTION = Rule.Survey.ANSWERS;

	/**
	 * Of the valid answers, those a survey contractor supplied (not in the answers per
	 * option, which are the province's own).
	 */
	public static final String CONTRACTOR = Rule.Survey.CONTRACTOR_RESPONDENTS;

	private SurveyAnswers() {
	}

	/** The number of valid answers among a survey leaf's inputs, if recorded. */
	public static Optional<Integer> respondents(Map<String, BigDecimal> inputs) {
		return Optional.ofNullable(inputs.get(RESPONDENTS)).map(BigDecimal::intValue);
	}

	/**
	 * The number of valid answers a survey contractor supplied among a survey leaf's
	 * inputs, if any were recorded.
	 */
	public static Optional<Integer> contractorRespondents(Map<String, BigDecimal> inputs) {
		return Optional.ofNullable(inputs.get(CONTRACTOR)).map(BigDecimal::intValue).filter((n) -> n > 0);
	}

	/** The answers per option label among a survey leaf's inputs, in label order. */
	public static Map<String, Integer> perOption(Map<String, BigDecimal> inputs) {
		Map<String, Integer> options = new LinkedHashMap<>();
		inputs.entrySet()
			.stream()
			.filter((input) -> input.getKey().startsWith(OPTION))
			.sorted(Map.Entry.comparingByKey())
			.forEach((input) -> options.put(input.getKey().substring(OPTION.length()), input.getValue().intValue()));
		return options;
	}

}
