package org.parindex.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parindex.engine.Level;
import org.parindex.engine.NodeResult;
import org.parindex.engine.Points;
import org.parindex.engine.UnitResult;

/**
 * Where the units of a published year lost points (issue 12, item 3): for every node of
 * the index set, how many units lost points on it and how many points in all, the range
 * of points achieved, the appraisal reasons given for the losses grouped by wording, and
 * how much of the difference between the units' totals the node accounts for.
 * <p>
 * That last figure is the node's share of the variance of the totals:
 * {@code cov(node points, total) ÷ var(total) × 100} over the units (population
 * variance). Since a total is the sum of its leaves (plus bonus, minus deduction, and
 * converted where criteria do not apply) the leaves' shares add up to 100 % less what the
 * adjustments and conversions account for; a node every unit scored alike has 0 %, and
 * one on which the best units gained and the others lost has a large share — it decided
 * the ranking. Negative shares mean units that did well on the node did worse overall.
 */
public final class LossAnalysis {

	private LossAnalysis() {
	}

	/**
	 * One unit's published result and the reasons published with its leaves.
	 *
	 * @param unitName the unit's name, as the year's ranking names it
	 * @param result its result with the whole tree
	 * @param reasons the published reason for each leaf (empty text for none), by code
	 */
	public record UnitEntry(String unitName, UnitResult result, Map<String, String> reasons) {

		public UnitEntry {
			reasons = Map.copyOf(reasons);
		}

	}

	/**
	 * A reason given for lost points and the units it was given to.
	 *
	 * @param text the reason as first written
	 * @param units the units' names, in ranking order
	 */
	public record Reason(String text, List<String> units) {

		public Reason {
			units = List.copyOf(units);
		}

	}

	/**
	 * One node across the units.
	 *
	 * @param depth 0 for areas, 1 for criteria, 2 for sub-criteria
	 * @param units the units the node applies to
	 * @param losing the units that lost points on it
	 * @param lost the points lost by all units together (points)
	 * @param lowest the lowest points achieved by a unit (points)
	 * @param highest the highest points achieved by a unit (points)
	 * @param share the node's share of the variance of totals (%, may be negative); empty
	 * when every unit has the same total
	 * @param reasons the reasons for lost points, most frequent first (leaves only)
	 */
	public record Row(String code, Level level, int depth, String name, String nameEn, BigDecimal maxPoints,
			boolean leaf, int units, int losing, BigDecimal lost, BigDecimal lowest, BigDecimal highest,
			Optional<BigDecimal> share, List<Reason> reasons) {

		public Row {
			reasons = List.copyOf(reasons);
		}

		/** Every unit it applies to reached the maximum: the node decided nothing. */
		public boolean everyoneAtMaximum() {
			return this.units > 0 && this.losing == 0;
		}

	}

	/**
	 * The rows of every node in tree order.
	 * @param entries the units' results in ranking order, each with the whole tree
	 * @param names each node's Vietnamese and English name by code
	 */
	public static List<Row> of(List<UnitEntry> entries, Map<String, String[]> names) {
		Map<String, List<NodeResult>> byCode = new LinkedHashMap<>();
		Map<String, Integer> depths = new HashMap<>();
		for (UnitEntry entry : entries) {
			for (NodeResult area : entry.result().areas()) {
				collect(area, 0, byCode, depths);
			}
		}
		BigDecimal meanTotal = mean(entries.stream().map((entry) -> entry.result().total()).toList());
		BigDecimal variance = BigDecimal.ZERO;
		for (UnitEntry entry : entries) {
			BigDecimal d = entry.result().total().subtract(meanTotal);
			variance = variance.add(d.multiply(d));
		}
		List<Row> rows = new ArrayList<>();
		for (Map.Entry<String, List<NodeResult>> node : byCode.entrySet()) {
			List<NodeResult> results = node.getValue();
			NodeResult first = results.get(0);
			int applicable = 0;
			int losing = 0;
			BigDecimal lost = BigDecimal.ZERO;
			BigDecimal lowest = null;
			BigDecimal highest = null;
			for (NodeResult result : results) {
				if (result.notApplicable()) {
					continue;
				}
				applicable++;
				if (result.lostPoints().signum() > 0) {
					losing++;
					lost = lost.add(result.lostPoints());
				}
				lowest = (lowest == null || result.points().compareTo(lowest) < 0) ? result.points() : lowest;
				highest = (highest == null || result.points().compareTo(highest) > 0) ? result.points() : highest;
			}
			Optional<BigDecimal> share = Optional.empty();
			if (variance.signum() > 0 && results.size() == entries.size()) {
				BigDecimal meanPoints = mean(results.stream().map(NodeResult::points).toList());
				BigDecimal covariance = BigDecimal.ZERO;
				for (int i = 0; i < entries.size(); i++) {
					covariance = covariance.add(results.get(i)
						.points()
						.subtract(meanPoints)
						.multiply(entries.get(i).result().total().subtract(meanTotal)));
				}
				share = Optional.of(Points.percent(covariance, variance));
			}
			String[] name = names.getOrDefault(node.getKey(), new String[] { node.getKey(), "" });
			rows.add(new Row(node.getKey(), first.node().level(), depths.get(node.getKey()), name[0], name[1],
					first.maxPoints(), first.isLeaf(), applicable, losing, lost,
					(lowest != null) ? lowest : BigDecimal.ZERO, (highest != null) ? highest : BigDecimal.ZERO, share,
					first.isLeaf() ? reasons(node.getKey(), entries) : List.of()));
		}
		return rows;
	}

	/**
	 * The leaves that decided the ranking most: the largest positive shares of the
	 * variance of totals, at most {@code limit}.
	 */
	public static List<Row> decisive(List<Row> rows, int limit) {
		return rows.stream()
			.filter((row) -> row.leaf() && row.share().filter((share) -> share.signum() > 0).isPresent())
			.sorted(Comparator.comparing((Row row) -> row.share().orElseThrow()).reversed())
			.limit(limit)
			.toList();
	}

	private static List<Reason> reasons(String code, List<UnitEntry> entries) {
		Map<String, String> firstWording = new LinkedHashMap<>();
		Map<String, List<String>> units = new LinkedHashMap<>();
		for (UnitEntry entry : entries) {
			NodeResult leaf = find(entry.result().areas(), code);
			if (leaf == null || leaf.notApplicable() || leaf.lostPoints().signum() <= 0) {
				continue;
			}
			String text = entry.reasons().getOrDefault(code, "").strip();
			if (text.isEmpty()) {
				continue;
			}
			String key = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			firstWording.putIfAbsent(key, text);
			units.computeIfAbsent(key, (k) -> new ArrayList<>()).add(entry.unitName());
		}
		return units.entrySet()
			.stream()
			.map((entry) -> new Reason(firstWording.get(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparing((Reason reason) -> reason.units().size()).reversed())
			.toList();
	}

	private static NodeResult find(List<NodeResult> nodes, String code) {
		for (NodeResult node : nodes) {
			if (node.code().equals(code)) {
				return node;
			}
			NodeResult found = find(node.children(), code);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static void collect(NodeResult node, int depth, Map<String, List<NodeResult>> byCode,
			Map<String, Integer> depths) {
		byCode.computeIfAbsent(node.code(), (code) -> new ArrayList<>()).add(node);
		depths.putIfAbsent(node.code(), depth);
		for (NodeResult child : node.children()) {
			collect(child, depth + 1, byCode, depths);
		}
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return BigDecimal.ZERO;
		}
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return Points.divide(sum, BigDecimal.valueOf(values.size()));
	}

}
