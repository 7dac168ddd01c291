package org.parindex.platform.web;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.parindex.platform.DecimalInput;
import org.parindex.platform.Label;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Says why a form or a command was refused, one message per field, each naming the field
 * by its {@link Label} and saying what is allowed: "Điểm tối đa: phải từ 0 đến
 * 99.999,9999, tối đa 4 chữ số thập phân." A value that could not even be read (a word
 * where a number belongs, an unknown choice, a malformed date) is quoted, shortened to
 * {@value #SHOWN} characters. Pages show these messages instead of any one form's generic
 * text.
 */
@Component
public class FormErrors {

	/** Characters of a refused value shown back to the user at most. */
	static final int SHOWN = 40;

	/** The constraints that say a field is empty. */
	private static final Set<String> EMPTY_CODES = Set.of("NotBlank", "NotNull", "NotEmpty");

	private final MessageSource messages;

	private final Validator validator;

	public FormErrors(MessageSource messages, Validator validator) {
		this.messages = messages;
		this.validator = validator;
	}

	/**
	 * The messages of a form's binding and validation errors, in the user's language.
	 * @param form the form record class, whose components carry {@link Label}s
	 */
	public List<String> of(BindingResult result, Class<?> form, Locale locale) {
		Set<String> said = new LinkedHashSet<>();
		Set<String> empty = new java.util.HashSet<>();
		for (FieldError field : result.getFieldErrors()) {
			if (EMPTY_CODES.contains(field.getCode())) {
				empty.add(field.getField());
			}
		}
		// in the form's order (its record's components, as the page lays them out),
		// whether a field could not be read or broke a constraint; the form's own
		// refusals first (walk #1)
		List<ObjectError> errors = new ArrayList<>(result.getAllErrors());
		errors.sort(java.util.Comparator.comparingInt((ObjectError error) -> place(form, error)));
		for (ObjectError error : errors) {
			if (error instanceof FieldError field) {
				// an empty field is said once, as empty, not also as not matching its
				// pattern
				if (!empty.contains(field.getField()) || EMPTY_CODES.contains(field.getCode())) {
					said.add(field(form, field, locale));
				}
			}
			else {
				said.add(this.messages.getMessage(error, locale));
			}
		}
		if (result.getTarget() == null) {
			said.addAll(othersOf(result, form, locale));
		}
		return List.copyOf(said);
	}

	/**
	 * An error's place in the form: its field's place among the record's components, -1
	 * for an error of the whole form, after the components for a field it does not have.
	 */
	private static int place(Class<?> form, ObjectError error) {
		if (!(error instanceof FieldError field)) {
			return -1;
		}
		RecordComponent[] components = form.getRecordComponents();
		String name = baseName(field.getField());
		for (int i = 0; (components != null) && i < components.length; i++) {
			if (components[i].getName().equals(name)) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	/**
	 * When a field could not be read the record was not built, and Spring did not check
	 * the fields that were read: check them here, so that every refusal is said at once.
	 */
	private List<String> othersOf(BindingResult result, Class<?> form, Locale locale) {
		RecordComponent[] components = form.getRecordComponents();
		if (components == null) {
			return List.of();
		}
		List<String> said = new ArrayList<>();
		for (RecordComponent component : components) {
			String name = component.getName();
			if (result.hasFieldErrors(name)) {
				continue;
			}
			Object value;
			try {
				value = result.getFieldValue(name);
			}
			catch (RuntimeException ex) {
				continue;
			}
			if (value != null && !component.getType().isInstance(value) && !component.getType().isPrimitive()) {
				continue;
			}
			for (ConstraintViolation<?> violation : this.validator.validateValue(form, name, value)) {
				said.add(this.messages.getMessage("form.field",
						new Object[] { label(form, name, locale), constraint(violation, locale) }, locale));
			}
		}
		return said;
	}

	/** The messages of a command refused by a service's validation. */
	public List<String> of(ConstraintViolationException exception, Locale locale) {
		Set<String> said = new LinkedHashSet<>();
		for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
			said.add(violation(violation, locale));
		}
		return List.copyOf(said);
	}

	/**
	 * What a points field says of a number refused as ambiguous
	 * ({@link DecimalInput#parseDecimal}), built from what was typed (issue 9, num9):
	 * both readings and how to write the one meant, "Điểm: “1.000” là 1000 (dấu chấm ngăn
	 * hàng nghìn) hay 1 (dấu chấm thập phân)? … hãy viết 1"; for a zero whole part
	 * ({@code 0.250}) only the decimal reading, "hãy viết 0,25". The suggestion is
	 * written as the form prints numbers ({@link DecimalFormatter}: 0,25 in Vietnamese,
	 * 0.25 in English), so it reads back unambiguously. Keys {@code form.ambiguous.point}
	 * and {@code form.ambiguous.fraction}.
	 * @param label the field's name, e.g. "Tiêu chí 1.3.2 — Điểm tự chấm"
	 * @param typed the text refused; must be ambiguous ({@link DecimalInput#readings})
	 */
	public static MessageSourceResolvable ambiguous(String label, String typed, Locale locale) {
		DecimalInput.Readings readings = DecimalInput.readings(typed).orElseThrow();
		String decimal = new DecimalFormatter().print(readings.decimal(), locale);
		return readings.decimalOnly()
				? new DefaultMessageSourceResolvable(new String[] { "form.ambiguous.fraction" },
						new Object[] { label, shown(typed), decimal })
				: new DefaultMessageSourceResolvable(new String[] { "form.ambiguous.point" },
						new Object[] { label, shown(typed), readings.thousands().toPlainString(), decimal });
	}

	/**
	 * The live score's short hint for an ambiguous number, built from what was typed like
	 * {@link #ambiguous}: "“1.000” là 1000 hay 1? Viết 1", "Viết 0,25" (keys
	 * {@code selfassess.live.ambiguous} and {@code selfassess.live.ambiguous.fraction}).
	 * @param typed the text refused; must be ambiguous ({@link DecimalInput#readings})
	 */
	public static MessageSourceResolvable liveAmbiguous(String typed, Locale locale) {
		DecimalInput.Readings readings = DecimalInput.readings(typed).orElseThrow();
		String decimal = new DecimalFormatter().print(readings.decimal(), locale);
		return readings.decimalOnly()
				? new DefaultMessageSourceResolvable(new String[] { "selfassess.live.ambiguous.fraction" },
						new Object[] { shown(typed), decimal })
				: new DefaultMessageSourceResolvable(new String[] { "selfassess.live.ambiguous" },
						new Object[] { shown(typed), readings.thousands().toPlainString(), decimal });
	}

	/** A field's name for the user: its {@link Label}, or else its name in the code. */
	public String label(Class<?> form, String field, Locale locale) {
		return componentOf(form, field).map((component) -> component.getAnnotation(Label.class))
			.map((label) -> this.messages.getMessage(label.value(), null, label.value(), locale))
			.orElse(field);
	}

	private String field(Class<?> form, FieldError error, Locale locale) {
		String name = baseName(error.getField());
		String label = label(form, name, locale);
		if (error.isBindingFailure()) {
			Class<?> type = componentOf(form, name).map(RecordComponent::getType).orElse(Object.class);
			Object rejected = error.getRejectedValue();
			if (Collection.class.isAssignableFrom(type)) {
				rejected = unreadable(rejected);
			}
			if (type == BigDecimal.class && rejected instanceof String text && DecimalInput.ambiguousPoint(text)) {
				// 1.000: a thousand or one? The field says how to write it (issue 9,
				// appr9)
				return this.messages.getMessage(ambiguous(label, text, locale), locale);
			}
			if ("whole".equals(kind(type)) && rejected instanceof String text && wholeOutOfRange(text)) {
				// 999999999999 people: a whole number, only too large for the field
				// (walk of issue 10, #3); the range is the field's own
				long[] range = range(form, name, type);
				return this.messages.getMessage("form.unreadable.whole.range",
						new Object[] { label, shown(rejected), range[0], range[1] }, locale);
			}
			return this.messages.getMessage("form.unreadable." + kind(type), new Object[] { label, shown(rejected) },
					locale);
		}
		String message = error.contains(ConstraintViolation.class)
				? constraint(error.unwrap(ConstraintViolation.class), locale) : this.messages.getMessage(error, locale);
		return this.messages.getMessage("form.field", new Object[] { label, message }, locale);
	}

	/**
	 * What a constraint says of a value: a text longer than its {@code @Size} says how
	 * long it was ("dài tối đa 4.000 ký tự; bạn đã nhập 23.000 ký tự", walk #1), any
	 * other its own message.
	 */
	public String constraint(ConstraintViolation<?> violation, Locale locale) {
		if (violation.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.Size size
				&& violation.getInvalidValue() instanceof CharSequence text
				&& "{bounds.text.max}".equals(violation.getMessageTemplate())) {
			String typed = text.toString();
			return this.messages.getMessage("bounds.text.max.typed",
					new Object[] { size.max(), typed.codePointCount(0, typed.length()) }, locale);
		}
		return violation.getMessage();
	}

	private String violation(ConstraintViolation<?> violation, Locale locale) {
		String property = null;
		Object key = null;
		for (Path.Node node : violation.getPropertyPath()) {
			if (node.getKind() == ElementKind.PROPERTY) {
				property = node.getName();
				key = node.getKey();
			}
		}
		if (property == null) {
			return violation.getMessage();
		}
		Object bean = violation.getLeafBean();
		String label = (bean != null) ? label(bean.getClass(), property, locale) : property;
		if (key != null) {
			label = label + " (" + shown(key) + ")";
		}
		return this.messages.getMessage("form.field", new Object[] { label, constraint(violation, locale) }, locale);
	}

	/** What a value that could not be read should have been. */
	/**
	 * Of a list of choices sent by their numbers (the ticked units of a cycle), only the
	 * entries that are not numbers: those are what could not be read, not the whole list.
	 */
	private static @Nullable Object unreadable(@Nullable Object rejected) {
		String[] values = (rejected instanceof String text) ? text.split(",")
				: (rejected instanceof String[] array) ? array : null;
		if (values != null && values.length > 1) {
			String[] wrong = java.util.Arrays.stream(values)
				.filter((value) -> !value.strip().matches("-?[0-9]{1,18}"))
				.toArray(String[]::new);
			return (wrong.length > 0) ? wrong : rejected;
		}
		return rejected;
	}

	static String kind(Class<?> type) {
		if (type.isEnum() || Collection.class.isAssignableFrom(type) || type == Boolean.class
				|| type == boolean.class) {
			return "choice";
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class) {
			return "number";
		}
		if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
			return "whole";
		}
		if (type == LocalDate.class) {
			return "date";
		}
		if (type == LocalDateTime.class || Temporal.class.isAssignableFrom(type)) {
			return "time";
		}
		return "text";
	}

	/**
	 * A refused value as the user sent it, shortened to {@value #SHOWN} characters (a
	 * value of 100,000 characters is not sent back whole), a character that prints
	 * nothing or turns the text around it written as its code
	 * ({@link org.parindex.platform.Text#printable}).
	 */
	public static String shown(@Nullable Object value) {
		String text;
		if (value == null) {
			text = "";
		}
		else if (value instanceof String[] values) {
			text = String.join(", ", values);
		}
		else {
			text = value.toString();
		}
		return org.parindex.platform.Text.printable((text.length() > SHOWN) ? text.substring(0, SHOWN) + "…" : text);
	}

	/**
	 * {@code units[0]} and {@code inputs[actual]} are fields {@code units},
	 * {@code inputs}.
	 */
	private static String baseName(String field) {
		int bracket = field.indexOf('[');
		int dot = field.indexOf('.');
		int end = field.length();
		if (bracket >= 0) {
			end = bracket;
		}
		if (dot >= 0 && dot < end) {
			end = dot;
		}
		return field.substring(0, end);
	}

	/**
	 * Whether a text the binder refused for a whole-number field is a whole number
	 * ({@code 999.999.999.999}), so refused only for its size.
	 */
	private static boolean wholeOutOfRange(String text) {
		try {
			return DecimalInput.parseCount(text).filter((count) -> count.scale() <= 0).isPresent();
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/**
	 * The range a whole-number field takes: its {@code @Min}/{@code @Max} (or
	 * {@code @Positive}, {@code @PositiveOrZero}) within its type's own.
	 */
	static long[] range(Class<?> form, String name, Class<?> type) {
		long min = (type == Integer.class || type == int.class) ? Integer.MIN_VALUE
				: (type == Short.class || type == short.class) ? Short.MIN_VALUE : Long.MIN_VALUE;
		long max = (type == Integer.class || type == int.class) ? Integer.MAX_VALUE
				: (type == Short.class || type == short.class) ? Short.MAX_VALUE : Long.MAX_VALUE;
		Optional<java.lang.reflect.Method> accessor = componentOf(form, name).map(RecordComponent::getAccessor);
		if (accessor.isPresent()) {
			java.lang.reflect.Method method = accessor.get();
			jakarta.validation.constraints.Min atLeast = method.getAnnotation(jakarta.validation.constraints.Min.class);
			if (atLeast != null) {
				min = Math.max(min, atLeast.value());
			}
			if (method.getAnnotation(jakarta.validation.constraints.Positive.class) != null) {
				min = Math.max(min, 1);
			}
			if (method.getAnnotation(jakarta.validation.constraints.PositiveOrZero.class) != null) {
				min = Math.max(min, 0);
			}
			jakarta.validation.constraints.Max atMost = method.getAnnotation(jakarta.validation.constraints.Max.class);
			if (atMost != null) {
				max = Math.min(max, atMost.value());
			}
		}
		return new long[] { min, max };
	}

	private static Optional<RecordComponent> componentOf(Class<?> type, String name) {
		RecordComponent[] components = type.getRecordComponents();
		if (components == null) {
			return Optional.empty();
		}
		for (RecordComponent component : components) {
			if (component.getName().equals(name)) {
				return Optional.of(component);
			}
		}
		return Optional.empty();
	}

}
