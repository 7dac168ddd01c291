package org.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.parindex.engine.Change;
import org.parindex.engine.Comparability;
import org.parindex.organization.UnitLineage;
import org.parindex.organization.UnitView;

/**
 * Finds a unit's standing the year before through its history ({@link UnitLineage}): its
 * own, or its re-founded predecessor's; for a merged or split unit none, but its
 * predecessors' results as context (docs/scoring.md, "Year over year"). Used alike for
 * live results ({@link ScoringService}) and published ones.
 */
public final class YearOverYear {

	private YearOverYear() {
	}

	/**
	 * The keys under which units count as the same participant for {@link Comparability}:
	 * a re-founded unit and its predecessor share one.
	 * @param submittedUnitIds the ids of the units that took part by submitting
	 */
	public static Set<String> keys(UnitLineage lineage, Collection<Long> submittedUnitIds) {
		return submittedUnitIds.stream()
			.map((id) -> Long.toString(lineage.comparisonKey(id)))
			.collect(Collectors.toSet());
	}

	/**
	 * A unit's standing the year before and its predecessors' results.
	 * @param year the later year
	 * @param total the unit's total in {@code year}
	 * @param rank the unit's rank in {@code year}
	 * @param compared whether a change may be shown: both rankings comparable and the
	 * unit submitted
	 * @param earlier the submitting units' results of the year before, by unit id (empty
	 * when that year is not to be read)
	 * @param earlierNames the units as named at the end of the year before, by id
	 */
	public static Comparison compare(UnitLineage lineage, int year, long unitId, BigDecimal total, int rank,
			boolean compared, Map<Long, Earlier> earlier, Map<Long, UnitView> earlierNames) {
		UnitLineage.Counterpart counterpart = lineage.counterpart(unitId, year, earlier::containsKey);
		if (counterpart.compared()) {
			if (!compared) {
				return new Comparison(Optional.empty(), List.of());
			}
			UnitView unit = counterpart.units().get(0);
			Earlier before = earlier.get(unit.id());
			Optional<UnitView> predecessor = (counterpart.kind() == UnitLineage.Counterpart.Kind.REFOUNDED)
					? Optional.of(earlierNames.getOrDefault(unit.id(), unit)) : Optional.empty();
			return new Comparison(Optional.of(new PreviousStanding(year - 1, before.total(), before.rank(),
					before.unitCount(), Change.between(before.total(), before.rank(), total, rank), predecessor)),
					List.of());
		}
		List<PredecessorStanding> context = new ArrayList<>();
		for (UnitView unit : counterpart.units()) {
			Earlier before = earlier.get(unit.id());
			context.add(new PredecessorStanding(earlierNames.getOrDefault(unit.id(), unit), year - 1, before.total(),
					before.rank(), before.unitCount()));
		}
		return new Comparison(Optional.empty(), context);
	}

	/**
	 * A unit's result the year before.
	 *
	 * @param total in points
	 * @param rank from 1
	 * @param unitCount how many units that ranking had
	 */
	public record Earlier(BigDecimal total, int rank, int unitCount) {

	}

	/** What a unit's result compares with the year before. */
	public record Comparison(Optional<PreviousStanding> previous, List<PredecessorStanding> predecessors) {

	}

}
