package org.parindex.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.parindex.platform.FileNames;
import org.parindex.platform.FileType;

/**
 * Evidence (tài liệu kiểm chứng): an uploaded file, a reference to a document (number,
 * date, issuer), or a file with the details of the document it is.
 *
 * @param leafCode the leaf it supports; empty for a bonus or deduction's evidence
 * @param fileName the file's name as it is shown and served: cleaned and ending in an
 * extension of its type ({@link FileNames#forDownload}), whatever was stored
 * @param citation where in the file or document the proof is, as the unit wrote it ("tr.
 * 3, mục II.2"), at most 200 characters; empty when not cited
 */
public record EvidenceView(long id, long unitId, Optional<String> leafCode, EvidencePhase phase,
		Optional<String> fileName, Optional<String> mediaType, long fileSize, Optional<String> documentNumber,
		Optional<LocalDate> documentDate, Optional<String> documentIssuer, Optional<String> documentTitle,
		String createdBy, Instant createdAt, Optional<String> citation) {

	/** Evidence without a citation of its page or section. */
	public EvidenceView(long id, long unitId, Optional<String> leafCode, EvidencePhase phase, Optional<String> fileName,
			Optional<String> mediaType, long fileSize, Optional<String> documentNumber,
			Optional<LocalDate> documentDate, Optional<String> documentIssuer, Optional<String> documentTitle,
			String createdBy, Instant createdAt) {
		this(id, unitId, leafCode, phase, fileName, mediaType, fileSize, documentNumber, documentDate, documentIssuer,
				documentTitle, createdBy, createdAt, Optional.empty());
	}

	public EvidenceView {
		Optional<FileType> type = mediaType.flatMap(FileType::ofMediaType);
		fileName = fileName.map((name) -> type.map((known) -> FileNames.forDownload(name, known))
			.orElseGet(() -> FileNames.clean(name)));
	}

	public boolean isFile() {
		return this.fileName.isPresent();
	}

	/**
	 * Whether it carries a document's details (a document cited, with or without a file).
	 */
	public boolean isDocument() {
		return this.documentNumber.isPresent();
	}

}
