package org.parindex.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;

import org.parindex.platform.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 {@code ProblemDetail}, with title and detail in the
 * caller's language. Takes precedence over {@link PageExceptionHandler} for REST
 * controllers. Bad parameters and refused commands answer 400 (the refused fields in the
 * {@code errors} property), clashes with the database's unique rules 409.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	private final FormErrors errors;

	ApiExceptionHandler(MessageSource messages, FormErrors errors) {
		this.messages = messages;
		this.errors = errors;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				this.messages.getMessage(exception.messageKey(), exception.arguments(), locale));
		problem.setTitle(this.messages.getMessage("error.not-found.title", null, locale));
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail badParameter(MethodArgumentTypeMismatchException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("error.api.bad-parameter",
						new Object[] { exception.getName(), FormErrors.shown(exception.getValue()) }, locale));
		problem.setTitle(this.messages.getMessage("error.bad-request.title", null, locale));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidCommand(ConstraintViolationException exception, Locale locale) {
		List<String> said = this.errors.of(exception, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ", said));
		problem.setTitle(this.messages.getMessage("error.bad-request.title", null, locale));
		problem.setProperty("errors", said);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail clash(DataIntegrityViolationException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage(PageExceptionHandler.conflictKey(exception), null, locale));
		problem.setTitle(this.messages.getMessage("error.conflict.title", null, locale));
		return problem;
	}

}
