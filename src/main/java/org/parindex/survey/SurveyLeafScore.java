package org.parindex.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A unit's survey result on one survey leaf as computed from the answers: the province's
 * own responses (online and paper) and the contractors' tables, pooled by respondent
 * group as {@code docs/scoring.md} ("Survey points") states.
 *
 * @param respondents valid answers (options with a weight, and the respondents of a
 * contractor's mean) the mean rests on, 0 or more
 * @param mean the weighted mean of the valid answers' option weights, 0 to 1: each
 * respondent group's mean, weighted by the group's weight among the groups that have
 * answers
 * @param points the leaf's maximum × mean (points, unrounded)
 * @param answers answers per option label, counted in the mean or not (own responses and
 * contractors' counts together; a contractor's mean has no options)
 * @param excluded the labels left out of the mean ("không biết / không trả lời")
 * @param groups where the answers came from: one entry per respondent group, in the order
 * forms by code, then contractors' per-leaf tables by contractor
 * @param ownOptions answers per option label from the province's own responses only
 * (online and paper), counted in the mean or not: what the scorecard shows beside the
 * contractors' part ({@link #contractorAnswers()})
 */
public record SurveyLeafScore(long unitId, String leafCode, int respondents, BigDecimal mean, BigDecimal points,
		Map<String, Integer> answers, Set<String> excluded, List<Group> groups, Map<String, Integer> ownOptions) {

	public SurveyLeafScore {
		answers = Map.copyOf(answers);
		excluded = Set.copyOf(excluded);
		groups = List.copyOf(groups);
		ownOptions = Map.copyOf(ownOptions);
	}

	/**
	 * A result whose answers all come from the province's own responses (the options'
	 * counts are the own ones).
	 */
	public SurveyLeafScore(long unitId, String leafCode, int respondents, BigDecimal mean, BigDecimal points,
			Map<String, Integer> answers, Set<String> excluded, List<Group> groups) {
		this(unitId, leafCode, respondents, mean, points, answers, excluded, groups, answers);
	}

	/** Valid answers from the province's own responses (online and paper), 0 or more. */
	public int ownAnswers() {
		return this.groups.stream().mapToInt(Group::ownAnswers).sum();
	}

	/** Valid answers from contractors' tables (counts, and a mean's respondents). */
	public int contractorAnswers() {
		return this.groups.stream().mapToInt(Group::contractorAnswers).sum();
	}

	/**
	 * The survey contractors whose tables this result draws on, by name, in name order
	 * (empty when only the province's own responses count).
	 */
	public List<String> contractors() {
		return this.groups.stream().flatMap((group) -> group.contractors().stream()).distinct().sorted().toList();
	}

	/** Where a respondent group's answers come from. */
	public enum Source {

		/**
		 * A form's respondent group: the form's own responses and the contractors' counts
		 * or means given per question of that form.
		 */
		FORM,

		/**
		 * A contractor's rows given per survey leaf (no form named): a group of its own
		 * per contractor, weighted 1.
		 */
		CONTRACTOR

	}

	/**
	 * One respondent group's part in a leaf's mean.
	 *
	 * @param source a form's group or a contractor's per-leaf table
	 * @param name the form's code, or the contractor's name
	 * @param weight the group's weight against the other groups (relative, above 0)
	 * @param ownAnswers valid answers from the province's own responses to the form
	 * @param contractorAnswers valid answers from contractors' rows
	 * @param contractors the contractors whose rows are in this group, by name
	 * @param mean the group's mean of its valid answers, 0 to 1; empty when it has none
	 * (then it does not count)
	 */
	public record Group(Source source, String name, BigDecimal weight, int ownAnswers, int contractorAnswers,
			List<String> contractors, Optional<BigDecimal> mean) {

		public Group {
			contractors = List.copyOf(contractors);
		}

	}

}
