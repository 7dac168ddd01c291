package org.parindex.methodology;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the leaves of a year's index set compare with the previous year's set of the same
 * unit group (issue 12, item 6): for each leaf, its counterparts, decided by the PAR
 * office or suggested from codes and names, or none; and the previous leaves nothing
 * compares with. A leaf may compare with several previous leaves (criteria merged into
 * it) and a previous leaf with several leaves (a criterion split). Comparisons across
 * years use it ({@link CrosswalkService}).
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

	/**
	 * The counterparts of a leaf of {@code set}: one, several (criteria merged into it),
	 * or none.
	 */
	public List<NodeView> counterparts(String code) {
		return this.entries.stream()
			.filter((e) -> e.leaf().code().equals(code))
			.findFirst()
			.map(Entry::previous)
			.orElse(List.of());
	}

	/**
	 * The leaves of {@code set} that compare with a previous leaf: several when that
	 * criterion was split.
	 */
	public List<String> sharing(String previousCode) {
		return this.entries.stream()
			.filter((e) -> e.previous().stream().anyMatch((p) -> p.code().equals(previousCode)))
			.map((e) -> e.leaf().code())
			.toList();
	}

	/**
	 * The previous leaves of an entry that other leaves of {@code set} compare with too
	 * (it was split from them), in the entry's order.
	 */
	public List<String> splitFrom(Entry entry) {
		return entry.previous().stream().map(NodeView::code).filter((p) -> sharing(p).size() > 1).toList();
	}

	/** How many leaves still follow a suggestion the PAR office has not confirmed. */
	public long undecided() {
		return this.entries.stream().filter((e) -> !e.basis().decided() && e.basis() != Basis.SAME).count();
	}

	/**
	 * One leaf and its counterparts.
	 *
	 * @param previous the previous year's leaves it compares with, in the previous tree's
	 * order: one, several when criteria were merged into it, none when it has no
	 * counterpart
	 */
	public record Entry(NodeView leaf, List<NodeView> previous, Basis basis) {

		public Entry {
			previous = List.copyOf(previous);
		}

		/** Whether several previous leaves were merged into it. */
		public boolean merged() {
			return this.previous.size() > 1;
		}

		/** Whether one of its previous leaves' codes is the given one. */
		public boolean comparesWith(String previousCode) {
			return this.previous.stream().anyMatch((p) -> p.code().equals(previousCode));
		}

	}

	/**
	 * Why a leaf has the counterpart it has; message keys {@code crosswalk.basis.*}.
	 */
	public enum Basis {

		/** The PAR office chose the counterparts (or that there is none). */
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
