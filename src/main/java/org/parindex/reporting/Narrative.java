package org.parindex.reporting;

import java.util.List;

/**
 * The narrative summary of a unit's result, generated from the data in the style of an
 * official report: a title and paragraphs of plain text.
 */
public record Narrative(String title, List<String> paragraphs) {

	public Narrative {
		paragraphs = List.copyOf(paragraphs);
	}

	/** The paragraphs as one text. */
	public String text() {
		return String.join("\n\n", this.paragraphs);
	}

}
