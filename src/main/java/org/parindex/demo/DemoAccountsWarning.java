package org.parindex.demo;

import java.util.List;
import java.util.Map;

import org.parindex.identity.AccountView;
import org.parindex.identity.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * When the demo is off, warns at start-up about active demo accounts left in the
 * database, e.g. by a start before the demo became the {@code demo} profile: they share
 * the password printed in the README, so the administrator should deactivate them or give
 * them new passwords. Changes nothing itself.
 */
@org.springframework.stereotype.Component
@ConditionalOnBooleanProperty(name = "parindex.demo.enabled", havingValue = false, matchIfMissing = true)
class DemoAccountsWarning implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoAccountsWarning.class);

	private final IdentityService identity;

	DemoAccountsWarning(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> present = activeDemoAccounts();
		if (!present.isEmpty()) {
			logger.warn("The demo is off, but {} demo account(s) are active: {}. They were created with the "
					+ "password published in the README: deactivate them or reset their passwords at "
					+ "/admin/identity/accounts.", present.size(), String.join(", ", present));
		}
	}

	/**
	 * The usernames of the demo's accounts (demo/accounts.tsv) that exist and are active.
	 */
	List<String> activeDemoAccounts() {
		return DemoData.read("accounts.tsv")
			.stream()
			.map((Map<String, String> row) -> row.get("username"))
			.filter((username) -> this.identity.findByUsername(username).map(AccountView::active).orElse(false))
			.toList();
	}

}
