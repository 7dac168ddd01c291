package org.parindex.reporting.improvement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remedies refused as entered, nothing stored: by criterion code, the problem of each
 * field ({@code remedy}, {@code owner}, {@code deadline}, {@code status}, {@code note})
 * as a message key.
 */
public class InvalidRemedyException extends RuntimeException {

	private final Map<String, Map<String, String>> problems;

	public InvalidRemedyException(Map<String, Map<String, String>> problems) {
		super("remedies refused: " + problems);
		this.problems = new LinkedHashMap<>(problems);
	}

	public Map<String, Map<String, String>> problems() {
		return this.problems;
	}

}
