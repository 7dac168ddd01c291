package org.parindex.methodology;

import java.util.List;

import org.parindex.engine.Problem;

/**
 * One thing wrong with an index set to be stored, naming the offending node or component,
 * with the message key and arguments that say it in the user's language.
 */
public record IndexSetIssue(String subject, String messageKey, List<Object> arguments) {

	public IndexSetIssue {
		arguments = List.copyOf(arguments);
	}

	static IndexSetIssue of(Problem problem) {
		return new IndexSetIssue(problem.subject(), problem.kind().messageKey(),
				List.of(ProblemText.arguments(problem)));
	}

	static IndexSetIssue of(String subject, RuleNotationException exception) {
		List<Object> arguments = new java.util.ArrayList<>();
		arguments.add(subject);
		arguments.addAll(exception.arguments());
		return new IndexSetIssue(subject, exception.messageKey(), arguments);
	}

}
