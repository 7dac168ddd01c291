package org.parindex.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@ExtendWith(OutputCaptureExtension.class)
class InitialAdministratorTests {

	@Test
	void refusesToStartWithAnAdministratorPasswordOverSeventyTwoBytes(CapturedOutput output) {
		IdentityService identity = mock(IdentityService.class);
		InitialAdministrator first = new InitialAdministrator(identity, "quantri",
				SecurityAttacksScenario.LONG_PASSWORD);
		assertThatIllegalStateException().isThrownBy(() -> first.run(null))
			.withMessageContaining("PARINDEX_ADMIN_PASSWORD")
			.withMessageContaining("72 bytes");
		assertThat(output).contains("PARINDEX_ADMIN_PASSWORD", "84 bytes", "72");
		verify(identity, never()).createAccount(any());
	}

}
