package org.parindex.contest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A contest's results as the committee reads them (issue 11 item 5), from
 * {@link ContestResultService#results}.
 *
 * @param contest the contest's definition
 * @param rounds each round's standing, in the rounds' order
 * @param overall the whole contest's standing when it has two rounds or more (the best of
 * each participant's counted round entries); {@code null} for one round, whose standing
 * is the contest's
 * @param publishedAt when the committee published the results on the public page;
 * {@code null} while not published
 */
public record ContestResults(ContestView contest, List<Standing> rounds, @Nullable Standing overall,
		@Nullable Instant publishedAt) {

	public ContestResults {
		rounds = List.copyOf(rounds);
	}

	/**
	 * One round's (or the whole contest's) results.
	 *
	 * @param round the round; {@code null} for the whole contest
	 * @param placings every participant with a scored entry, best first
	 * @param prizes prizes awarded by the contest's plan (none for the whole contest:
	 * prizes are per round)
	 * @param units the collective ranking of units by the contest's formula, best first
	 * @param predictionKnown whether the prediction's true value is entered (until then
	 * the prediction decides nothing)
	 * @param tiesToDecide the number of shared ranks that decide a prize (levels differ
	 * within the rank, or a quota is passed), for the committee to settle
	 * @param populationMissing the formula asks for entries per population and a unit
	 * with entries has no population entered: that unit is not ranked
	 */
	public record Standing(ContestView.@Nullable RoundView round, List<Placing> placings, int prizes,
			List<UnitPlacing> units, boolean predictionKnown, int tiesToDecide, boolean populationMissing) {

		public Standing {
			placings = List.copyOf(placings);
			units = List.copyOf(units);
		}

	}

	/**
	 * A participant's place.
	 *
	 * @param rank from 1, shared by contenders equal on every key of the chain
	 * @param participantId the participant's key (never shown publicly)
	 * @param birthYear the year of birth (the only part of the date of birth results
	 * show); {@code null} once the participant was anonymised
	 * @param group the participant group's name
	 * @param unit the unit's or commune's name
	 * @param score points of the counted entry
	 * @param prediction the counted entry's prediction, if given
	 * @param duration the counted entry's time taken, to the millisecond; empty for paper
	 * @param submittedAt when the counted entry was received
	 * @param attempts the participant's entries counted into this standing
	 * @param prize the prize level's name, if awarded
	 * @param tied whether another contender shares the rank
	 * @param decides whether that shared rank decides a prize, for the committee to
	 * settle
	 * @param publish whether the participant chose to publish the result
	 * @param paper whether the counted entry is a keyed paper form
	 * @param paperAndOnline whether the participant entered the contest both on paper and
	 * online (both kept; the round's attempt policy chose the counted one)
	 * @param guardianName for a participant under 18 at registration, the parent or
	 * guardian who consented to the processing of the child's data (committee only, never
	 * public); {@code null} for an adult and once anonymised
	 */
	public record Placing(int rank, long participantId, String fullName, @Nullable Integer birthYear, String group,
			String unit, BigDecimal score, @Nullable Long prediction, @Nullable Duration duration, Instant submittedAt,
			int attempts, @Nullable String prize, boolean tied, boolean decides, boolean publish, boolean paper,
			boolean paperAndOnline, @Nullable String guardianName) {
	}

	/**
	 * A unit's place in the collective ranking.
	 *
	 * @param rank from 1, shared by equal values; 0 for a unit the formula cannot rank
	 * (no population entered for entries per 1,000 inhabitants), listed after the others
	 * @param entries participants whose counted entry names the unit
	 * @param totalScore the sum of their counted scores (points)
	 * @param population the unit's population as the committee entered it, if it did
	 * @param value what the formula ranks by: entries, total score, or entries per 1,000
	 * inhabitants (2 places); {@code null} when it cannot be computed
	 */
	public record UnitPlacing(int rank, long unitId, String unit, int entries, BigDecimal totalScore,
			@Nullable Integer population, @Nullable BigDecimal value) {
	}

}
