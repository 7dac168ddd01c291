package org.parindex.assessment.web;

import org.parindex.platform.UploadLimits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The largest evidence file ({@code parindex.evidence.max-file-size}, 20 MB by default)
 * for the unit's pages, whose help text names it and whose script checks chosen files
 * against it before sending: model attribute {@code evidenceLimit}
 * ({@link UploadLimits.Limit}).
 */
@ControllerAdvice(assignableTypes = UnitDossierController.class)
class EvidenceLimitAdvice {

	private final UploadLimits.Limit limit;

	EvidenceLimitAdvice(@Value("${parindex.evidence.max-file-size:20MB}") DataSize maxSize) {
		this.limit = UploadLimits.Limit.of(maxSize);
	}

	@ModelAttribute
	void evidenceLimit(Model model) {
		model.addAttribute("evidenceLimit", this.limit);
	}

}
