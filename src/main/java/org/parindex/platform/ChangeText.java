package org.parindex.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words the stored details of a change for people: a leaf's history step and an audit
 * record's values, in the current locale. The stored texts stay machine-readable
 * ({@code met=1 → 0.5000; ghi chú}, {@code set=3; areas=[3, 7]}, {@code BONUS 0.5}); this
 * class reads them, old rows included, and writes them with labels instead of keys
 * ({@code rule.input.*}, {@code audit.field.*}, {@code audit.value.*}), yes/no inputs as
 * "Đạt"/"Không đạt", points at the published precision (two places, {@code 0,50}), other
 * numbers as Vietnamese numbers ({@code 1.250}), dates as {@code dd/MM/yyyy} and without
 * file hashes. Templates reach this bean as {@code @changes}.
 */
@Component("changes")
public class ChangeText {

	private static final Pattern INPUT = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)=(\\S+)");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern ENUM = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	private static final Pattern FILE_HASH = Pattern.compile("^(.*) \\(\\p{XDigit}{8,64}\\)$");

	private static final Pattern DOCUMENT = Pattern.compile("^(.*?) ?(\\d{4}-\\d{2}-\\d{2}) ?(.*)$");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	private final Formats formats;

	public ChangeText(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/**
	 * One step of a leaf's history, worded: e.g. {@code Kết quả Đạt → 0,50 điểm} for a
	 * self-assessment, {@code 0,50 điểm; lý do mất điểm (công khai): …; câu hỏi giải
	 * trình: …} for a round.
	 * @param phase the step's phase ({@code SELF}, {@code ROUND1}, {@code EXPLANATION},
	 * {@code ROUND2}, {@code COUNCIL}, {@code CORRECTION}, {@code IMPORT}), any case
	 * @param action what happened ({@code saved}, {@code flagged}, {@code file-added}, …)
	 * @param detail the stored detail of the step, possibly empty
	 * @return the detail for people, empty when there is nothing to say
	 */
	public String leafDetail(String phase, String action, String detail) {
		String text = (detail != null) ? detail.strip() : "";
		if (text.isEmpty()) {
			return "";
		}
		String step = phase.toUpperCase(Locale.ROOT);
		switch (action) {
			case "file-added", "evidence-removed" -> {
				Matcher hashed = FILE_HASH.matcher(text);
				return message("change.leaf.file", hashed.matches() ? hashed.group(1) : text);
			}
			case "document-added" -> {
				Matcher document = DOCUMENT.matcher(text);
				if (document.matches()) {
					return message("change.leaf.document", document.group(1).strip(), date(document.group(2)),
							document.group(3).strip());
				}
				return message("change.leaf.file", text);
			}
			case "answered" -> {
				return text;
			}
			default -> {
			}
		}
		if (step.equals("REASON")) {
			// the PAR office's review of a public reason: the audit trail keeps
			// "points; text", the leaf's history the text alone (walk of 02/12, finding
			// 11: never "chưa có điểm" for a criterion of 0,00 points)
			int semicolon = text.indexOf("; ");
			boolean withPoints = semicolon > 0 && (NUMBER.matcher(text.substring(0, semicolon)).matches()
					|| text.substring(0, semicolon).equals("—"));
			return withPoints ? scored(text, "change.leaf.public-reason") : message("change.leaf.public-reason", text);
		}
		if (step.equals("SELF") || step.equals("IMPORT")) {
			return entered(text, "change.leaf.note");
		}
		if (step.equals("CORRECTION") && text.contains(" → ")) {
			// a correction by figures: the figures, then the points and the reason
			// (issue 9, appr9 F22)
			return entered(text, "change.leaf.reason");
		}
		// the text an appraisal step carries is the public reason for lost points, which
		// the unit reads (and the public, once reviewed); the appraisers' working comment
		// is kept apart ({@link #auditReason(String, String, String)}; issue 9, #15)
		return scored(text, step.equals("CORRECTION") ? "change.leaf.reason" : "change.leaf.lost-reason");
	}

	/**
	 * A rule input with its label, as the self-assessment form names it:
	 * {@code Kết quả: Đạt}, {@code Số đạt: 1.250}.
	 * @param name the input's name in the rule ({@code met}, {@code actual}, …)
	 * @param value the value entered
	 * @return the label and the value
	 */
	public String input(String name, BigDecimal value) {
		return message("change.input", inputLabel(name), inputValue(name, value));
	}

	/**
	 * The value of a rule input: {@code Đạt}/{@code Không đạt} for yes/no, else the
	 * number.
	 */
	public String inputValue(String name, BigDecimal value) {
		if ("met".equals(name)) {
			return message((value.signum() > 0) ? "change.yes" : "change.no");
		}
		return this.formats.number(value);
	}

	/**
	 * An audit record's old or new value, worded: {@code key=value} pairs with their
	 * labels, enum constants by their names, numbers and dates as people write them; a
	 * leaf's value as its history step.
	 * @param entityType the audit record's entity type ({@code leaf}, {@code account}, …)
	 * @param action the audit record's action ({@code self-saved}, {@code created}, …)
	 * @param value the stored value, possibly empty
	 * @return the value for people, empty when there is none
	 */
	public String auditValue(String entityType, String action, String value) {
		if (value == null || value.isBlank()) {
			return "";
		}
		if ("leaf".equals(entityType)) {
			int dash = action.indexOf('-');
			return (dash > 0) ? leafDetail(action.substring(0, dash), action.substring(dash + 1), value)
					: leafDetail("", action, value);
		}
		List<String> parts = new ArrayList<>();
		for (String part : value.split("; ")) {
			Matcher pair = Pattern.compile("^([a-z][A-Za-z0-9-]*)=(.*)$").matcher(part.strip());
			if (pair.matches()) {
				// a field's own values in words where they are codes ({@code
				// reminders=on},
				// {@code language=vi}): audit.value.<field>.<value>
				String own = this.messages.getMessage("audit.value." + pair.group(1) + "." + pair.group(2).strip(),
						null, null, LocaleContextHolder.getLocale());
				parts.add(message("change.input", message("audit.field." + pair.group(1)),
						(own != null) ? own : words(pair.group(2))));
			}
			else {
				parts.add(words(part.strip()));
			}
		}
		return String.join("; ", parts);
	}

	/**
	 * An audit record's value as {@link #auditValue(String, String, String)} words it,
	 * with a unit's number ({@code unit=9}) replaced by the unit's name the audit page
	 * looked up ({@code names} key {@code unit:<id>}).
	 * @param names names by {@code unit:<id>} and {@code set:<id>}
	 */
	public String auditValue(String entityType, String action, String value, java.util.Map<String, String> names) {
		if (value == null || value.isBlank() || "leaf".equals(entityType)) {
			return auditValue(entityType, action, value);
		}
		List<String> parts = new ArrayList<>();
		for (String part : value.split("; ")) {
			Matcher unit = Pattern.compile("^unit=(\\d+)$").matcher(part.strip());
			if (unit.matches() && names.containsKey("unit:" + unit.group(1))) {
				parts.add(
						message("change.input", message("audit.field.unit.named"), names.get("unit:" + unit.group(1))));
			}
			else {
				parts.add(auditValue(entityType, action, part));
			}
		}
		return String.join("; ", parts);
	}

	/**
	 * Why a change was made, worded where the system gave the reason: {@code deadline
	 * <time>} (a stage or dossier closed by its deadline), {@code demo} (a demo-only
	 * action); a reason a person typed is shown as typed.
	 * @param reason the stored reason, possibly empty
	 * @return the reason for people, empty when there is none
	 */
	public String auditReason(String reason) {
		if (reason == null || reason.isBlank()) {
			return "";
		}
		String text = reason.strip();
		if (text.startsWith("deadline ")) {
			return message("audit.reason.deadline", text.substring("deadline ".length()));
		}
		if (text.equals("demo") || text.equals("deadline")) {
			return message("audit.reason." + text);
		}
		if (text.length() > 1 && ENUM.matcher(text).matches()) {
			// a reason recorded as a constant (CONFIRMED_WITH_MISSING) in words
			return word(text);
		}
		return text;
	}

	/**
	 * Why a change was made, as {@link #auditReason(String)} words it; for an appraisal
	 * step of a leaf (round 1, round 2, the council) the text kept there is the
	 * appraisers' working comment, labelled as such ("nhận xét: …"), never to be read as
	 * the public reason the step's value carries (issue 9, #15).
	 * @param entityType the audit record's entity type ({@code leaf}, {@code cycle}, …)
	 * @param action the audit record's action ({@code round1-scored}, …)
	 * @param reason the stored reason, possibly empty
	 * @return the reason for people, empty when there is none
	 */
	public String auditReason(String entityType, String action, String reason) {
		String text = auditReason(reason);
		if (!text.isEmpty() && "leaf".equals(entityType)
				&& (action.startsWith("round1-") || action.startsWith("round2-") || action.startsWith("council-"))) {
			return message("change.leaf.comment", text);
		}
		return text;
	}

	/**
	 * Which thing an audit record is about, with the names the audit page looked up: a
	 * unit by its name ({@code names} key {@code unit:<id>}), an index set by its year
	 * and name ({@code set:<id>}); falls back to {@link #auditSubject(String, String)}
	 * for ids without a name.
	 * @param names names by {@code unit:<id>} and {@code set:<id>}
	 */
	public String auditSubject(String entityType, String entityId, java.util.Map<String, String> names) {
		String[] parts = entityId.split("/");
		String set = (parts.length > 0) ? names.get("set:" + parts[0]) : null;
		String unit = (parts.length > 1) ? names.get("unit:" + parts[1]) : null;
		switch (entityType) {
			case "leaf" -> {
				if (parts.length == 3 && set != null && unit != null) {
					return message("audit.subject.leaf.named", set, unit, parts[2]);
				}
			}
			case "dossier" -> {
				if (parts.length == 2 && set != null && unit != null) {
					return message("audit.subject.dossier.named", set, unit);
				}
			}
			case "publication" -> {
				if (parts.length == 2 && set != null) {
					return message("audit.subject.publication.named", set, parts[1]);
				}
			}
			case "not-applicable" -> {
				if (parts.length == 2 && unit != null) {
					return message("audit.subject.not-applicable.named", unit, parts[0]);
				}
			}
			case "index-set" -> {
				if (parts.length == 1 && set != null) {
					return set;
				}
			}
			case "adjustment" -> {
				// a bonus or deduction by its unit, kind and points, not its number (walk
				// of 02/12, finding 11): unit/KIND/points as CycleAuditNames gives it
				String entry = names.get("adjustment:" + entityId);
				String[] named = (entry != null) ? entry.split("/") : new String[0];
				if (named.length == 3 && names.containsKey("unit:" + named[0])) {
					return message("audit.subject.adjustment.named", names.get("unit:" + named[0]),
							message("adjustment.kind." + named[1].toLowerCase(Locale.ROOT)),
							this.formats.points(new BigDecimal(named[2])));
				}
				// a correction after publication: set/unit/KIND
				if (parts.length == 3 && set != null && unit != null) {
					return message("audit.subject.adjustment.corrected", set, unit,
							message("adjustment.kind." + parts[2].toLowerCase(Locale.ROOT)));
				}
			}
			case "survey-points" -> {
				if (parts.length == 3 && set != null && unit != null) {
					return message("audit.subject.survey-points.named", set, unit, parts[2]);
				}
				if (parts.length == 1 && set != null) {
					return set;
				}
			}
			case "contest" -> {
				String title = names.get("contest:" + entityId);
				if (title != null) {
					return title;
				}
			}
			case "cycle" -> {
				String year = names.get("cycle:" + entityId);
				if (year != null) {
					return message("audit.subject.cycle.named", year);
				}
			}
			default -> {
			}
		}
		return auditSubject(entityType, entityId);
	}

	/**
	 * What kind of thing an audit record is about: {@code Tiêu chí}, {@code Tài khoản}.
	 */
	public String auditEntity(String entityType) {
		return message("audit.entity." + entityType);
	}

	/**
	 * What an audit record's action did: a leaf's action as its history step names it
	 * ({@code self-saved}: "Tự đánh giá"), otherwise {@code audit.action.<action>}.
	 */
	public String auditAction(String entityType, String action) {
		if ("leaf".equals(entityType)) {
			int dash = action.indexOf('-');
			if (dash > 0) {
				return message("history." + action.substring(0, dash) + "." + action.substring(dash + 1));
			}
		}
		if ("account".equals(entityType) && "locked".equals(action)) {
			return message("audit.action.account-locked"); // not a dossier's lock
		}
		return message("audit.action." + action);
	}

	/**
	 * Which thing an audit record is about, worded from its id: a leaf
	 * ({@code set/unit/code}), a dossier ({@code set/unit}), a publication
	 * ({@code set/revision}); other ids (codes, account names) as stored.
	 */
	public String auditSubject(String entityType, String entityId) {
		String[] parts = entityId.split("/");
		return switch (entityType) {
			case "leaf" -> (parts.length == 3) ? message("audit.subject.leaf", (Object[]) parts) : entityId;
			case "dossier" -> (parts.length == 2) ? message("audit.subject.dossier", (Object[]) parts) : entityId;
			case "publication" ->
				(parts.length == 2) ? message("audit.subject.publication", (Object[]) parts) : entityId;
			case "index-set", "cycle", "adjustment", "survey-form", "survey-points" ->
				message("audit.subject.numbered", entityId);
			default -> entityId;
		};
	}

	private String entered(String text, String noteKey) {
		String inputs = text;
		String rest = "";
		int arrow = text.indexOf(" → ");
		if (arrow >= 0) {
			inputs = text.substring(0, arrow);
			rest = text.substring(arrow + 3);
		}
		else if (text.startsWith("→ ")) {
			inputs = "";
			rest = text.substring(2);
		}
		List<String> shown = new ArrayList<>();
		Matcher matcher = INPUT.matcher(inputs);
		while (matcher.find()) {
			String value = matcher.group(2).replaceFirst(",$", "");
			shown.add(NUMBER.matcher(value).matches()
					? message("change.leaf.input", inputLabel(matcher.group(1)),
							inputValue(matcher.group(1), new BigDecimal(value)))
					: message("change.leaf.input", inputLabel(matcher.group(1)), value));
		}
		String entered = shown.isEmpty() ? message("change.leaf.no-inputs") : String.join(", ", shown);
		if (arrow < 0 && !text.startsWith("→ ")) {
			return entered;
		}
		return entered + " → " + scored(rest, noteKey);
	}

	/** {@code points[; text][; ? question]}. */
	private String scored(String text, String textKey) {
		String rest = text;
		String question = "";
		int asked = rest.indexOf("; ?");
		if (asked >= 0) {
			question = rest.substring(asked + 3).strip();
			rest = rest.substring(0, asked);
		}
		String points = rest;
		String note = "";
		int semicolon = rest.indexOf("; ");
		if (semicolon >= 0) {
			points = rest.substring(0, semicolon);
			note = rest.substring(semicolon + 2).strip();
		}
		List<String> parts = new ArrayList<>();
		points = points.strip();
		if (NUMBER.matcher(points).matches()) {
			parts.add(message("change.leaf.points", this.formats.points(new BigDecimal(points))));
		}
		else {
			parts.add(message("change.leaf.no-points"));
			if (!points.isEmpty() && !points.equals("—")) {
				note = points + (note.isEmpty() ? "" : "; " + note);
			}
		}
		if (!note.isEmpty()) {
			parts.add(message(textKey, note));
		}
		if (!question.isEmpty()) {
			parts.add(message("change.leaf.question", question));
		}
		return String.join("; ", parts);
	}

	/**
	 * A value's words: lists, numbers, dates, enum constants and yes/no, each as people
	 * write them.
	 */
	private String words(String value) {
		String text = value.strip();
		if (text.startsWith("[") && text.endsWith("]")) {
			String inside = text.substring(1, text.length() - 1).strip();
			return inside.isEmpty() ? "—" : inside;
		}
		List<String> words = new ArrayList<>();
		for (String word : text.split(" ")) {
			words.add(word(word));
		}
		return String.join(" ", words);
	}

	private String word(String word) {
		Matcher pair = INPUT.matcher(word);
		if (pair.matches()) {
			String value = pair.group(2);
			return message("change.input", message("audit.field." + pair.group(1)),
					NUMBER.matcher(value).matches() ? this.formats.number(new BigDecimal(value)) : word(value));
		}
		if (NUMBER.matcher(word).matches() && word.indexOf('.') >= 0) {
			// stored decimals (0.90000000000000) as people write them; whole numbers in
			// free text (a year in a set's name, a count) stay as written, never 2.022
			return this.formats.number(new BigDecimal(word));
		}
		if (ISO_DATE.matcher(word).matches()) {
			return date(word);
		}
		if (word.equals("true") || word.equals("false")) {
			return message("change." + (word.equals("true") ? "yes-no.yes" : "yes-no.no"));
		}
		if (word.length() > 1 && ENUM.matcher(word).matches()) {
			// roles and stages by the one name each has everywhere (role.*, stage.*)
			String kebab = word.toLowerCase(Locale.ROOT).replace('_', '-');
			Locale locale = LocaleContextHolder.getLocale();
			String named = this.messages.getMessage("role." + kebab, null, null, locale);
			if (named == null) {
				named = this.messages.getMessage("stage." + kebab, null, null, locale);
			}
			return (named != null) ? named : this.messages.getMessage("audit.value." + word, null, word, locale);
		}
		return word;
	}

	private String inputLabel(String name) {
		return this.messages.getMessage("rule.input." + name, null, name, LocaleContextHolder.getLocale());
	}

	private String date(String iso) {
		try {
			return LocalDate.parse(iso).format(DATE);
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
