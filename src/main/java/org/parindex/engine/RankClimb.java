package org.parindex.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What it takes a unit to move up the ranking (issue 12, item 4): the gap in points to
 * each higher rank, and the set of its lost criteria of least effort whose full recovery
 * closes that gap, with the other units' totals fixed; and what-if totals from
 * hypothetical criterion scores.
 * <p>
 * Ranks follow {@link Ranking}: totals compared at the tie rule's places share a rank,
 * and a unit's rank is one plus the number of units with a strictly higher total. To
 * stand at rank {@code r} a unit's total must, at the tie rule's places, reach the total
 * of the unit now at rank {@code r}.
 * <p>
 * Points recovered count in the total as the engine counts them ({@link Scorer}): point
 * for point, except in a component with nodes not applicable to the unit, where the
 * component is converted to the set's scale ({@code achieved ÷ applicable maximum ×
 * component maximum}, docs/scoring.md). Bonus and deduction are not criteria and are
 * never proposed.
 * <p>
 * The least-effort set is exact: a dynamic programme over (sum of effort weights, number
 * of criteria) keeps, for each pair, the most points any set of lost criteria with that
 * effort and size recovers; the plan is the pair of least effort, then fewest criteria,
 * whose set reaches the target (ties: more points recovered). Each plan's total is
 * recomputed with the engine's conversion before it is proposed. Cost: lost criteria × 3
 * × lost criteria² steps (under 2·10⁶ for 120 lost criteria).
 */
public final class RankClimb {

	private RankClimb() {
	}

	/**
	 * A criterion (leaf) on which the unit lost points.
	 *
	 * @param code the leaf's code
	 * @param lost points lost out of what applies to the unit (above zero)
	 * @param gain what recovering them in full adds to the total (points; equals
	 * {@code lost} unless the component is converted)
	 * @param effort the unit's tag, {@link Effort#MEDIUM} when untagged
	 */
	public record Lost(String code, Component component, BigDecimal lost, BigDecimal gain, Effort effort) {

	}

	/**
	 * A higher rank and what reaching it takes.
	 *
	 * @param rank the rank to reach (1 = first)
	 * @param totalAtRank the total of the unit now at that rank, at the tie rule's places
	 * @param gap the points the unit's total lacks to reach it (above zero)
	 * @param plan the least-effort set of lost criteria that closes the gap; empty when
	 * recovering every lost criterion is not enough
	 */
	public record Target(int rank, BigDecimal totalAtRank, BigDecimal gap, Optional<Plan> plan) {

	}

	/**
	 * A set of lost criteria to recover in full.
	 *
	 * @param criteria the criteria, in tree order
	 * @param effort the sum of their effort weights (1–3 each)
	 * @param gain what they add to the total (points)
	 * @param total the unit's new total (points, unrounded)
	 * @param rank the unit's new rank with the other units fixed
	 */
	public record Plan(List<Lost> criteria, int effort, BigDecimal gain, BigDecimal total, int rank) {

	}

	/**
	 * A unit's standing with hypothetical criterion scores.
	 *
	 * @param total the new total (points, unrounded)
	 * @param rank the new rank with the other units fixed
	 * @param rankBefore the rank now
	 */
	public record Outcome(BigDecimal total, int rank, int rankBefore) {

	}

	/**
	 * The unit's lost criteria in tree order, with their gain in the total and effort.
	 * @param fullMaxima each component's maximum in the set (points); a component missing
	 * here counts the sum of its leaves' maxima
	 * @param efforts the unit's tags by leaf code
	 */
	public static List<Lost> lost(UnitResult unit, Map<Component, BigDecimal> fullMaxima, Map<String, Effort> efforts) {
		Scale scale = new Scale(unit, fullMaxima);
		List<Lost> lost = new ArrayList<>();
		for (NodeResult leaf : unit.leaves()) {
			if (leaf.notApplicable() || leaf.lostPoints().signum() <= 0) {
				continue;
			}
			Component component = ((Leaf) leaf.node()).component();
			BigDecimal gain = scale.total(Map.of(component, leaf.lostPoints())).subtract(unit.total());
			lost.add(new Lost(leaf.code(), component, leaf.lostPoints(), gain,
					efforts.getOrDefault(leaf.code(), Effort.MEDIUM)));
		}
		return lost;
	}

