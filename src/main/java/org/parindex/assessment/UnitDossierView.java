package org.parindex.assessment;

import java.util.List;

import org.parindex.methodology.IndexSetView;

/**
 * A unit's dossier in a cycle as one page shows it: the cycle and its index set, the
 * dossier's status, the council's approval, and every appraisal leaf in tree order.
 *
 * @param approved the year is closed: approved by the council (or published)
 * @param editable the unit may still change its self-assessment now (the dossier's rule,
 * so that no page decides it again)
 */
public record UnitDossierView(CycleView cycle, IndexSetView set, DossierView dossier, boolean approved,
		List<LeafRecordView> leaves, boolean editable) {

	public UnitDossierView {
		leaves = List.copyOf(leaves);
	}

	/** How many leaves the unit has entered. */
	public long entered() {
		return this.leaves.stream().filter(LeafRecordView::entered).count();
	}

	/**
	 * The leaves whose score the appraisers changed, in tree order: the unit learns every
	 * one, asked about or not.
	 */
	public List<LeafRecordView> changed() {
		return this.leaves.stream().filter(LeafRecordView::changedByAppraisers).toList();
	}

	/** The leaves the appraisers asked the unit to explain. */
	public List<LeafRecordView> flagged() {
		return this.leaves.stream().filter(LeafRecordView::flagged).toList();
	}

}
