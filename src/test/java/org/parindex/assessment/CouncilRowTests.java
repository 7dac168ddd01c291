package org.parindex.assessment;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is overdue for a unit at each stage (the cycle page and its workbook,
 * {@link CouncilRow#overdue}).
 */
class CouncilRowTests {

	@Test
	void whatIsOverdueFollowsTheStages() {
		CouncilRow locked = row(DossierStatus.LOCKED, 0, 0, 0);
		assertThat(locked.overdue(Stage.SELF_ASSESSMENT, false)).containsExactly("dashboard.overdue.self");
		assertThat(locked.overdue(Stage.PUBLICATION, true)).isEmpty();
		CouncilRow draft = row(DossierStatus.DRAFT, 0, 0, 0);
		assertThat(draft.overdue(Stage.SELF_ASSESSMENT, false)).isEmpty();
		assertThat(draft.overdue(Stage.APPRAISAL, false)).containsExactly("dashboard.overdue.self");
		CouncilRow asked = row(DossierStatus.SUBMITTED, 3, 1, 2);
		assertThat(asked.overdue(Stage.EXPLANATION, false)).isEmpty();
		assertThat(asked.overdue(Stage.COUNCIL, false)).containsExactly("dashboard.overdue.explanation");
		assertThat(asked.overdue(Stage.AWAITING_PUBLICATION, false)).containsExactly("dashboard.overdue.explanation",
				"dashboard.overdue.council");
	}

	private static CouncilRow row(DossierStatus status, int flagged, int answered, int pending) {
		return new CouncilRow(1, status, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 0, flagged, answered, 0,
				pending);
	}

}
