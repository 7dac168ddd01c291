package org.parindex.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The weighted mean that turns survey answers into the {@code mean} input of a
 * {@link Rule.Survey} leaf. Each answer option has a weight between 0 and 1 (e.g. A = 1,
 * B = 0,6, C = 0,2, D = 0); options without a weight ("không biết") are not valid answers
 * and are left out. Respondent groups can be weighted against each other.
 */
public final class SurveyMean {

	private SurveyMean() {
	}

	/**
	 * The mean weight of the valid answers, empty when there is none.
	 * @param tallies how many respondents chose each option
	 */
	public static Optional<BigDecimal> ofAnswers(List<AnswerTally> tallies) {
		BigDecimal weighted = BigDecimal.ZERO;
		long valid = 0;
		for (AnswerTally tally : tallies) {
			if (tally.weight().isPresent()) {
				weighted = weighted.add(tally.weight().get().multiply(BigDecimal.valueOf(tally.count())));
				valid += tally.count();
			}
		}
		return (valid == 0) ? Optional.empty() : Optional.of(Points.divide(weighted, BigDecimal.valueOf(valid)));
	}

	/**
	 * The means of several respondent groups combined by the groups' weights (groups
	 * without answers are left out and the remaining weights rescaled); empty when no
	 * group has answers.
	 */
	public static Optional<BigDecimal> acrossGroups(List<GroupMean> groups) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (GroupMean group : groups) {
			if (group.mean().isPresent()) {
				weighted = weighted.add(group.weight().multiply(group.mean().get()));
				weights = weights.add(group.weight());
			}
		}
		return (weights.signum() == 0) ? Optional.empty() : Optional.of(Points.divide(weighted, weights));
	}

	/**
	 * The number of respondents who chose an option, and the option's weight if it
	 * counts.
	 */
	public record AnswerTally(Optional<BigDecimal> weight, long count) {

		public AnswerTally {
			if (count < 0) {
				throw new IllegalArgumentException("count must not be negative");
			}
		}

	}

	/** A respondent group's mean (empty without answers) and the group's weight. */
	public record GroupMean(BigDecimal weight, Optional<BigDecimal> mean) {

	}

}
