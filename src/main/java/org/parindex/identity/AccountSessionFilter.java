package org.parindex.identity;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-checks the signed-in account on every request, with one query by primary key: a
 * session whose account was deactivated, had its password reset or changed elsewhere, or
 * its role or unit changed (the principal remembers the account's credential version,
 * role and unit of sign-in) is signed out before anything else happens, and a page
 * request is sent to {@code /login?expired} (the API answers as to anyone not signed in).
 * Someone whose password was set by an administrator is sent to the password form for
 * every page but that form and sign-out. Own assets ({@code /assets/**},
 * {@code /webjars/**}) are not checked.
 */
class AccountSessionFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(AccountSessionFilter.class);

	/** What someone who must change their password may still reach. */
	private static final Set<String> WHILE_MUST_CHANGE = Set.of("/account/password", "/logout", "/login", "/error");

	private final AccountRepository accounts;

	AccountSessionFilter(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return path.startsWith("/assets/") || path.startsWith("/webjars/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy()
			.getContext()
			.getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountRepository.StoredAccount> account = this.accounts.find(principal.accountId());
		if (account.isEmpty() || !principal.stillMatches(account.get())) {
			logger.info("Ended a session of {}: the account changed since sign-in", principal.username());
			new SecurityContextLogoutHandler().logout(request, response, authentication);
			if (path(request).startsWith("/api/")) {
				chain.doFilter(request, response);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?expired");
			}
			return;
		}
		if (account.get().mustChangePassword() && !WHILE_MUST_CHANGE.contains(path(request))) {
			response.sendRedirect(request.getContextPath() + "/account/password");
			return;
		}
		chain.doFilter(request, response);
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
