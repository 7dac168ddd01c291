package org.parindex.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How the units of a group descend from one another, for comparing a year with the year
 * before (docs/scoring.md, "Year over year"). The rule a PAR office reads the same way:
 * <ul>
 * <li>the same unit compares with itself; a rename keeps the unit, so it compares;</li>
 * <li>a unit re-founded under a new code (its predecessor split into it alone, so the
 * predecessor has exactly one successor and the unit exactly one predecessor) compares
 * with the predecessor's result, and says so;</li>
 * <li>a unit that took in other units (a merger) or came out of a split between the two
 * years' ends is not compared: a rank change would mislead; the results its predecessors
 * had the year before are shown beside it instead.</li>
 * </ul>
 * Built from the group's units and events by {@link OrganizationService#lineage(long)};
 * immutable.
 */
public final class UnitLineage {

	private final Map<Long, UnitView> byId = new HashMap<>();

	private final Map<String, UnitView> byCode = new HashMap<>();

	/** Each unit's SUCCEEDS events: its predecessors, with the date. */
	private final Map<Long, List<Link>> predecessors = new HashMap<>();

	/** Each unit's MERGED_INTO and SPLIT_INTO events: its successors. */
	private final Map<Long, List<Link>> successors = new HashMap<>();

	private UnitLineage(List<UnitView> units, List<UnitEventView> events) {
		units.forEach((unit) -> {
			this.byId.put(unit.id(), unit);
			this.byCode.put(unit.code(), unit);
		});
		for (UnitEventView event : events) {
			UnitView related = event.relatedUnitCode().map(this.byCode::get).orElse(null);
			if (related == null) {
				continue;
			}
			switch (event.type()) {
				case SUCCEEDS -> this.predecessors.computeIfAbsent(event.unitId(), (id) -> new ArrayList<>())
					.add(new Link(related.id(), event.type(), event.effectiveOn()));
				case MERGED_INTO, SPLIT_INTO ->
					this.successors.computeIfAbsent(event.unitId(), (id) -> new ArrayList<>())
						.add(new Link(related.id(), event.type(), event.effectiveOn()));
				default -> {
				}
			}
		}
	}

	/**
	 * The lineage of a group.
	 * @param units the group's units, ended ones too
	 * @param events the group's events, oldest first
	 */
	public static UnitLineage of(List<UnitView> units, List<UnitEventView> events) {
		return new UnitLineage(List.copyOf(units), List.copyOf(events));
	}

