package org.parindex.identity;

import org.junit.jupiter.api.Test;
import org.parindex.platform.StartupLoading;

import org.springframework.security.authentication.BadCredentialsException;

import static org.assertj.core.api.Assertions.assertThat;

class SignInFailureTests {

	@Test
	void aSignInRefusedWhileTheDemoLoadsSaysItIsLoadingNotThatThePasswordIsWrong() {
		StartupLoading startup = new StartupLoading();
		assertThat(IdentitySecurity.failure(new BadCredentialsException("bad"), startup.loading()))
			.isEqualTo("/login?error");
		startup.begin();
		assertThat(IdentitySecurity.failure(new BadCredentialsException("bad"), startup.loading()))
			.isEqualTo("/login?loading");
		startup.ready();
		assertThat(IdentitySecurity.failure(new BadCredentialsException("bad"), startup.loading()))
			.isEqualTo("/login?error");
	}

}
