package org.parindex.identity.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.parindex.identity.AuditEventView;
import org.parindex.identity.AuditQuery;
import org.parindex.identity.AuditTrail;
import org.parindex.platform.SpreadsheetText;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators and the PAR office: filter by kind of record, who,
 * text and dates; export what the filter matches as CSV (UTF-8 with a byte order mark, so
 * spreadsheet programs read Vietnamese correctly). The page shows the newest
 * {@value AuditTrail#LIMIT}; the export streams every matching record as it is read.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PAR_OFFICE')")
class AuditController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	String events(@RequestParam Optional<String> type, @RequestParam Optional<String> actor,
			@RequestParam Optional<String> text,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to, Model model) {
		AuditQuery query = new AuditQuery(type, actor, text, from, to);
		List<AuditEventView> events = this.audit.events(query);
		model.addAttribute("events", events);
		model.addAttribute("query", query);
		model.addAttribute("types", this.audit.entityTypes());
		model.addAttribute("limited", events.size() >= AuditTrail.LIMIT);
		return "identity/audit";
	}

	@GetMapping("/export.csv")
	void export(@RequestParam Optional<String> type, @RequestParam Optional<String> actor,
			@RequestParam Optional<String> text,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"nhat-ky-thay-doi.csv\"");
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		out.write('\uFEFF');
		out.write("time,actor,entity_type,entity_id,action,before,after,reason\r\n");
		this.audit.export(new AuditQuery(type, actor, text, from, to), (event) -> {
			try {
				out.write(String.join(",", csv(TIME.format(event.occurredAt())), csv(event.actor()),
						csv(event.entityType()), csv(event.entityId()), csv(event.action()), csv(event.before()),
						csv(event.after()), csv(event.reason())));
				out.write("\r\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		out.flush();
	}

	/**
	 * A CSV field: quoted, inner quotes doubled, and formula starts neutralised as in
	 * every export ({@link SpreadsheetText#neutralise}).
	 */
	static String csv(String value) {
		return "\"" + SpreadsheetText.neutralise(value).replace("\"", "\"\"") + "\"";
	}

}