	/**
	 * Each higher rank the unit could reach, best first, with its gap and least-effort
	 * plan.
	 * @param unit the unit's result
	 * @param ranking every unit's total in the year's ranking, the unit's own included
	 * (by {@link UnitResult#unitKey()})
	 * @param fullMaxima each component's maximum in the set (points)
	 * @param efforts the unit's effort tags by leaf code
	 * @throws IllegalArgumentException when the ranking does not include the unit
	 */
	public static List<Target> targets(UnitResult unit, List<RankedUnit> ranking, TieRule tieRule,
			Map<Component, BigDecimal> fullMaxima, Map<String, Effort> efforts) {
		List<BigDecimal> others = others(unit, ranking, tieRule);
		BigDecimal mine = tieRule.comparable(unit.total());
		TreeSet<BigDecimal> above = new TreeSet<>();
		for (BigDecimal other : others) {
			if (other.compareTo(mine) > 0) {
				above.add(other);
			}
		}
		List<Lost> lost = lost(unit, fullMaxima, efforts);
		Table table = Table.of(lost);
		Scale scale = new Scale(unit, fullMaxima);
		List<Target> targets = new ArrayList<>();
		for (BigDecimal value : above.descendingSet()) {
			int rank = 1 + (int) others.stream().filter((other) -> other.compareTo(value) > 0).count();
			BigDecimal threshold = value.subtract(halfStep(tieRule));
			BigDecimal gap = threshold.subtract(unit.total());
			Optional<Plan> plan = table.cheapest(gap, (chosen) -> {
				BigDecimal total = scale.total(added(chosen));
				return (tieRule.comparable(total).compareTo(value) >= 0) ? total : null;
			}).map((found) -> plan(found, scale, unit, others, tieRule));
			targets.add(new Target(rank, value, gap, plan));
		}
		return targets;
	}

	/**
	 * The unit's total and rank if its leaves scored {@code scores} instead, everything
	 * else fixed.
	 * @param scores hypothetical points by leaf code, each within 0 and the leaf's
	 * applicable maximum
	 * @throws IllegalArgumentException for a code that is not an applicable leaf of the
	 * unit, a score out of range, or a ranking without the unit
	 */
	public static Outcome whatIf(UnitResult unit, List<RankedUnit> ranking, TieRule tieRule,
			Map<Component, BigDecimal> fullMaxima, Map<String, BigDecimal> scores) {
		Map<String, NodeResult> leaves = new LinkedHashMap<>();
		for (NodeResult leaf : unit.leaves()) {
			leaves.put(leaf.code(), leaf);
		}
		Map<Component, BigDecimal> added = new EnumMap<>(Component.class);
		for (Map.Entry<String, BigDecimal> score : scores.entrySet()) {
			NodeResult leaf = leaves.get(score.getKey());
			if (leaf == null || leaf.notApplicable()) {
				throw new IllegalArgumentException("Not an applicable leaf of the unit: " + score.getKey());
			}
			if (score.getValue().signum() < 0 || score.getValue().compareTo(leaf.applicableMax()) > 0) {
				throw new IllegalArgumentException(
						"Score out of range for " + score.getKey() + ": " + score.getValue());
			}
			added.merge(((Leaf) leaf.node()).component(), score.getValue().subtract(leaf.points()), BigDecimal::add);
		}
		List<BigDecimal> others = others(unit, ranking, tieRule);
		BigDecimal total = new Scale(unit, fullMaxima).total(added);
		return new Outcome(total, rank(total, others, tieRule), rank(unit.total(), others, tieRule));
	}

	private static Plan plan(List<Lost> chosen, Scale scale, UnitResult unit, List<BigDecimal> others,
			TieRule tieRule) {
		BigDecimal total = scale.total(added(chosen));
		int effort = chosen.stream().mapToInt((lost) -> lost.effort().weight()).sum();
		return new Plan(chosen, effort, total.subtract(unit.total()), total, rank(total, others, tieRule));
	}

	private static Map<Component, BigDecimal> added(List<Lost> chosen) {
		Map<Component, BigDecimal> added = new EnumMap<>(Component.class);
		for (Lost lost : chosen) {
			added.merge(lost.component(), lost.lost(), BigDecimal::add);
		}
		return added;
	}

	private static List<BigDecimal> others(UnitResult unit, List<RankedUnit> ranking, TieRule tieRule) {
		List<BigDecimal> others = new ArrayList<>();
		boolean found = false;
		for (RankedUnit ranked : ranking) {
			if (ranked.unitKey().equals(unit.unitKey())) {
				found = true;
			}
			else {
				others.add(tieRule.comparable(ranked.total()));
			}
		}
		if (!found) {
			throw new IllegalArgumentException("The ranking does not include " + unit.unitKey());
		}
		return others;
	}

