package org.parindex.engine;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with an index set or a unit's inputs, naming the offending node (or
 * component) so the user can find it.
 *
 * @param subject the node code, component or classification the problem is about
 * @param kind what is wrong
 * @param args further values of the message, after the subject
 */
public record Problem(String subject, ProblemKind kind, List<Object> args) {

	public Problem {
		args = List.copyOf(args);
	}

	public static Problem of(String subject, ProblemKind kind, Object... args) {
		return new Problem(subject, kind, List.of(args));
	}

	/** Subject followed by the arguments: the arguments of the kind's message. */
	public Object[] messageArguments() {
		List<Object> all = new ArrayList<>(this.args.size() + 1);
		all.add(this.subject);
		all.addAll(this.args);
		return all.toArray();
	}

	/** An English description, for logs and tests; pages use the message key. */
	public String describe() {
		return new MessageFormat(this.kind.englishPattern(), Locale.ROOT).format(messageArguments());
	}

}
