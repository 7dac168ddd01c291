package org.parindex.methodology;

import java.util.Locale;
import java.util.Set;

import org.parindex.engine.Component;
import org.parindex.engine.Level;
import org.parindex.engine.Problem;
import org.parindex.engine.ProblemKind;
import org.parindex.engine.RuleType;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The arguments of an engine {@link Problem}'s message in the user's words: components,
 * levels and rule types by their names ({@code component.name.*},
 * {@code index-sets.level.*}, {@code rule.type.*}), a rule's input by its label
 * ({@code rule.input.*}) and the engine's words for a value ("cap", "step", "band
 * points"…) by {@code engine.value.*}, so that no enum constant or internal key reaches a
 * page ("Phần APPRAISAL" reads "Phần Thẩm định"). Spring's message source resolves the
 * {@link MessageSourceResolvable} arguments in the message's locale.
 */
public final class ProblemText {

	/** Kinds whose first argument after the subject is a rule input's name. */
	private static final Set<ProblemKind> INPUT_KINDS = Set.of(ProblemKind.INPUT_MISSING, ProblemKind.INPUT_UNKNOWN,
			ProblemKind.INPUT_NEGATIVE, ProblemKind.INPUT_NOT_WHOLE);

	private ProblemText() {
	}

	/**
	 * The problem's message arguments (subject first), with every word the engine keeps
	 * as a constant replaced by a message to resolve.
	 */
	public static Object[] arguments(Problem problem) {
		Object[] arguments = problem.messageArguments();
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = word(problem.kind(), i, arguments[i]);
		}
		return arguments;
	}

	private static Object word(ProblemKind kind, int index, Object argument) {
		if (argument instanceof Component component) {
			return resolvable("component.name." + lower(component.name()), component.name());
		}
		if (argument instanceof Level level) {
			return resolvable("index-sets.level." + lower(level.name()), level.name());
		}
		if (argument instanceof RuleType type) {
			return resolvable("rule.type." + lower(type.name()).replace('_', '-'), type.name());
		}
		if (!(argument instanceof String text) || text.isEmpty()) {
			return argument;
		}
		if (index == 1 && INPUT_KINDS.contains(kind)) {
			return resolvable("rule.input." + text, text);
		}
		if (index == 0) {
			for (Component component : Component.values()) {
				if (component.name().equals(text)) {
					return resolvable("component.name." + lower(text), text);
				}
			}
			if (text.equals("bonus") || text.equals("deduction")) {
				return resolvable("engine.value." + text, text);
			}
		}
		if (index == 1 && kind == ProblemKind.NEGATIVE_VALUE) {
			return resolvable("engine.value." + text.replace(' ', '-'), text);
		}
		return argument;
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static MessageSourceResolvable resolvable(String code, String fallback) {
		return new DefaultMessageSourceResolvable(new String[] { code }, fallback);
	}

}