	/**
	 * The unit this one re-founds under a new code: its only predecessor, which split
	 * into it alone; empty for any other unit.
	 */
	public Optional<UnitView> refoundedFrom(long unitId) {
		List<Link> before = this.predecessors.getOrDefault(unitId, List.of());
		if (before.size() != 1) {
			return Optional.empty();
		}
		long predecessor = before.get(0).unitId();
		List<Link> after = this.successors.getOrDefault(predecessor, List.of());
		if (after.size() != 1 || after.get(0).type() != UnitEventType.SPLIT_INTO || after.get(0).unitId() != unitId) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.byId.get(predecessor));
	}

	/**
	 * The unit that re-founds this one under a new code ({@link #refoundedFrom}, seen
	 * from the predecessor); empty for any other unit.
	 */
	public Optional<UnitView> refoundedAs(long unitId) {
		List<Link> after = this.successors.getOrDefault(unitId, List.of());
		if (after.size() != 1) {
			return Optional.empty();
		}
		return refoundedFrom(after.get(0).unitId()).filter((unit) -> unit.id() == unitId)
			.flatMap((unit) -> Optional.ofNullable(this.byId.get(after.get(0).unitId())));
	}

	/**
	 * The unit's earliest ancestor through re-foundings only, then each one after it,
	 * ending with the unit itself: the units whose results make one line over the years.
	 */
	public List<UnitView> line(long unitId) {
		List<UnitView> line = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		Optional<UnitView> current = Optional.ofNullable(this.byId.get(unitId));
		while (current.isPresent() && seen.add(current.get().id())) {
			line.add(0, current.get());
			current = refoundedFrom(current.get().id());
		}
		return List.copyOf(line);
	}

	/**
	 * What a unit's result of a year compares with in the year before.
	 * @param unitId the unit, as it took part in {@code year}
	 * @param year the later year (from 1945)
	 * @param hadResult whether a unit has a result the year before that may be compared
	 * with (it took part by submitting)
	 */
	public Counterpart counterpart(long unitId, int year, Predicate<Long> hadResult) {
		LocalDate previousEnd = LocalDate.of(year - 1, 12, 31);
		LocalDate end = LocalDate.of(year, 12, 31);
		List<Link> changed = this.predecessors.getOrDefault(unitId, List.of())
			.stream()
			.filter((link) -> link.effectiveOn().isAfter(previousEnd) && !link.effectiveOn().isAfter(end))
			.toList();
		if (!changed.isEmpty() && refoundedFrom(unitId).isEmpty()) {
			// merged or split between the two years' ends: context, never a rank change
			Set<UnitView> context = new LinkedHashSet<>();
			if (hadResult.test(unitId)) {
				context.add(this.byId.get(unitId));
			}
			changed.stream()
				.map(Link::unitId)
				.filter(hadResult)
				.map(this.byId::get)
				.filter((unit) -> unit != null)
				.forEach(context::add);
			boolean merged = changed.stream()
				.anyMatch((link) -> this.successors.getOrDefault(link.unitId(), List.of())
					.stream()
					.anyMatch((after) -> after.unitId() == unitId && after.type() == UnitEventType.MERGED_INTO));
			return new Counterpart(merged ? Counterpart.Kind.MERGED : Counterpart.Kind.SPLIT, List.copyOf(context));
		}
		if (hadResult.test(unitId)) {
			return new Counterpart(Counterpart.Kind.SAME, List.of(this.byId.get(unitId)));
		}
		List<UnitView> line = line(unitId);
		for (int i = line.size() - 2; i >= 0; i--) {
			if (hadResult.test(line.get(i).id())) {
				return new Counterpart(Counterpart.Kind.REFOUNDED, List.of(line.get(i)));
			}
		}
		return new Counterpart(Counterpart.Kind.NONE, List.of());
	}

	/** A unit as the key it compares under: its latest re-founding's, else its own id. */
	public long comparisonKey(long unitId) {
		long key = unitId;
		Set<Long> seen = new HashSet<>();
		Optional<UnitView> next = refoundedAs(key);
		while (next.isPresent() && seen.add(next.get().id())) {
			key = next.get().id();
			next = refoundedAs(key);
		}
		return key;
	}

	/**
	 * What a unit compares with the year before.
	 *
	 * @param kind how it relates to them
	 * @param units for {@code SAME} the unit itself, for {@code REFOUNDED} its
	 * predecessor; for {@code MERGED} and {@code SPLIT} the units (the unit itself too,
	 * when it continued) whose results of the year before are shown as context; empty for
	 * {@code NONE}
	 */
	public record Counterpart(Kind kind, List<UnitView> units) {

		/** How a unit relates to the units it compares with. */
		public enum Kind {

			/** The same unit (renamed or not): compared. */
			SAME,

			/** Re-founded under a new code from one predecessor: compared with it. */
			REFOUNDED,

			/** Took in other units: not compared, its predecessors shown. */
			MERGED,

			/** Came out of a split: not compared, the split unit shown. */
			SPLIT,

			/** Nothing to compare with. */
			NONE

		}

		/** Whether a change of rank and points is shown. */
		public boolean compared() {
			return this.kind == Kind.SAME || this.kind == Kind.REFOUNDED;
		}

	}

	private record Link(long unitId, UnitEventType type, LocalDate effectiveOn) {

	}

}
