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
 * one, who must choose a new password at first sign-in. Does nothing otherwise.
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
