package org.parindex.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.parindex.platform.Actors;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every page's layout needs, as request attributes set before any handler runs: the
 * current path ({@code currentPath}, for the language links; on an error page the path
 * that failed) and who is signed in ({@code actor}, absent for the public). Request
 * attributes rather than model attributes, so that pages rendered by exception handlers
 * and by the error controller show the same header as any other page.
 */
@Component
class LayoutAttributes implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute("currentPath", currentPath(request));
		request.setAttribute("actor", Actors.current().orElse(null));
		return true;
	}

	private static String currentPath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (request.getDispatcherType() == DispatcherType.ERROR && failed instanceof String path) ? path
				: request.getRequestURI();
		String context = request.getContextPath();
		return uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

}
