package org.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeafRecordViewTests {

	@Test
	void theScoreInForceIsRoundTwoThenRoundOneThenTheSelfScore() {
		assertThat(leaf(Optional.of("1"), Optional.empty(), Optional.empty()).appraisedPoints()).contains(points("1"));
		assertThat(leaf(Optional.of("1"), Optional.of("0.5"), Optional.empty()).appraisedPoints())
			.contains(points("0.5"));
		assertThat(leaf(Optional.of("1"), Optional.of("0.5"), Optional.of("0.75")).appraisedPoints())
			.contains(points("0.75"));
		assertThat(leaf(Optional.of("1"), Optional.empty(), Optional.of("0")).round1OrSelf()).contains(points("1"));
	}

	@Test
	void aLeafIsEnteredOnlyWithTheRulesInputs() {
		LeafRecordView explainedOnly = new LeafRecordView("1.1", Map.of(), "Đang hoàn thiện", Optional.empty(),
				Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), "", 0, "canbo", List.of(),
				Optional.empty(), "", Optional.empty());
		assertThat(explainedOnly.entered()).isFalse();
		assertThat(LeafRecordView.empty("1.1", List.of()).version()).isEqualTo(-1);
		assertThat(leaf(Optional.of("1"), Optional.empty(), Optional.empty()).entered()).isTrue();
	}

	@Test
	void onlyDraftAndReturnedDossiersCanBeEdited() {
		assertThat(DossierStatus.DRAFT.editable()).isTrue();
		assertThat(DossierStatus.RETURNED.editable()).isTrue();
		assertThat(DossierStatus.SUBMITTED.editable()).isFalse();
		assertThat(DossierStatus.LOCKED.editable()).isFalse();
	}

	@Test
	void theCouncilTableSaysWhetherAndByHowMuchTheAppraisalChangedTheSelfScore() {
		CouncilRow row = new CouncilRow(1, DossierStatus.SUBMITTED, points("50"), points("48.5"), points("49"), 2, 1, 1,
				1, 0);
		assertThat(row.changed()).isTrue();
		assertThat(row.difference()).isEqualByComparingTo("-1");
		assertThat(
				new CouncilRow(1, DossierStatus.SUBMITTED, points("50"), points("50"), points("50.00"), 0, 0, 0, 0, 0)
					.changed())
			.isFalse();
	}

	@Test
	void aConfirmedSelfScoreStaysExactAndIsNoChange() {
		// round 2 confirmed a self-score of 0.34722…; the points column keeps 0.3472, and
		// no override was made since the score equals the self-score
		LeafRecordView confirmed = new LeafRecordView("3.3.4", Map.of("actual", BigDecimal.ONE), "",
				Optional.of(points("0.34722222225")), Optional.empty(), "", Optional.empty(), Optional.empty(),
				Optional.of(points("0.3472")), "", 2, "thamdinh", List.of(), Optional.empty(), "", Optional.empty());
		assertThat(confirmed.appraisedPoints()).contains(points("0.34722222225"));
		assertThat(confirmed.changedByAppraisers()).isFalse();
		assertThat(leaf(Optional.of("1"), Optional.of("0.5"), Optional.empty()).changedByAppraisers()).isTrue();
		assertThat(leaf(Optional.of("1"), Optional.of("0.5"), Optional.of("1")).changedByAppraisers()).isFalse();
	}

	@Test
	void aSelfScoreTypedAtThePointsPrecisionIsNoChange() {
		// the unit's ratio gives 0,34722…; the appraiser types it as the column keeps it
		LeafRecordView typed = new LeafRecordView("3.3.4", Map.of("actual", BigDecimal.ONE), "",
				Optional.of(points("0.34722222225")), Optional.of(points("0.3472")), "", Optional.empty(),
				Optional.empty(), Optional.empty(), "", 2, "thamdinh", List.of(), Optional.of(points("0.3472")), "",
				Optional.empty());
		assertThat(typed.changedByAppraisers()).isFalse();
		LeafRecordView changed = new LeafRecordView("3.3.4", Map.of("actual", BigDecimal.ONE), "",
				Optional.of(points("0.34722222225")), Optional.of(points("0.3473")), "", Optional.empty(),
				Optional.empty(), Optional.empty(), "", 2, "thamdinh", List.of(), Optional.of(points("0.3473")), "",
				Optional.empty());
		assertThat(changed.changedByAppraisers()).isTrue();
		// the council's row: sums apart in the fifth decimal, no criterion changed
		assertThat(new CouncilRow(1, DossierStatus.SUBMITTED, points("46.22002"), points("46.22"), points("46.22"), 0,
				0, 0, 0, 0)
			.changed()).isFalse();
		assertThat(org.parindex.platform.Bounds.samePoints(points("0.67499999"), points("0.6750"))).isTrue();
		assertThat(org.parindex.platform.Bounds.samePoints(points("0.67494999"), points("0.6750"))).isFalse();
	}

	/**
	 * A leaf as the dossier records it: an override wherever the appraisers' score
	 * differs.
	 */
	private static LeafRecordView leaf(Optional<String> self, Optional<String> round1, Optional<String> fin) {
		Optional<BigDecimal> appraised = fin.or(() -> round1).map(BigDecimal::new);
		Optional<BigDecimal> override = appraised
			.filter((a) -> self.isEmpty() || a.compareTo(new BigDecimal(self.get())) != 0);
		return new LeafRecordView("1.1", Map.of("score", BigDecimal.ONE), "", self.map(BigDecimal::new),
				round1.map(BigDecimal::new), "", Optional.empty(), Optional.empty(), fin.map(BigDecimal::new), "", 1,
				"canbo", List.of(), override, "", Optional.empty());
	}

	private static BigDecimal points(String value) {
		return new BigDecimal(value);
	}

}
