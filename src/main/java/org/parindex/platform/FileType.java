package org.parindex.platform;

/**
 * The kinds of evidence file ParIndex accepts: PDF, common images and office documents.
 * Each has the media type to send it with and the usual extension to name a download by,
 * whatever name it was uploaded under. {@link FileTypes#detect} decides the kind from the
 * content.
 */
public enum FileType {

	/** PDF document. */
	PDF("application/pdf", "pdf"),

	/** PNG image. */
	PNG("image/png", "png"),

	/** JPEG image. */
	JPEG("image/jpeg", "jpg"),

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

	private final String extension;

	FileType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
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
		return this.extension;
	}

}
