package org.parindex.notification;

/**
 * One mail's words: subject, plain text and the same as simple HTML (escaped).
 *
 * @param subject at most 300 characters
 */
record MailContent(String subject, String text, String html) {

}
