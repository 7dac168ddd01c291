package org.parindex.methodology;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the leaves of a year's index set compare with the previous year's set of the same
 * unit group (issue 12, item 6): for each leaf, its counterpart, decided by the PAR
 * office or suggested from codes and names, or none; and the previous leaves nothing
 * compares with. Comparisons across years use it ({@link CrosswalkService}).
 *
 * @param set the year's set
 * @param previous the previous year's set, when there is one
 * @param entries one per leaf of {@code set}, in the tree's order
 * @param dropped the previous set's leaves that no leaf of {@code set} compares with
 */
public record Crosswalk(IndexSetView set, Optional<IndexSetView> previous, List<Entry> entries,
		List<NodeView> dropped) {

	public Crosswalk {
		entries = List.copyOf(entries);
		dropped = List.copyOf(dropped);
	}

	/** The counterpart of a leaf of {@code set}, if it has one. */
	public Optional<NodeView> counterpart(String code) {
		return this.entries.stream().filter((e) -> e.leaf().code().equals(code)).findFirst().flatMap(Entry::previous);
	}

	/** How many leaves still follow a suggestion the PAR office has not confirmed. */
	public long undecided() {
		return this.entries.stream().filter((e) -> !e.basis().decided() && e.basis() != Basis.SAME).count();
	}

	/**
	 * One leaf and its counterpart.
	 *
	 * @param previous the previous year's leaf it compares with; empty for none
	 */
	public record Entry(NodeView leaf, Optional<NodeView> previous, Basis basis) {

	}

	/**
	 * Why a leaf has the counterpart it has; message keys {@code crosswalk.basis.*}.
	 */
	public enum Basis {

		/** The PAR office chose the counterpart (or that there is none). */
		DECIDED,

		/** The previous set has a leaf with the same code and the same name. */
		SAME,

		/**
		 * Suggested: a previous leaf has the same name under another code (the set was
		 * renumbered); to be confirmed.
		 */
		SAME_NAME,

		/**
		 * Suggested: a previous leaf has the same code but another name; to be checked.
		 */
		SAME_CODE,

		/** No previous leaf has its code or its name. */
		NONE;

		/** Whether the PAR office decided it. */
		public boolean decided() {
			return this == DECIDED;
		}

		public String messageKey() {
			return "crosswalk.basis." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
