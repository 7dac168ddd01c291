package org.parindex.survey.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which invitation addresses name this machine, so that the invitations pages warn before
 * thousands of sheets are printed with them (the default is
 * {@code http://localhost:8080}).
 */
class InvitationAddressTests {

	@Test
	void thisMachinesAddressesAreLocal() {
		assertThat(InvitationController.local("http://localhost:8080")).isTrue();
		assertThat(InvitationController.local("http://127.0.0.1:18110")).isTrue();
		assertThat(InvitationController.local("http://[::1]:8080")).isTrue();
		assertThat(InvitationController.local("http://parindex:8080")).isTrue();
		assertThat(InvitationController.local("not an address")).isTrue();
	}

	@Test
	void aPortalsAddressIsNot() {
		assertThat(InvitationController.local("https://cchc.gialai.gov.vn")).isFalse();
		assertThat(InvitationController.local("https://sonoivu.example.vn/portal")).isFalse();
		assertThat(InvitationController.local("http://10.0.0.5")).isFalse();
	}

}
