package org.parindex.contest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parindex.organization.OrganizationService;
import org.parindex.platform.AuditableChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The public list of contests is read from the database once per time-to-live however
 * many open it, and again at once after a contest changes on this instance.
 */
class ContestCatalogTests {

	private final ContestService contests = mock(ContestService.class);

	private final ContestCatalog catalog = new ContestCatalog(this.contests, mock(QuestionBankService.class),
			mock(OrganizationService.class));

	@Test
	void theListOfContestsIsReadOnceForManyVisitors() {
		when(this.contests.contests()).thenReturn(List.of());
		for (int visitor = 0; visitor < 100; visitor++) {
			assertThat(this.catalog.contests()).isEmpty();
		}
		verify(this.contests, times(1)).contests();
	}

	@Test
	void aChangedContestIsListedAtOnce() {
		when(this.contests.contests()).thenReturn(List.of());
		this.catalog.contests();
		this.catalog.changed(new AuditableChange("cuocthi", "contest", "1", "created", "", "", ""));
		this.catalog.contests();
		this.catalog.changed(new AuditableChange("admin", "unit", "1", "renamed", "", "", ""));
		this.catalog.contests();
		verify(this.contests, times(2)).contests();
	}

}
