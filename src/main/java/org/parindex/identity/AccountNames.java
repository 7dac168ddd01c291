package org.parindex.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.parindex.platform.PersonNames;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names people read for an account: pages show who did something by the display name
 * the PAR office gave the account ("Hội đồng thẩm định Chỉ số CCHC"), never by its login
 * ("hoidong"), which is a credential half and means nothing to a reader (issue 9, probe
 * of the council and publication pages). Templates call it as {@code @people.name(...)};
 * the audit trail, where the exact account matters, shows both ({@link #label}).
 * <p>
 * A step the demo's stage mover made on an account's behalf
 * ({@link PersonNames#DEMO_STEP}) is named as the person followed by "(thao tác minh
 * họa)" (walk #14).
 * <p>
 * Names are cached for one minute (at most 10,000 accounts), so a page listing many
 * events reads each account once.
 */
@Component("people")
public class AccountNames implements PersonNames {

	private static final Duration KEPT = Duration.ofMinutes(1);

	private final AccountRepository accounts;

	private final MessageSource messages;

	private final Cache<String, Optional<String>> names = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(KEPT)
		.build();

	AccountNames(AccountRepository accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	/**
	 * The account's display name; the stored text itself when no account has that login
	 * (an actor recorded by the system, such as a scheduled task, or an account's login
	 * written before it was renamed), and "" for none.
	 * @param username the login as recorded, any case
	 * @return the display name, never null
	 */
	@Override
	public String name(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		if (username.endsWith(DEMO_STEP) && username.length() > DEMO_STEP.length()) {
			return demoStep(name(username.substring(0, username.length() - DEMO_STEP.length())));
		}
		return displayName(username).orElse(username);
	}

	/** "Trần Minh Đức (thao tác minh họa)": a step the demo's stage mover made. */
	private String demoStep(String name) {
		return this.messages.getMessage("people.demo-step", new Object[] { name }, LocaleContextHolder.getLocale());
	}

	/**
	 * The display name with the login in brackets ("Hội đồng thẩm định (hoidong)"), for
	 * the audit trail where the exact account matters; the login alone when no account
	 * has it.
	 * @param username the login as recorded, any case
	 * @return the label, never null
	 */
	public String label(@Nullable String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		if (username.endsWith(DEMO_STEP) && username.length() > DEMO_STEP.length()) {
			return demoStep(label(username.substring(0, username.length() - DEMO_STEP.length())));
		}
		return displayName(username).map((name) -> name + " (" + username + ")").orElse(username);
	}

	private Optional<String> displayName(String username) {
		String key = username.strip().toLowerCase(Locale.ROOT);
		return this.names.get(key,
				(login) -> this.accounts.findByUsername(login)
					.map(AccountRepository.StoredAccount::displayName)
					.filter((name) -> !name.isBlank()));
	}

}
