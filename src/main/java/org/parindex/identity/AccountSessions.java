package org.parindex.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parindex.platform.Actors;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The current request's session, for the pages that change the signed-in account itself:
 * after one's own password change the session is renewed (a new session id, holding the
 * account as it is now) while the account's other sessions end; after too many wrong
 * current passwords it is signed out.
 */
@Component
public class AccountSessions {

	private final AccountRepository accounts;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	AccountSessions(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * Signs the session in again as the current account is stored now, under a new
	 * session id. Does nothing when no one is signed in.
	 */
	public void renew(HttpServletRequest request, HttpServletResponse response) {
		Actors.current().flatMap((actor) -> this.accounts.find(actor.accountId())).ifPresent((account) -> {
			AccountPrincipal principal = new AccountPrincipal(account);
			principal.eraseCredentials();
			Authentication previous = this.holder.getContext().getAuthentication();
			UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
				.authenticated(principal, null, principal.getAuthorities());
			if (previous != null) {
				authentication.setDetails(previous.getDetails());
			}
			SecurityContext context = this.holder.createEmptyContext();
			context.setAuthentication(authentication);
			this.holder.setContext(context);
			if (request.getSession(false) != null) {
				request.changeSessionId();
			}
			this.repository.saveContext(context, request, response);
		});
	}

	/** Signs the session out and ends it. */
	public void signOut(HttpServletRequest request, HttpServletResponse response) {
		new SecurityContextLogoutHandler().logout(request, response, this.holder.getContext().getAuthentication());
	}

}
