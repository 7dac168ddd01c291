package org.parindex.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.parindex.platform.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the pages: a friendly page in the user's language, never a stack trace. What
 * was not found is said with the exception's message key.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	String notFound(NotFoundException exception, Model model, Locale locale, HttpServletResponse response) {
		return notFoundPage(this.messages.getMessage(exception.messageKey(), exception.arguments(), locale), model,
				response);
	}

	/**
	 * A path segment that cannot be read (e.g. a year that is not a number) names nothing
	 * that exists.
	 */
	@ExceptionHandler
	String badParameter(MethodArgumentTypeMismatchException exception, Model model, Locale locale,
			HttpServletResponse response) {
		return notFoundPage(this.messages.getMessage("error.not-found.page", null, locale), model, response);
	}

	private static String notFoundPage(String message, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("status", HttpStatus.NOT_FOUND.value());
		model.addAttribute("message", message);
		return "error";
	}

}
