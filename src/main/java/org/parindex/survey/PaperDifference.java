package org.parindex.survey;

/**
 * A question where the two entries of a paper sheet differ.
 *
 * @param first the option label of the first entry, {@code ""} for a blank
 * @param second the option label of the second entry, {@code ""} for a blank
 */
public record PaperDifference(String questionCode, int position, String text, String first, String second) {

}
