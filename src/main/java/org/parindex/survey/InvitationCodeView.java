package org.parindex.survey;

/**
 * An invitation code as printed and exported.
 *
 * @param code the code, grouped for reading ({@code K7PX2-MQ9RD})
 * @param used whether a response was stored with it
 * @param withdrawn whether its batch was withdrawn before it was used: it opens nothing
 */
public record InvitationCodeView(String code, boolean used, boolean withdrawn) {

}
