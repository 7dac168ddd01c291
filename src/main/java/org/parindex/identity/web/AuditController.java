package org.parindex.identity.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.parindex.identity.AccountNames;
import org.parindex.identity.AuditEventView;
import org.parindex.identity.AuditQuery;
import org.parindex.identity.AuditTrail;
import org.parindex.platform.AuditNames;
import org.parindex.platform.Bounds;
import org.parindex.platform.ChangeText;
import org.parindex.platform.SpreadsheetText;
import org.parindex.platform.web.FormErrors;

import org.springframework.context.MessageSource;
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
 * {@value AuditTrail#LIMIT}; the export streams every matching record as it is read. A
 * date the filter cannot use (unreadable, or outside 2000 to 2100) is said on the page
 * with its field and the range, answered 400, never as a bare error page.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PAR_OFFICE')")
class AuditController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** The first day a filter may name. */
	static final LocalDate FIRST_DAY = LocalDate.of(Bounds.YEAR_MIN, 1, 1);

	/** The last day a filter may name. */
	static final LocalDate LAST_DAY = LocalDate.of(Bounds.YEAR_MAX, 12, 31);

	private final AuditTrail audit;

	private final MessageSource messages;

	private final org.parindex.organization.OrganizationService organization;

	private final org.parindex.methodology.MethodologyService methodology;

	private final List<AuditNames> auditNames;

	private final ChangeText changes;

	private final AccountNames people;

	AuditController(AuditTrail audit, MessageSource messages,
			org.parindex.organization.OrganizationService organization,
			org.parindex.methodology.MethodologyService methodology, List<AuditNames> auditNames, ChangeText changes,
			AccountNames people) {
		this.auditNames = auditNames;
		this.changes = changes;
		this.people = people;
		this.audit = audit;
		this.messages = messages;
		this.organization = organization;
		this.methodology = methodology;
	}

	/**
	 * The names of the units and index sets the records' ids point to ({@code unit:<id>},
	 * {@code set:<id>}), so the page names them instead of showing numbers (issue 9, W6).
	 */
	private java.util.Map<String, String> names(List<AuditEventView> events) {
		java.util.Map<String, String> names = baseNames();
		addUnitNames(events, names);
		return names;
	}

	/** The names of index sets and of what other modules name ({@link AuditNames}). */
	private java.util.Map<String, String> baseNames() {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		this.methodology.list().forEach((set) -> names.put("set:" + set.id(), set.name()));
		this.auditNames.forEach((source) -> names.putAll(source.auditNames()));
		return names;
	}

	/** Adds the names of the units the records point to that are not named yet. */
	private void addUnitNames(List<AuditEventView> events, java.util.Map<String, String> names) {
		java.util.Set<String> units = new java.util.HashSet<>();
		java.util.regex.Pattern unitField = java.util.regex.Pattern.compile("(?:^|; )unit=(\\d+)(?=;|$)");
		for (AuditEventView event : events) {
			for (String value : List.of(event.before(), event.after())) {
				java.util.regex.Matcher found = unitField.matcher((value != null) ? value : "");
				while (found.find()) {
					units.add(found.group(1));
				}
			}
			String[] parts = event.entityId().split("/");
			if (List.of("leaf", "dossier", "not-applicable").contains(event.entityType()) && parts.length > 1) {
				units.add(parts[1]);
			}
			// corrections of a unit's bonus, deduction or survey points: set/unit/what
			if (List.of("adjustment", "survey-points").contains(event.entityType()) && parts.length == 3) {
				units.add(parts[1]);
			}
			// a bonus or deduction entry by its number: its unit is in its name
			// (unit/KIND/points, CycleAuditNames)
			String adjustment = names.get("adjustment:" + event.entityId());
			if ("adjustment".equals(event.entityType()) && adjustment != null) {
				units.add(adjustment.split("/")[0]);
			}
		}
		units.removeIf((unit) -> names.containsKey("unit:" + unit));
		for (String unit : units) {
			try {
				this.organization.findUnit(Long.parseLong(unit))
					.ifPresent((found) -> names.put("unit:" + unit, found.name()));
			}
			catch (NumberFormatException ex) {
				// not a unit's number: shown as stored
			}
		}
	}

	@GetMapping
	String events(@RequestParam Optional<String> type, @RequestParam Optional<String> actor,
			@RequestParam Optional<String> text, @RequestParam Optional<String> from, @RequestParam Optional<String> to,
			Model model, Locale locale, HttpServletResponse response) {
		List<String> errors = new ArrayList<>();
		AuditQuery query = query(type, actor, text, from, to, errors, locale);
		return page(query, errors, model, response);
	}

	@GetMapping("/export.csv")
	String export(@RequestParam Optional<String> type, @RequestParam Optional<String> actor,
			@RequestParam Optional<String> text, @RequestParam Optional<String> from, @RequestParam Optional<String> to,
			Model model, Locale locale, HttpServletResponse response) throws IOException {
		List<String> errors = new ArrayList<>();
		AuditQuery query = query(type, actor, text, from, to, errors, locale);
		if (!errors.isEmpty()) {
			return page(query, errors, model, response);
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"nhat-ky-thay-doi.csv\"");
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		out.write('\uFEFF');
		// the columns and values in words, as the page shows them (issue 9, audit export)
		out.write(String.join(",",
				List.of("audit.time", "audit.actor", "audit.type", "audit.entity", "audit.action", "audit.before",
						"audit.after", "audit.reason")
					.stream()
					.map((key) -> csv(this.messages.getMessage(key, null, locale)))
					.toList()));
		out.write("\r\n");
		java.util.Map<String, String> names = baseNames();
		this.audit.export(query, (event) -> {
			try {
				addUnitNames(List.of(event), names);
				out.write(String.join(",", csv(TIME.format(event.occurredAt())), csv(this.people.label(event.actor())),
						csv(this.changes.auditEntity(event.entityType())),
						csv(this.changes.auditSubject(event.entityType(), event.entityId(), names)),
						csv(this.changes.auditAction(event.entityType(), event.action())),
						csv(this.changes.auditValue(event.entityType(), event.action(), event.before(), names)),
						csv(this.changes.auditValue(event.entityType(), event.action(), event.after(), names)),
						csv(this.changes.auditReason(event.entityType(), event.action(), event.reason()))));
				out.write("\r\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		out.flush();
		return null;
	}

	/**
	 * The filter as typed; dates that cannot be read, lie outside the years or end before
	 * they begin are said in {@code errors} and not filtered on.
	 */
	private AuditQuery query(Optional<String> type, Optional<String> actor, Optional<String> text,
			Optional<String> from, Optional<String> to, List<String> errors, Locale locale) {
		Optional<LocalDate> first = day(from, "audit.from", errors, locale);
		Optional<LocalDate> last = day(to, "audit.to", errors, locale);
		if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
			errors.add(this.messages.getMessage("audit.date.order",
					new Object[] { this.messages.getMessage("audit.to", null, locale),
							this.messages.getMessage("audit.from", null, locale) },
					locale));
			last = Optional.empty();
		}
		return new AuditQuery(type, actor, text, first, last);
	}

	/**
	 * The audit page for a query; with the filter's refusals, if any, answered 400 (the
	 * refused dates are left out of the query).
	 */
	private String page(AuditQuery query, List<String> errors, Model model, HttpServletResponse response) {
		List<AuditEventView> events = this.audit.events(query);
		model.addAttribute("events", events);
		model.addAttribute("names", names(events));
		model.addAttribute("query", query);
		model.addAttribute("types", this.audit.entityTypes());
		model.addAttribute("limited", events.size() >= AuditTrail.LIMIT);
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors);
		}
		return "identity/audit";
	}

	/**
	 * A filter's date as the date field sends it ({@code yyyy-MM-dd}), between
	 * {@link #FIRST_DAY} and {@link #LAST_DAY} (the years an index set may have,
	 * {@link Bounds#YEAR_MIN} to {@link Bounds#YEAR_MAX}); a blank one is no filter. A
	 * date that cannot be read or lies outside is said in {@code errors}, naming the
	 * field by its label, and not filtered on.
	 */
	private Optional<LocalDate> day(Optional<String> value, String label, List<String> errors, Locale locale) {
		Optional<String> given = value.map(String::strip).filter((text) -> !text.isEmpty());
		if (given.isEmpty()) {
			return Optional.empty();
		}
		Object[] arguments = { this.messages.getMessage(label, null, locale), FormErrors.shown(given.get()),
				DAY.format(FIRST_DAY), DAY.format(LAST_DAY) };
		LocalDate day;
		try {
			day = LocalDate.parse(given.get());
		}
		catch (DateTimeParseException ex) {
			errors.add(this.messages.getMessage("audit.date.unreadable", arguments, locale));
			return Optional.empty();
		}
		if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
			errors.add(this.messages.getMessage("audit.date.range", arguments, locale));
			return Optional.empty();
		}
		return Optional.of(day);
	}

	/**
	 * A CSV field: quoted, inner quotes doubled, and formula starts neutralised as in
	 * every export ({@link SpreadsheetText#neutralise}).
	 */
	static String csv(String value) {
		return "\"" + SpreadsheetText.neutralise(value).replace("\"", "\"\"") + "\"";
	}

}
