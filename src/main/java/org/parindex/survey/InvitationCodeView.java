package org.parindex.survey;

/**
 * An invitation code as printed and exported.
 *
 * @param code the code, grouped for reading ({@code K7PX2-MQ9RD})
 * @param used whether a response was stored with it
 */
public record InvitationCodeView(String code, boolean used) {

}
