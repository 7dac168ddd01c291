package org.parindex.platform.web;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file field as sent, before it is read: none chosen (the browser sends an empty part
 * without a name), or chosen but empty (a name and 0 bytes), said apart so that an empty
 * file is never answered "choose a file" (walk of 03/12). One rule for every upload.
 */
public final class Uploads {

	private Uploads() {
	}

	/** Whether a file was chosen in the field: it has a name, whatever its size. */
	public static boolean chosen(@Nullable MultipartFile file) {
		return file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
	}

	/**
	 * What is wrong with a file field before it is read, in the user's language: a file
	 * chosen but empty ({@code form.file.empty}, naming the file), no file chosen (the
	 * caller's {@code missingKey}, without arguments); empty when it has content.
	 */
	public static Optional<String> problem(@Nullable MultipartFile file, String missingKey, MessageSource messages,
			Locale locale) {
		if (file != null && file.isEmpty() && chosen(file)) {
			return Optional
				.of(messages.getMessage("form.file.empty", new Object[] { file.getOriginalFilename() }, locale));
		}
		if (file == null || file.isEmpty()) {
			return Optional.of(messages.getMessage(missingKey, null, locale));
		}
		return Optional.empty();
	}

}
