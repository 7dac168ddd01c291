package org.parindex.contest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-question statistics of a contest's scored attempts (issue 11 item 5): how many
 * attempts got the question, the share that answered it correctly, and its discrimination
 * index. Pure Java, deterministic.
 *
 * <p>
 * <b>Discrimination</b> is Kelley's upper-minus-lower index with 27 % groups (T. L.
 * Kelley, 1939; the usual item analysis of classroom tests): the attempts are ordered by
 * score, highest first (the lower attempt id first among equal scores, so the groups are
 * always the same); the upper group is the first {@code n = round(0.27 × N)} attempts and
 * the lower group the last {@code n} (N the number of attempts; n at least 1 when N ≥ 2,
 * otherwise no index). Since each attempt draws its own questions, the shares are taken
 * over the attempts of each group that got the question: <br>
 * {@code D = (correct in upper ÷ upper that got it) − (correct in lower ÷ lower that got it)},
 * between −1 and 1; none when one of the groups did not get the question. A question that
 * the better attempts answer more often has D near 1; near 0 it tells the strong and the
 * weak apart poorly; a negative D suggests a wrong key or a misleading question.
 */
public final class QuestionStatistics {

	/** The share of attempts in each of the upper and lower groups: 27 %. */
	public static final BigDecimal GROUP_SHARE = new BigDecimal("0.27");

	private QuestionStatistics() {
	}

	/**
	 * Computes every question's statistics.
	 * @param attempts the scored attempts, each with its answers
	 * @return per question, in the order questions first appear in {@code attempts}
	 */
	public static Map<Long, Statistic> of(List<Attempt> attempts) {
		List<Attempt> ordered = new ArrayList<>(attempts);
		ordered.sort(Comparator.comparingInt(Attempt::score).reversed().thenComparingLong(Attempt::id));
		int n = groupSize(ordered.size());
		Set<Long> upper = new HashSet<>();
		Set<Long> lower = new HashSet<>();
		for (int i = 0; i < n; i++) {
			upper.add(ordered.get(i).id());
			lower.add(ordered.get(ordered.size() - 1 - i).id());
		}
		Map<Long, int[]> counts = new LinkedHashMap<>();
		for (Attempt attempt : attempts) {
			for (Answer answer : attempt.answers()) {
				// got, correct, upper got, upper correct, lower got, lower correct
				int[] c = counts.computeIfAbsent(answer.questionId(), (k) -> new int[6]);
				int right = answer.correct() ? 1 : 0;
				c[0]++;
				c[1] += right;
				if (upper.contains(attempt.id())) {
					c[2]++;
					c[3] += right;
				}
				if (lower.contains(attempt.id())) {
					c[4]++;
					c[5] += right;
				}
			}
		}
		Map<Long, Statistic> result = new LinkedHashMap<>();
		counts.forEach((question, c) -> {
			Optional<BigDecimal> d = (c[2] > 0 && c[4] > 0)
					? Optional.of(share(c[3], c[2]).subtract(share(c[5], c[4])).setScale(2, RoundingMode.HALF_UP))
					: Optional.empty();
			result.put(question, new Statistic(c[0], c[1], share(c[1], c[0]).setScale(4, RoundingMode.HALF_UP), d));
		});
		return result;
	}

	/** The size of each of the upper and lower groups for {@code total} attempts. */
	static int groupSize(int total) {
		if (total < 2) {
			return 0;
		}
		int n = GROUP_SHARE.multiply(BigDecimal.valueOf(total)).setScale(0, RoundingMode.HALF_UP).intValueExact();
		return Math.max(1, Math.min(n, total / 2));
	}

	private static BigDecimal share(int part, int whole) {
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 10, RoundingMode.HALF_UP);
	}

	/**
	 * A scored attempt.
	 *
	 * @param id the attempt's key (orders equal scores)
	 * @param score its score, points
	 * @param answers each question it got, once
	 */
	public record Attempt(long id, int score, List<Answer> answers) {

		public Attempt {
			answers = List.copyOf(answers);
		}

	}

	/**
	 * One question of an attempt.
	 *
	 * @param correct whether the attempt answered it correctly (unanswered: not)
	 */
	public record Answer(long questionId, boolean correct) {
	}

	/**
	 * A question's statistics.
	 *
	 * @param attempts the attempts that got the question
	 * @param correct of which answered it correctly
	 * @param share {@code correct ÷ attempts}, between 0 and 1, 4 places
	 * @param discrimination the upper-minus-lower index, between −1 and 1, 2 places;
	 * empty when the upper or the lower group did not get the question
	 */
	public record Statistic(int attempts, int correct, BigDecimal share, Optional<BigDecimal> discrimination) {
	}

}
