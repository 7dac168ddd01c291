package org.parindex.methodology;

import java.util.ArrayList;
import java.util.List;

import org.parindex.engine.Problem;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One thing wrong with an index set to be stored, naming the offending node or component,
 * with the message key and arguments that say it in the user's language.
 */
public record IndexSetIssue(String subject, String messageKey, List<Object> arguments) {

	/** The most issues {@link #joined} lists. */
	static final int SHOWN = 10;

	public IndexSetIssue {
		arguments = List.copyOf(arguments);
	}

	static IndexSetIssue of(Problem problem) {
		return new IndexSetIssue(problem.subject(), problem.kind().messageKey(),
				List.of(ProblemText.arguments(problem)));
	}

	/** This issue as a message to resolve in the reader's locale. */
	public MessageSourceResolvable message() {
		return new DefaultMessageSourceResolvable(new String[] { this.messageKey }, this.arguments.toArray(),
				this.messageKey);
	}

	/**
	 * Issues as one message argument, "First. Second. …" (at most {@value #SHOWN}, then
	 * "…"), each in the reader's locale: nested {@code index-set.issues.join} messages
	 * that Spring's message source resolves in turn.
	 */
	public static MessageSourceResolvable joined(List<IndexSetIssue> issues) {
		if (issues.isEmpty()) {
			throw new IllegalArgumentException("no issues to join");
		}
		List<Object> parts = new ArrayList<>();
		issues.stream().limit(SHOWN).forEach((issue) -> parts.add(issue.message()));
		if (issues.size() > SHOWN) {
			parts.add("…");
		}
		Object text = parts.get(parts.size() - 1);
		for (int i = parts.size() - 2; i >= 0; i--) {
			text = new DefaultMessageSourceResolvable(new String[] { "index-set.issues.join" },
					new Object[] { parts.get(i), text }, "");
		}
		return (MessageSourceResolvable) text;
	}

	static IndexSetIssue of(String subject, RuleNotationException exception) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(subject);
		arguments.addAll(exception.arguments());
		return new IndexSetIssue(subject, exception.messageKey(), arguments);
	}

}
