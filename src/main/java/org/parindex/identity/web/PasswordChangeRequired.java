package org.parindex.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parindex.identity.AccountView;
import org.parindex.identity.IdentityService;
import org.parindex.platform.Actors;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Someone signed in with a password set by an administrator must choose their own before
 * doing anything else: every page but the password form and sign-out sends them there.
 */
@Component
class PasswordChangeRequired implements HandlerInterceptor, WebMvcConfigurer {

	private final IdentityService identity;

	PasswordChangeRequired(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.excludePathPatterns("/account/password", "/logout", "/login", "/error", "/assets/**", "/webjars/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		boolean mustChange = Actors.current()
			.flatMap((actor) -> this.identity.find(actor.accountId()))
			.map(AccountView::mustChangePassword)
			.orElse(false);
		if (mustChange) {
			response.sendRedirect(request.getContextPath() + "/account/password");
			return false;
		}
		return true;
	}

}
