package org.parindex.assessment.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parindex.assessment.InvalidEntryException;
import org.parindex.assessment.UploadedFile;
import org.parindex.engine.Problem;
import org.parindex.platform.Actor;
import org.parindex.platform.Actors;
import org.parindex.platform.LocalizedException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the workflow's pages share: reading numbers as people type them (75,5 or 75.5),
 * holding uploads in temporary files, and saying refusals in the user's language.
 */
@Component
class WorkflowForms {

	private final MessageSource messages;

	WorkflowForms(MessageSource messages) {
		this.messages = messages;
	}

	static Actor actor() {
		return Actors.current().orElseThrow(() -> new IllegalStateException("Not signed in"));
	}

	/** A number typed with a decimal comma or point; empty when blank. */
	static Optional<BigDecimal> number(String text, String leafCode) {
		String clean = (text == null) ? "" : text.strip().replace(" ", "").replace(',', '.');
		if (clean.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new BigDecimal(clean));
		}
		catch (NumberFormatException ex) {
			throw new FormException("assessment.input.number", leafCode, text);
		}
	}

	static String text(Map<String, String> form, String name) {
		String value = form.get(name);
		return (value == null) ? "" : value;
	}

	static int version(Map<String, String> form, String leafCode) {
		try {
			return Integer.parseInt(text(form, "version." + leafCode));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Copies uploads into temporary files; empty file fields are skipped. */
	static List<UploadedFile> uploads(List<MultipartFile> files, List<Path> temporary) {
		List<UploadedFile> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				Path path = Files.createTempFile("parindex-upload-", ".bin");
				temporary.add(path);
				// Moves the container's temporary file where it can (a File, not a Path,
				// which
				// would copy it): a file up to the multipart bound is held once, not
				// twice.
				file.transferTo(path.toFile());
				uploads.add(new UploadedFile(Optional.ofNullable(file.getOriginalFilename()).orElse(""), path,
						file.getSize()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

	static void delete(List<Path> temporary) {
		for (Path path : temporary) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ex) {
				// a temporary file left behind is removed with the temporary directory
			}
		}
	}

	/** The messages that explain a refusal. */
	List<String> explain(RuntimeException ex, Locale locale) {
		if (ex instanceof InvalidEntryException invalid) {
			return invalid.problems().stream().map((problem) -> message(problem, locale)).toList();
		}
		if (ex instanceof jakarta.validation.ConstraintViolationException) {
			return List.of(this.messages.getMessage("form.invalid", null, locale));
		}
		if (ex instanceof LocalizedException localized) {
			return List.of(this.messages.getMessage(localized.messageKey(), localized.arguments(), locale));
		}
		throw ex;
	}

	String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private String message(Problem problem, Locale locale) {
		return this.messages.getMessage(problem.kind().messageKey(), problem.messageArguments(), locale);
	}

	/** A form value that cannot be read; nothing was saved. */
	static class FormException extends LocalizedException {

		FormException(String messageKey, Object... arguments) {
			super(messageKey, arguments);
		}

	}

}
