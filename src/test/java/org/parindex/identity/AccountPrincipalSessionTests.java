package org.parindex.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed-in account travels through the session table (Spring Session JDBC, V114) as
 * Java serialisation: the security context holding it must survive the round trip, with
 * or without a unit, and still match the stored account afterwards.
 */
class AccountPrincipalSessionTests {

	@Test
	void aSignedInAccountWithAUnitSurvivesTheSessionTable() throws Exception {
		AccountRepository.StoredAccount stored = account(Optional.of(42L));
		AccountPrincipal principal = roundTrip(stored);
		assertThat(principal.unitId()).contains(42L);
		assertThat(principal.username()).isEqualTo("dakpo.canbo");
		assertThat(principal.stillMatches(stored)).isTrue();
		assertThat(principal.stillMatches(account(Optional.empty()))).isFalse();
	}

	@Test
	void aSignedInAccountWithoutAUnitSurvivesTheSessionTable() throws Exception {
		AccountRepository.StoredAccount stored = account(Optional.empty());
		AccountPrincipal principal = roundTrip(stored);
		assertThat(principal.unitId()).isEmpty();
		assertThat(principal.stillMatches(stored)).isTrue();
	}

	private static AccountRepository.StoredAccount account(Optional<Long> unit) {
		return new AccountRepository.StoredAccount(7, "dakpo.canbo", "Cán bộ Đak Pơ", "{noop}x", Role.values()[0], unit,
				true, false, 0, Optional.empty(), 3);
	}

	private static AccountPrincipal roundTrip(AccountRepository.StoredAccount stored)
			throws IOException, ClassNotFoundException {
		AccountPrincipal principal = new AccountPrincipal(stored);
		principal.eraseCredentials();
		SecurityContextImpl context = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(context);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			SecurityContextImpl read = (SecurityContextImpl) in.readObject();
			return (AccountPrincipal) read.getAuthentication().getPrincipal();
		}
	}

}
