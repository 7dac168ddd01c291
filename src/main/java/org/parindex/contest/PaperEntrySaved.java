package org.parindex.contest;

/**
 * A paper form stored.
 *
 * @param fullName the participant's name
 * @param score correct answers
 * @param questions the form's number of questions
 * @param alsoOnline whether the same CCCD also entered online (the entry is flagged)
 */
public record PaperEntrySaved(String fullName, int score, int questions, boolean alsoOnline) {
}
