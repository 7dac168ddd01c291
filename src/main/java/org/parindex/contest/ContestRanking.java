package org.parindex.contest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A round's individual ranking (issue 11, item 5): each participant's counted attempt
 * under the round's {@link AttemptPolicy}, ordered by the round's tie-break chain.
 * Contenders equal on every key of the chain share a rank (standard competition ranking:
 * 1, 2, 2, 4), so a chain that ends before the keys that tell everyone apart (submission
 * time) leaves the committee to decide those ties; the list is then in participant-key
 * order among them, which decides nothing.
 */
public final class ContestRanking {

	private ContestRanking() {
	}

	/**
	 * Ranks a round.
	 * @param attempts every scored attempt of the round, of any number of participants
	 * @param policy which attempt of a participant counts
	 * @param chain the tie-break chain, in order, each key once, at least one
	 * @param trueValue the prediction question's true value, once known (until then the
	 * prediction decides nothing)
	 * @return every participant once, best first, with its rank from 1
	 * @throws IllegalArgumentException for an empty chain or a key named twice
	 */
	public static List<Placed> rank(List<ScoredAttempt> attempts, AttemptPolicy policy, List<TieBreak> chain,
			OptionalLong trueValue) {
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("The tie-break chain names no key");
		}
		Set<TieBreak> seen = EnumSet.noneOf(TieBreak.class);
		for (TieBreak key : chain) {
			if (!seen.add(key)) {
				throw new IllegalArgumentException("The tie-break chain names " + key + " twice");
			}
		}
		Map<String, List<ScoredAttempt>> byParticipant = new LinkedHashMap<>();
		attempts.forEach((attempt) -> byParticipant.computeIfAbsent(attempt.participant(), (p) -> new ArrayList<>())
			.add(attempt));
		List<Contender> contenders = new ArrayList<>();
		byParticipant.forEach((participant, mine) -> contenders
			.add(new Contender(policy.counted(mine, chain, trueValue), mine.size())));
		Comparator<Contender> order = order(chain, trueValue);
		contenders.sort(order.thenComparing(Contender::participant));
		List<Placed> placed = new ArrayList<>(contenders.size());
		for (int i = 0; i < contenders.size(); i++) {
			Contender contender = contenders.get(i);
			int rank = (i > 0 && order.compare(contenders.get(i - 1), contender) == 0) ? placed.get(i - 1).rank()
					: i + 1;
			placed.add(new Placed(contender, rank));
		}
		return placed;
	}

	/** The chain as one comparator, the better first. */
	static Comparator<Contender> order(List<TieBreak> chain, OptionalLong trueValue) {
		return chain.stream().map((key) -> key.comparator(trueValue)).reduce(Comparator::thenComparing).orElseThrow();
	}

	/**
	 * A contender and its rank.
	 *
	 * @param rank from 1; equal for contenders equal on every key of the chain
	 */
	public record Placed(Contender contender, int rank) {

	}

}
