package org.parindex.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of evidence file ParIndex accepts: PDF, common images and office documents.
 * Each has the media type to send it with, the usual extension to name a download by, and
 * the extensions a name may end in for a file of that kind ({@link FileNames#agreeing}).
 * {@link FileTypes#check} decides the kind from the content.
 */
public enum FileType {

	/** PDF document. */
	PDF("application/pdf", "pdf"),

	/** PNG image. */
	PNG("image/png", "png"),

	/** JPEG image. */
	JPEG("image/jpeg", "jpg", "jpeg"),

	/** GIF image. */
	GIF("image/gif", "gif"),

	/** Word document (Office Open XML). */
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),

	/** Excel workbook (Office Open XML). */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),

	/** PowerPoint presentation (Office Open XML). */
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),

	/** Word 97-2003 document (OLE2). */
	DOC("application/msword", "doc"),

	/** Excel 97-2003 workbook (OLE2). */
	XLS("application/vnd.ms-excel", "xls"),

	/** PowerPoint 97-2003 presentation (OLE2). */
	PPT("application/vnd.ms-powerpoint", "ppt"),

	/** OpenDocument text. */
	ODT("application/vnd.oasis.opendocument.text", "odt"),

	/** OpenDocument spreadsheet. */
	ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),

	/** OpenDocument presentation. */
	ODP("application/vnd.oasis.opendocument.presentation", "odp");

	private final String mediaType;

	private final List<String> extensions;

	FileType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	/**
	 * The media type to send the file with.
	 * @return e.g. {@code application/pdf}
	 */
	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The usual extension, without the dot.
	 * @return e.g. {@code pdf}
	 */
	public String extension() {
		return this.extensions.get(0);
	}

	/**
	 * Every extension a name of a file of this kind may end in, lower case, without the
	 * dot; the usual one first.
	 * @return e.g. {@code [jpg, jpeg]}
	 */
	public List<String> extensions() {
		return this.extensions;
	}

	/**
	 * Whether a name ending in this extension may hold a file of this kind.
	 * @param extension without the dot, in any case
	 * @return true for {@code PDF} and {@code pdf} of {@link #PDF}
	 */
	public boolean hasExtension(String extension) {
		return this.extensions.contains(extension.toLowerCase(Locale.ROOT));
	}

	/**
	 * The kind sent with a media type.
	 * @param mediaType e.g. {@code application/pdf}; parameters are not expected
	 * @return the kind, or empty for any other media type
	 */
	public static Optional<FileType> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter((type) -> type.mediaType.equalsIgnoreCase(mediaType)).findFirst();
	}

	/**
	 * Every extension accepted, for messages: {@code pdf, png, jpg, jpeg, …}.
	 * @return the extensions of all kinds, in the order of the kinds, comma separated
	 */
	public static String acceptedExtensions() {
		return Arrays.stream(values()).flatMap((type) -> type.extensions.stream()).collect(Collectors.joining(", "));
	}

}
