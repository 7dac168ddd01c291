package org.parindex.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parindex.platform.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Errors of the pages: a friendly page in the user's language, never a stack trace. What
 * was not found is said with the exception's message key. Forms handle their own
 * refusals; what reaches this handler still gets a clear answer:
 * <ul>
 * <li>a path segment that cannot be read names nothing that exists: 404;</li>
 * <li>a request parameter or form field of the wrong type, missing or out of range: 400,
 * naming the field;</li>
 * <li>a clash with a unique rule or another constraint of the database (two identical
 * submissions at the same moment): 409, saying nothing more was saved.</li>
 * </ul>
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final MessageSource messages;

	private final FormErrors errors;

	PageExceptionHandler(MessageSource messages, FormErrors errors) {
		this.messages = messages;
		this.errors = errors;
	}

	@ExceptionHandler
	String notFound(NotFoundException exception, Model model, Locale locale, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND,
				this.messages.getMessage(exception.messageKey(), exception.arguments(), locale), model, response);
	}

	/**
	 * A path segment that cannot be read (e.g. a year that is not a number) names nothing
	 * that exists; any other parameter of the wrong type is a bad request.
	 */
	@ExceptionHandler
	String badParameter(MethodArgumentTypeMismatchException exception, Model model, Locale locale,
			HttpServletResponse response, jakarta.servlet.http.HttpServletRequest request) {
		if (exception.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return page(HttpStatus.NOT_FOUND, this.messages.getMessage("error.not-found.page", null, locale), model,
					response);
		}
		boolean form = !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
		return page(HttpStatus.BAD_REQUEST, badParameter(this.messages, exception, form, locale), model, response);
	}

	/**
	 * What a parameter of the wrong type is said as: in the page's address (a GET), named
	 * in the user's words ({@code param.<name>}: "Đơn vị", never the code's {@code unit})
	 * when it has them, else as a value of the address (walk of issue 10, second round,
	 * #10); in a form sent (any other method; a hidden field of a page grown old), as a
	 * value the form sent, to be sent again from the page reloaded. Nothing was saved
	 * either way.
	 */
	static String badParameter(MessageSource messages, MethodArgumentTypeMismatchException exception, boolean form,
			Locale locale) {
		String shown = FormErrors.shown(exception.getValue());
		if (form) {
			return messages.getMessage("error.bad-field", new Object[] { shown }, locale);
		}
		String name = messages.getMessage("param." + exception.getName(), null, "", locale);
		return (name == null || name.isEmpty())
				? messages.getMessage("error.bad-parameter", new Object[] { shown }, locale)
				: messages.getMessage("error.bad-parameter.named", new Object[] { name, shown }, locale);
	}

	@ExceptionHandler
	String missingParameter(MissingServletRequestParameterException exception, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		boolean form = !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
		return page(HttpStatus.BAD_REQUEST, missing(this.messages, exception.getParameterName(), form, locale), model,
				response);
	}

	@ExceptionHandler
	String missingPart(MissingServletRequestPartException exception, Model model, Locale locale,
			HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, missing(this.messages, exception.getRequestPartName(), true, locale), model,
				response);
	}

	/**
	 * What a parameter missing is said as: of the page's address (a GET: an old or
	 * hand-typed link, nothing to save) or of a form sent (nothing saved), named in the
	 * user's words ({@code param.<name>}) when it has them, never by the code's name
	 * (walk of issue 10, fourth round: "Thiếu trường set; chưa lưu gì." on a page only
	 * opened).
	 */
	static String missing(MessageSource messages, String parameter, boolean form, Locale locale) {
		String name = messages.getMessage("param." + parameter, null, "", locale);
		boolean named = name != null && !name.isEmpty();
		String key;
		if (form) {
			key = named ? "error.missing-field.named" : "error.missing-field";
		}
		else {
			key = named ? "error.missing-parameter.named" : "error.missing-parameter";
		}
		return messages.getMessage(key, new Object[] { name }, locale);
	}

	/** A form bound without a {@code BindingResult} beside it. */
	@ExceptionHandler
	String invalidForm(BindException exception, Model model, Locale locale, HttpServletResponse response) {
		Object target = exception.getTarget();
		Class<?> form = (target != null) ? target.getClass() : Object.class;
		return page(HttpStatus.BAD_REQUEST, this.errors.of(exception.getBindingResult(), form, locale), model,
				response);
	}

	@ExceptionHandler
	String invalidParameters(HandlerMethodValidationException exception, Model model, Locale locale,
			HttpServletResponse response) {
		List<String> said = exception.getAllErrors()
			.stream()
			.map((error) -> this.messages.getMessage(error, locale))
			.distinct()
			.toList();
		return page(HttpStatus.BAD_REQUEST, said, model, response);
	}

	/** A command a service refused by its constraints, unhandled by the page. */
	@ExceptionHandler
	String invalidCommand(ConstraintViolationException exception, Model model, Locale locale,
			HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, this.errors.of(exception, locale), model, response);
	}

	/**
	 * A clash with a unique rule (or another database constraint) that no service turned
	 * into its own message: nothing was saved, the user is told so.
	 */
	@ExceptionHandler
	String clash(DataIntegrityViolationException exception, Model model, Locale locale, HttpServletResponse response) {
		logger.warn("Refused by a database constraint: {}", exception.getMostSpecificCause().getMessage());
		model.addAttribute("errorTitle", this.messages.getMessage("error.conflict.title", null, locale));
		return page(HttpStatus.CONFLICT, this.messages.getMessage(conflictKey(exception), null, locale), model,
				response);
	}

	/**
	 * A duplicate is said as such (the same form sent twice, or by two people at once);
	 * any other constraint as data that does not fit.
	 */
	static String conflictKey(DataIntegrityViolationException exception) {
		return (exception instanceof DuplicateKeyException) ? "error.conflict" : "error.constraint";
	}

	private static String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("message", message);
		return "error";
	}

	private static String page(HttpStatus status, List<String> messages, Model model, HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("errors", messages);
		return "error";
	}

}
