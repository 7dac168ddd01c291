package org.parindex.demo;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parindex.identity.AccountView;
import org.parindex.identity.IdentityService;
import org.parindex.identity.Role;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * With the demo off, active demo accounts left in the database (they share the README's
 * password) are named in a warning at start-up; an installation without them gets none.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsWarningTests {

	private final IdentityService identity = mock(IdentityService.class);

	@Test
	void namesActiveDemoAccountsLeftInTheDatabase(CapturedOutput output) {
		given(this.identity.findByUsername(anyString())).willReturn(Optional.empty());
		given(this.identity.findByUsername("admin")).willReturn(Optional.of(account("admin", true)));
		given(this.identity.findByUsername("sonoivu")).willReturn(Optional.of(account("sonoivu", false)));
		given(this.identity.findByUsername("dakpo.canbo")).willReturn(Optional.of(account("dakpo.canbo", true)));

		new DemoAccountsWarning(this.identity).run(new DefaultApplicationArguments());

		assertThat(output).contains("2 demo account(s) are active: admin, dakpo.canbo").doesNotContain("sonoivu");
	}

	@Test
	void theDemoHasTwoSurveyStaffAccountsForDoubleEntry() {
		// walk10 #9: double entry needs a second person; the demo had one survey account
		assertThat(DemoData.read("accounts.tsv")).filteredOn((row) -> "SURVEY_STAFF".equals(row.get("role")))
			.extracting((row) -> row.get("username"))
			.containsExactly("dieutra", "dieutra2");
		assertThat(DemoData.read("accounts.tsv")).filteredOn((row) -> "dieutra2".equals(row.get("username")))
			.extracting((row) -> row.get("display_name"))
			.containsExactly("Nguyễn Văn Phúc");
	}

	@Test
	void saysNothingWithoutDemoAccounts(CapturedOutput output) {
		given(this.identity.findByUsername(anyString())).willReturn(Optional.empty());

		new DemoAccountsWarning(this.identity).run(new DefaultApplicationArguments());

		assertThat(output).doesNotContain("demo account");
	}

	private static AccountView account(String username, boolean active) {
		return new AccountView(1, username, username, Role.ADMINISTRATOR, Optional.empty(), active, false,
				Optional.empty());
	}

}
