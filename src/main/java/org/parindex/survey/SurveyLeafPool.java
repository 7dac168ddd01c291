package org.parindex.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.parindex.engine.RankUncertainty;
import org.parindex.engine.SurveyMean;

/**
 * Pools the answers behind one unit's result on one survey leaf into its mean (DESIGN.md
 * §3, "Survey points"; the rule in {@code docs/scoring.md}, "Survey points"):
 * <ul>
 * <li>the province's own answers to a form form that form's respondent group, weighted by
 * the form's group weight;</li>
 * <li>a contractor's rows given per question of a form (counts per option, or a mean with
 * its respondents) join that form's group: they are added to the own answers before the
 * group's mean is taken, a mean counting as its respondents answering it (mean ×
 * respondents); a form deleted since the import leaves its rows a group of weight
 * {@value #CONTRACTOR_WEIGHT} under its code;</li>
 * <li>a contractor's rows given per survey leaf (no form named; counts or a mean) form a
 * group of their own per contractor, weighted {@value #CONTRACTOR_WEIGHT};</li>
 * <li>each group's mean is the mean of its valid answers' option weights ("không biết"
 * left out); the leaf's mean is the groups' means weighted by the groups' weights over
 * the groups with valid answers ({@link SurveyMean}); points = leaf maximum × mean,
 * unrounded. A leaf without any valid answer has mean 0.</li>
 * </ul>
 * Not thread-safe; one instance per unit and leaf.
 */
final class SurveyLeafPool {

	/** The weight of a group a contractor's rows make up on their own. */
	static final String CONTRACTOR_WEIGHT = "1";

	/** See {@link #CONTRACTOR_WEIGHT}. */
	static final BigDecimal CONTRACTOR_GROUP_WEIGHT = new BigDecimal(CONTRACTOR_WEIGHT);

	/** Forms first ("1 "), by code; then contractors' own groups ("2 "), by name. */
	private final Map<String, Group> groups = new TreeMap<>();

	private final Map<String, Integer> answers = new TreeMap<>();

	private final Map<String, Integer> ownOptions = new TreeMap<>();

	private final Set<String> excluded = new TreeSet<>();

	/**
	 * Adds the province's own answers to one option of a form's question on this leaf.
	 * @param groupWeight the form's group weight, above 0
	 * @param optionWeight the option's weight, 0 to 1, or {@code null} when it is left
	 * out of the mean
	 * @param count how many chose it, 0 or more
	 */
	void own(String formCode, BigDecimal groupWeight, String label, @Nullable BigDecimal optionWeight, int count) {
		Group group = form(formCode, groupWeight);
		option(group, label, optionWeight, count);
		this.ownOptions.merge(label, count, Integer::sum);
		if (optionWeight != null) {
			group.own += count;
		}
	}

	/**
	 * Adds one row of a contractor's table on this leaf.
	 * @param formWeight the group weight of the form the row names, when the row names
	 * one that the set still has
	 */
	void contractor(ContractorRowView row, Optional<BigDecimal> formWeight) {
		Group group = (row.formCode() != null) ? form(row.formCode(), formWeight
			.orElse(CONTRACTOR_GROUP_WEIGHT)) : this.groups.computeIfAbsent("2 " + row.contractor(),
					(key) -> new Group(SurveyLeafScore.Source.CONTRACTOR, row.contractor(), CONTRACTOR_GROUP_WEIGHT));
		group.contractors.add(row.contractor());
		if (row.optionLabel() != null && row.count() != null) {
			option(group, row.optionLabel(), row.optionWeight(), row.count());
			if (row.optionWeight() != null) {
				group.contractor += row.count();
			}
		}
		else if (row.mean() != null && row.respondents() != null) {
			group.tallies.add(new SurveyMean.AnswerTally(Optional.of(row.mean()), row.respondents()));
			group.contractor += row.respondents();
		}
	}

	/**
	 * The pooled result.
	 * @param maxPoints the leaf's maximum (points)
	 */
	SurveyLeafScore score(long unitId, String leafCode, BigDecimal maxPoints) {
		List<SurveyLeafScore.Group> parts = new ArrayList<>();
		List<SurveyMean.GroupMean> means = new ArrayList<>();
		int respondents = 0;
		for (Group group : this.groups.values()) {
			Optional<BigDecimal> mean = SurveyMean.ofAnswers(group.tallies);
			means.add(new SurveyMean.GroupMean(group.weight, mean));
			respondents += group.own + group.contractor;
			parts.add(new SurveyLeafScore.Group(group.source, group.name, group.weight, group.own, group.contractor,
					List.copyOf(group.contractors), mean.map(SurveyLeafPool::stored)));
		}
		BigDecimal mean = SurveyMean.acrossGroups(means).map(SurveyLeafPool::stored).orElse(BigDecimal.ZERO);
		return new SurveyLeafScore(unitId, leafCode, respondents, mean, maxPoints.multiply(mean), this.answers,
				this.excluded, parts, this.ownOptions);
	}

	/**
	 * The pooled answers as the rank bootstrap draws them: one group per respondent
	 * group, with its weight and its tallies (own answers, contractors' counts, and a
	 * contractor's mean as one tally of its respondents).
	 * @param maxPoints the leaf's maximum (points)
	 */
	RankUncertainty.LeafSample sample(BigDecimal maxPoints) {
		return new RankUncertainty.LeafSample(maxPoints,
				this.groups.values()
					.stream()
					.map((group) -> new RankUncertainty.GroupSample(group.weight, group.tallies))
					.toList());
	}

	private Group form(String code, BigDecimal weight) {
		return this.groups.computeIfAbsent("1 " + code, (key) -> new Group(SurveyLeafScore.Source.FORM, code, weight));
	}

	private void option(Group group, String label, @Nullable BigDecimal optionWeight, int count) {
		this.answers.merge(label, count, Integer::sum);
		group.tallies.add(new SurveyMean.AnswerTally(Optional.ofNullable(optionWeight), count));
		if (optionWeight == null) {
			this.excluded.add(label);
		}
	}

	/** A mean as {@code survey_leaf_result} holds it: 10 decimals, half up. */
	static BigDecimal stored(BigDecimal mean) {
		return mean.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	/** One respondent group's answers on the leaf. */
	private static final class Group {

		private final SurveyLeafScore.Source source;

		private final String name;

		private final BigDecimal weight;

		private final List<SurveyMean.AnswerTally> tallies = new ArrayList<>();

		private final Set<String> contractors = new TreeSet<>();

		private int own;

		private int contractor;

		Group(SurveyLeafScore.Source source, String name, BigDecimal weight) {
			this.source = source;
			this.name = name;
			this.weight = weight;
		}

	}

}
