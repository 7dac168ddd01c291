package org.parindex.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.parindex.platform.FileNames;
import org.parindex.platform.FileType;

/**
 * Evidence (tài liệu kiểm chứng): an uploaded file or a reference to a document (number,
 * date, issuer).
 *
 * @param leafCode the leaf it supports; empty for a bonus or deduction's evidence
 * @param fileName the file's name as it is shown and served: cleaned and ending in an
 * extension of its type ({@link FileNames#forDownload}), whatever was stored
 */
public record EvidenceView(long id, long unitId, Optional<String> leafCode, EvidencePhase phase,
		Optional<String> fileName, Optional<String> mediaType, long fileSize, Optional<String> documentNumber,
		Optional<LocalDate> documentDate, Optional<String> documentIssuer, Optional<String> documentTitle,
		String createdBy, Instant createdAt) {

	public EvidenceView {
		Optional<FileType> type = mediaType.flatMap(FileType::ofMediaType);
		fileName = fileName.map((name) -> type.map((known) -> FileNames.forDownload(name, known))
			.orElseGet(() -> FileNames.clean(name)));
	}

	public boolean isFile() {
		return this.fileName.isPresent();
	}

}
