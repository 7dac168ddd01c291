package org.parindex.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Evidence (tài liệu kiểm chứng): an uploaded file or a reference to a document (number,
 * date, issuer).
 *
 * @param leafCode the leaf it supports; empty for a bonus or deduction's evidence
 */
public record EvidenceView(long id, long unitId, Optional<String> leafCode, EvidencePhase phase,
		Optional<String> fileName, Optional<String> mediaType, long fileSize, Optional<String> documentNumber,
		Optional<LocalDate> documentDate, Optional<String> documentIssuer, Optional<String> documentTitle,
		String createdBy, Instant createdAt) {

	public boolean isFile() {
		return this.fileName.isPresent();
	}

}
