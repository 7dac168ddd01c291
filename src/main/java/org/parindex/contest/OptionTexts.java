package org.parindex.contest;

import java.util.ArrayList;
import java.util.List;

/**
 * A question's option texts kept with an attempt or a paper form (issue 11: question
 * snapshots) as one column: one option per line in the bank's option order, a backslash
 * written {@code \\} and a line break {@code \n}, so that any text comes back exactly.
 */
final class OptionTexts {

	private OptionTexts() {
	}

	/** The options as one column value. */
	static String encode(List<String> options) {
		List<String> lines = new ArrayList<>(options.size());
		for (String option : options) {
			lines.add(option.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n"));
		}
		return String.join("\n", lines);
	}

	/** The options of a column value written by {@link #encode}. */
	static List<String> decode(String stored) {
		List<String> options = new ArrayList<>();
		for (String line : stored.split("\n", -1)) {
			StringBuilder text = new StringBuilder(line.length());
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (c == '\\' && i + 1 < line.length()) {
					char next = line.charAt(++i);
					text.append((next == 'n') ? '\n' : (next == 'r') ? '\r' : next);
				}
				else {
					text.append(c);
				}
			}
			options.add(text.toString());
		}
		return options;
	}

}
