package org.parindex.assessment.web;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.parindex.assessment.DossierService;
import org.parindex.assessment.EvidenceDownload;
import org.parindex.assessment.EvidenceView;
import org.parindex.platform.FileNames;
import org.parindex.platform.FileType;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Evidence downloads, authorized like the dossier they belong to: the unit itself, its
 * appraisers, the council and the PAR office; everyone else gets "not found". Files go
 * out as attachments with a sandboxing policy, never rendered inline as active content:
 * with the media type found from their content when they were uploaded (anything else as
 * {@code application/octet-stream}), {@code nosniff}, and a name cleaned and ending in an
 * extension of that type ({@link FileNames#forDownload}), so a PDF is never saved as
 * {@code .html}.
 */
@Controller
@PreAuthorize("hasAnyRole('UNIT_OFFICER', 'UNIT_LEADER', 'APPRAISER', 'COUNCIL_MEMBER', 'PAR_OFFICE')")
class EvidenceController {

	private final DossierService dossiers;

	EvidenceController(DossierService dossiers) {
		this.dossiers = dossiers;
	}

	/**
	 * The file; a document cited without a file has nothing to download, so its address
	 * leads to its page ({@code 303}) rather than to "not found" (issue 9).
	 */
	@GetMapping("/assessment/evidence/{id}")
	ResponseEntity<StreamingResponseBody> download(@PathVariable long id) {
		EvidenceView evidence = this.dossiers.evidence(id, WorkflowForms.actor());
		if (!evidence.isFile()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create("/assessment/evidence/" + id + "/document"))
				.build();
		}
		EvidenceDownload file = this.dossiers.download(id, WorkflowForms.actor());
		StreamingResponseBody body = (out) -> {
			try (InputStream in = file.content().open()) {
				in.transferTo(out);
			}
		};
		Optional<FileType> type = FileType.ofMediaType(file.mediaType());
		String name = type.map((known) -> FileNames.forDownload(file.fileName(), known))
			.orElseGet(() -> FileNames.clean(file.fileName()));
		return ResponseEntity.ok()
			.contentType(type.map((known) -> MediaType.parseMediaType(known.mediaType()))
				.orElse(MediaType.APPLICATION_OCTET_STREAM))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(body);
	}

	/** A document cited as evidence: its number, date, issuer, title and citation. */
	@GetMapping("/assessment/evidence/{id}/document")
	String document(@PathVariable long id, Model model) {
		model.addAttribute("evidence", this.dossiers.evidence(id, WorkflowForms.actor()));
		return "assessment/evidence-document";
	}

}
