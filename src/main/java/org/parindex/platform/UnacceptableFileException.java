package org.parindex.platform;

/**
 * A file that is not accepted, and why, as a message key of {@code messages_vi} /
 * {@code messages_en} ({@code file.refused.*}) with its arguments: a phrase to be said
 * after the file's name ("contains an executable (payload.exe)"). Thrown by
 * {@link FileTypes#check}.
 */
public class UnacceptableFileException extends LocalizedException {

	/** The content is none of the accepted kinds ({@link FileType}). */
	public static final String NOT_ACCEPTED = "file.refused.type";

	UnacceptableFileException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