	private static int rank(BigDecimal total, List<BigDecimal> others, TieRule tieRule) {
		BigDecimal mine = tieRule.comparable(total);
		return 1 + (int) others.stream().filter((other) -> other.compareTo(mine) > 0).count();
	}

	/**
	 * Half a unit of the tie rule's last place: x reaches v at p places iff x ≥ v − this.
	 */
	private static BigDecimal halfStep(TieRule tieRule) {
		return BigDecimal.valueOf(5, tieRule.places() + 1);
	}

	/**
	 * The unit's total with points added to its components, converted as the engine does.
	 */
	private static final class Scale {

		private final UnitResult unit;

		private final Map<Component, BigDecimal> full = new EnumMap<>(Component.class);

		Scale(UnitResult unit, Map<Component, BigDecimal> fullMaxima) {
			this.unit = unit;
			for (NodeResult leaf : unit.leaves()) {
				Component component = ((Leaf) leaf.node()).component();
				this.full.merge(component, leaf.maxPoints(), BigDecimal::add);
			}
			this.full.putAll(fullMaxima);
		}

		BigDecimal total(Map<Component, BigDecimal> added) {
			BigDecimal total = this.unit.total();
			for (Map.Entry<Component, BigDecimal> entry : added.entrySet()) {
				Component component = entry.getKey();
				BigDecimal achieved = this.unit.achieved(component).add(entry.getValue());
				BigDecimal points = achieved;
				if (this.unit.converted(component)) {
					BigDecimal applicable = this.unit.applicableMax(component);
					BigDecimal full = this.full.getOrDefault(component, BigDecimal.ZERO);
					points = (applicable.signum() <= 0) ? BigDecimal.ZERO
							: Points.clamp(Points.divide(achieved.multiply(full), applicable), BigDecimal.ZERO, full);
				}
				total = total.subtract(this.unit.component(component)).add(points);
			}
			return total;
		}

	}

	/**
	 * For each (effort, count), the largest gain of a set of lost criteria with that
	 * effort sum and size, and the set.
	 */
	private static final class Table {

		private final List<Lost> lost;

		private final BigDecimal[][] gain;

		private final BitSet[][] chosen;

		private Table(List<Lost> lost) {
			this.lost = lost;
			int maxEffort = lost.stream().mapToInt((item) -> item.effort().weight()).sum();
			this.gain = new BigDecimal[maxEffort + 1][lost.size() + 1];
			this.chosen = new BitSet[maxEffort + 1][lost.size() + 1];
			this.gain[0][0] = BigDecimal.ZERO;
			this.chosen[0][0] = new BitSet();
			int reached = 0;
			for (int i = 0; i < lost.size(); i++) {
				Lost item = lost.get(i);
				int weight = item.effort().weight();
				for (int effort = reached; effort >= 0; effort--) {
					for (int count = i; count >= 0; count--) {
						BigDecimal from = this.gain[effort][count];
						if (from == null) {
							continue;
						}
						BigDecimal candidate = from.add(item.gain());
						BigDecimal there = this.gain[effort + weight][count + 1];
						if (there == null || candidate.compareTo(there) > 0) {
							this.gain[effort + weight][count + 1] = candidate;
							BitSet set = (BitSet) this.chosen[effort][count].clone();
							set.set(i);
							this.chosen[effort + weight][count + 1] = set;
						}
					}
				}
				reached += weight;
			}
		}

		static Table of(List<Lost> lost) {
			return new Table(lost);
		}

		/**
		 * The set of least effort, then fewest criteria, whose gain reaches {@code gap}
		 * and which {@code check} accepts (the exact total reaches the target).
		 */
		Optional<List<Lost>> cheapest(BigDecimal gap, java.util.function.Function<List<Lost>, BigDecimal> check) {
			for (int effort = 0; effort < this.gain.length; effort++) {
				for (int count = 0; count < this.gain[effort].length; count++) {
					BigDecimal gain = this.gain[effort][count];
					if (gain == null || gain.compareTo(gap) < 0) {
						continue;
					}
					List<Lost> set = this.chosen[effort][count].stream().mapToObj(this.lost::get).toList();
					if (check.apply(set) != null) {
						return Optional.of(set);
					}
				}
			}
			return Optional.empty();
		}

	}

}
