package org.parindex.identity;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a new installation: when {@code parindex.admin.username} and
 * {@code parindex.admin.password} are set and no active administrator exists, creates
 * one, who must choose a new password at first sign-in. Does nothing otherwise. A
 * password the policy refuses (fewer than 10 characters, more than 72 bytes in UTF-8, the
 * username, a common one) stops the start with a log line saying why, rather than an
 * account nobody can sign in to or a hashing error.
 *
 * @throws IllegalStateException from {@link #run} when the password is refused
 */
@Component
class InitialAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(InitialAdministrator.class);

	private final IdentityService identity;

	private final String username;

	private final String password;

	InitialAdministrator(IdentityService identity, @Value("${parindex.admin.username:}") String username,
			@Value("${parindex.admin.password:}") String password) {
		this.identity = identity;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.username.isBlank() || this.password.isBlank()
				|| this.identity.hasActiveAccountWithRole(Role.ADMINISTRATOR)) {
			return;
		}
		PasswordPolicy.problem(this.password, this.username).ifPresent((key) -> {
			String why = switch (key) {
				case "account.password.too-long" -> "it is " + PasswordPolicy.bytes(this.password)
						+ " bytes in UTF-8 and bcrypt takes at most " + PasswordPolicy.MAX_BYTES
						+ " bytes (about 72 letters without accents, fewer with Vietnamese accents)";
				case "account.password.too-short" -> "it has fewer than " + PasswordPolicy.MIN_LENGTH + " characters";
				case "account.password.contains-username" -> "it contains the username";
				default -> "it is one of the passwords everybody tries first";
			};
			logger.error("PARINDEX_ADMIN_PASSWORD (parindex.admin.password) cannot be used for the initial "
					+ "administrator {}: {}. Set another password and start again.", this.username, why);
			throw new IllegalStateException("PARINDEX_ADMIN_PASSWORD (parindex.admin.password) is refused: " + why);
		});
		try {
			this.identity.createAccount(new CreateAccount(this.username, this.username, Role.ADMINISTRATOR,
					Optional.empty(), this.password, true));
			logger.info("Created the initial administrator {}", this.username);
		}
		catch (InvalidAccountException ex) {
			if (!"account.username.taken".equals(ex.messageKey())) {
				throw ex;
			}
			// Another instance starting at the same time created it, or the name is
			// taken.
			logger.warn("Did not create the initial administrator {}: the username is taken", this.username);
		}
	}

}
