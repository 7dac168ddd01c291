package org.parindex.contest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A round's prizes (issue 11, item 1): levels awarded in order (first, second, third,
 * consolation), each with a number of prizes per participant group (the key {@code ""}
 * for any group), an optional minimum score for any prize and an optional cap on the
 * share of contenders who may win (one contest capped prizes at 50 % of entrants;
 * {@code shared/domain/contest.md}).
 *
 * @param levels the prize levels, best first
 * @param minScore the lowest score that may win a prize, if the rules set one (points)
 * @param capShare the largest share of contenders who may win, between 0 and 1, if set
 */
public record PrizePlan(List<Level> levels, Optional<BigDecimal> minScore, Optional<BigDecimal> capShare) {

	/**
	 * @throws IllegalArgumentException for a cap outside 0 to 1
	 */
	public PrizePlan {
		levels = List.copyOf(levels);
		if (capShare.filter((share) -> share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0).isPresent()) {
			throw new IllegalArgumentException("The cap is a share between 0 and 1: " + capShare.get());
		}
	}

	/**
	 * One prize level.
	 *
	 * @param name the level's name as announced ("Giải Nhất")
	 * @param quotas prizes per participant group; {@code ""} for any group; each 0 or
	 * more
	 */
	public record Level(String name, Map<String, Integer> quotas) {

		/**
		 * @throws IllegalArgumentException for a negative quota
		 */
		public Level {
			quotas = Map.copyOf(quotas);
			if (quotas.values().stream().anyMatch((count) -> count < 0)) {
				throw new IllegalArgumentException("A quota is not negative: " + quotas);
			}
		}

	}

}
