package org.parindex.contest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A contest's results as its public page shows them once the committee published them
 * (issue 11 item 5), from {@link ContestResultService#publicResults}. By construction it
 * holds nothing but the winners' name, year of birth, unit, prize, score and time taken,
 * and those only for winners who chose to publish their result; the others keep only
 * their prize. No CCCD, phone number, address or full date of birth can reach the page.
 *
 * @param contest the contest's definition
 * @param publishedAt when the results were published; {@code null}: not published, and
 * {@code rounds} is empty
 * @param rounds each round's winners and collective ranking
 */
public record PublicResults(ContestView contest, @Nullable Instant publishedAt, List<Round> rounds) {

	public PublicResults {
		rounds = List.copyOf(rounds);
	}

	/**
	 * A round's published results.
	 *
	 * @param name the round's name
	 * @param winners the prizes, by level then rank
	 * @param units the collective ranking
	 */
	public record Round(String name, List<Winner> winners, List<ContestResults.UnitPlacing> units) {

		public Round {
			winners = List.copyOf(winners);
			units = List.copyOf(units);
		}

	}

	/**
	 * A prize winner. Every field but the prize is {@code null} for a winner who did not
	 * choose to publish the result.
	 *
	 * @param prize the prize level's name
	 * @param name the full name
	 * @param birthYear the year of birth
	 * @param unit the unit's or commune's name
	 * @param score points
	 * @param duration the time taken; also {@code null} for a paper entry
	 */
	public record Winner(String prize, @Nullable String name, @Nullable Integer birthYear, @Nullable String unit,
			@Nullable BigDecimal score, @Nullable Duration duration) {

		/** Whether the winner chose to publish the result. */
		public boolean named() {
			return this.name != null;
		}

	}

}
