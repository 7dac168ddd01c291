package org.parindex.methodology;

import java.util.List;

/** A rule's notation cannot be read; the message key and arguments say why. */
public class RuleNotationException extends IllegalArgumentException {

	private final String messageKey;

	private final List<Object> arguments;

	private final boolean inParameters;

	public RuleNotationException(String messageKey, Object... arguments) {
		this(false, messageKey, arguments);
	}

	private RuleNotationException(boolean inParameters, String messageKey, Object... arguments) {
		super(messageKey + " " + List.of(arguments));
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
		this.inParameters = inParameters;
	}

	/**
	 * A fault in the rule's parameters (after its type), which the import template holds
	 * in its own column.
	 */
	public static RuleNotationException inParameters(String messageKey, Object... arguments) {
		return new RuleNotationException(true, messageKey, arguments);
	}

	/** Whether the fault lies in the parameters rather than in the rule's type. */
	public boolean inParameters() {
		return this.inParameters;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public List<Object> arguments() {
		return this.arguments;
	}

}
