package org.parindex.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.parindex.platform.Actor;
import org.parindex.platform.Actors;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the current path (for the language links) and who is
 * signed in.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** The signed-in person, for the header; absent for the public. */
	@ModelAttribute("actor")
	Actor actor() {
		return Actors.current().orElse(null);
	}

}
