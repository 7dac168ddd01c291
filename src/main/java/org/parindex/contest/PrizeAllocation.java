package org.parindex.contest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Prizes of a round from its ranking (issue 11, item 5). Levels are awarded best first;
 * within a level each group's quota goes down the ranking to the contenders of that group
 * ({@code ""}: any group) who have no prize of this round yet and reach the minimum
 * score: one prize per person per round. When the last prize of a quota falls on
 * contenders who share a rank, all of them get it and the award says by how many the
 * quota was passed, for the committee to see (the rules' chain should end with a key that
 * tells everyone apart, such as submission time). The cap on the share of winners is
 * never passed: the award stops at it, and a tie it splits is reported.
 */
public final class PrizeAllocation {

	private PrizeAllocation() {
	}

	/**
	 * @param ranking the round's ranking, best first ({@link ContestRanking#rank})
	 * @param plan the round's prizes
	 * @return the prizes awarded, by level then rank
	 */
	public static Award allocate(List<ContestRanking.Placed> ranking, PrizePlan plan) {
		int cap = plan.capShare()
			.map((share) -> share.multiply(BigDecimal.valueOf(ranking.size()))
				.setScale(0, RoundingMode.FLOOR)
				.intValueExact())
			.orElse(Integer.MAX_VALUE);
		Set<String> prized = new HashSet<>();
		List<Prize> prizes = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (PrizePlan.Level level : plan.levels()) {
			// quotas in a fixed order: the groups named, then any group
			for (var quota : new TreeMap<>(level.quotas()).descendingMap().entrySet()) {
				String group = quota.getKey();
				int left = quota.getValue();
				int lastRank = -1;
				for (ContestRanking.Placed placed : ranking) {
					Contender contender = placed.contender();
					boolean eligible = !prized.contains(contender.participant())
							&& (group.isEmpty() || group.equals(contender.group()))
							&& plan.minScore()
								.map((min) -> contender.counted().score().compareTo(min) >= 0)
								.orElse(true);
					if (!eligible) {
						continue;
					}
					boolean tiedWithLast = placed.rank() == lastRank;
					if (left <= 0 && !tiedWithLast) {
						break;
					}
					if (prizes.size() >= cap) {
						if (tiedWithLast) {
							notes.add("cap splits rank " + placed.rank() + " at " + level.name());
						}
						break;
					}
					prizes.add(new Prize(level.name(), group, placed));
					prized.add(contender.participant());
					if (left <= 0) {
						notes.add("tie at rank " + placed.rank() + " passes the quota of " + level.name()
								+ (group.isEmpty() ? "" : " (" + group + ")"));
					}
					left--;
					lastRank = placed.rank();
				}
			}
		}
		List<String> levels = plan.levels().stream().map(PrizePlan.Level::name).toList();
		prizes.sort(java.util.Comparator.comparingInt((Prize prize) -> levels.indexOf(prize.level()))
			.thenComparingInt((prize) -> prize.winner().rank()));
		return new Award(prizes, notes);
	}

	/**
	 * One prize.
	 *
	 * @param level the level's name
	 * @param group the quota's group ({@code ""}: any group)
	 * @param winner the contender and rank
	 */
	public record Prize(String level, String group, ContestRanking.Placed winner) {

	}

	/**
	 * A round's prizes.
	 *
	 * @param prizes by level then rank
	 * @param ties where a shared rank passed a quota or met the cap, for the committee
	 */
	public record Award(List<Prize> prizes, List<String> ties) {

		public Award {
			prizes = List.copyOf(prizes);
			ties = List.copyOf(ties);
		}

	}

}
