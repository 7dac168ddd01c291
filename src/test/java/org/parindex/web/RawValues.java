package org.parindex.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Finds raw technical values in the text a person sees on a page: enum-like constants,
 * ISO dates, decimals with a dot and three or more places, internal keys (kebab-case
 * action keys, {@code key=value} pairs, message keys, unresolved {@code ??key??}).
 * <p>
 * Only the visible text counts: tags, scripts, styles and attribute values are removed
 * first, and so is the content of {@code <code>} elements, the one mark for identifiers
 * people type as they are (unit codes). The allowlist is kept small on purpose; each
 * entry says why it is not a raw value.
 */
final class RawValues {

	/**
	 * Upper-case ASCII words people read as words or acronyms, not enum constants: file
	 * formats the pages name (JSON, XLSX, JPEG), administrative abbreviations of
	 * Vietnamese documents (UBND, CCHC, CCCD, TTHC thủ tục hành chính, VPCP Văn phòng
	 * Chính phủ, CBCCVC cán bộ, công chức, viên chức), TCVN, the Vietnamese national
	 * standard cited in criterion 7.4's name ("TCVN ISO 9001"), and the national indices
	 * the demo's contest questions name (SIPAS, PAPI).
	 */
	static final Set<String> ACRONYMS = Set.of("JSON", "XLSX", "JPEG", "UBND", "CCHC", "CCCD", "TCVN", "TTHC", "VPCP",
			"CBCCVC", "SIPAS", "PAPI");

	/** A word in capitals with an underscore: SELF_ASSESSMENT, COUNCIL_MEMBER. */
	private static final Pattern UPPER_SNAKE = Pattern
		.compile("(?<![\\p{L}\\p{N}_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![\\p{L}\\p{N}_])");

	/**
	 * A word of four or more ASCII capitals standing alone (APPRAISAL, AREA, SUBMITTED).
	 * Vietnamese capitals carry diacritics, so a word in capitals of a Vietnamese heading
	 * rarely is pure ASCII; those that are go in {@link #ACRONYMS}.
	 */
	private static final Pattern UPPER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Z]{4,}(?![\\p{L}\\p{N}_])");

	/** 2022-01-10, 2022-01-10T08:00. */
	private static final Pattern ISO_DATE = Pattern.compile("(?<![\\p{N}])\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}\\S*)?");

	/**
	 * A number with a dot followed by three or more digits that is not part of a code:
	 * criterion codes (1.1.3, 3.3.4) have two or more dots, so a dot on either side
	 * excludes the match. A Vietnamese number groups thousands with a dot (1.250 or
	 * 12.345.678: a first group of one to three digits not starting with 0 and groups of
	 * exactly three); those are left to {@link #isGroupedThousands}.
	 */
	private static final Pattern DOT_DECIMAL = Pattern.compile("(?<![\\p{N}.,])\\d+\\.\\d{3,}(?![\\p{N}.])");

	/** self-saved, areas-assigned, full-at: lower-case ASCII words joined by hyphens. */
	/** Hyphenated words of ordinary Vietnamese and English text, not keys. */
	static final Set<String> WORDS = Set.of("e-mail");

	private static final Pattern KEBAB = Pattern
		.compile("(?<![\\p{L}\\p{N}_./@:-])[a-z]+(?:-[a-z]+)+(?![\\p{L}\\p{N}_/@-])");

	/** set=3, met=1, areas=[3, 7]. */
	private static final Pattern KEY_VALUE = Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Za-z][A-Za-z0-9_-]*=\\S");

	/** assessment.history.round1: lower-case ASCII words joined by two or more dots. */
	private static final Pattern MESSAGE_KEY = Pattern
		.compile("(?<![\\p{L}\\p{N}_@/.-])[a-z][a-z0-9-]*(?:\\.[a-z][a-zA-Z0-9-]*){2,}(?![\\p{L}\\p{N}_@/])");

	/** A host name people read as an address (gialai.gov.vn), not a message key. */
	private static final Pattern HOST_NAME = Pattern.compile("\\.(vn|com|org|net|gov)$");

	/** ??key_vi_VN??: a message Thymeleaf could not resolve. */
	private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");

	/**
	 * A year written with a thousands separator ("năm 2.022", "year 2,022"): a year
	 * passed to a message as a number without {@code {0,number,#}}.
	 */
	private static final Pattern GROUPED_YEAR = Pattern
		.compile("(?i)(?<![\\p{L}])(?:năm|year)\\s+[12][.,]\\d{3}(?![\\p{N}])");

	private static final Pattern GROUPED_THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})+");

	private RawValues() {
	}

	/**
	 * A raw value found in a page's visible text, with a little of the text around it.
	 */
	record Finding(String kind, String value, String context) {

		@Override
		public String toString() {
			return this.kind + " \"" + this.value + "\" in \"…" + this.context + "…\"";
		}

	}

	/** The visible text of an HTML page: its title and its body's text. */
	static String visibleText(String html) {
		Document document = Jsoup.parse(html);
		// <code> holds identifiers people read and type as they are (unit codes such as
		// dak-po, a line to type into a form): an explicit mark, not a hiding place.
		document.select("script, style, template, noscript, code").remove();
		return document.title() + " " + document.body().text();
	}

	/** The raw values in a page's visible text, in order of appearance. */
	static List<Finding> inPage(String html) {
		return inText(visibleText(html));
	}

	/** The raw values in a text. */
	static List<Finding> inText(String text) {
		List<Finding> findings = new ArrayList<>();
		collect(findings, "enum constant", UPPER_SNAKE, text);
		Matcher words = UPPER_WORD.matcher(text);
		while (words.find()) {
			if (!ACRONYMS.contains(words.group())) {
				findings.add(finding("enum constant", text, words));
			}
		}
		collect(findings, "ISO date", ISO_DATE, text);
		Matcher decimals = DOT_DECIMAL.matcher(text);
		while (decimals.find()) {
			if (!isGroupedThousands(decimals.group())) {
				findings.add(finding("dot decimal", text, decimals));
			}
		}
		Matcher kebab = KEBAB.matcher(text);
		while (kebab.find()) {
			if (!WORDS.contains(kebab.group().toLowerCase(java.util.Locale.ROOT))) {
				findings.add(finding("internal key", text, kebab));
			}
		}
		collect(findings, "key=value", KEY_VALUE, text);
		Matcher keys = MESSAGE_KEY.matcher(text);
		while (keys.find()) {
			if (!HOST_NAME.matcher(keys.group()).find()) {
				findings.add(finding("message key", text, keys));
			}
		}
		collect(findings, "unresolved message", UNRESOLVED, text);
		collect(findings, "year with a thousands separator", GROUPED_YEAR, text);
		return findings;
	}

	/**
	 * Whether a dotted number reads as a Vietnamese number with grouped thousands (1.250,
	 * 12.345.678), which is how people write counts.
	 */
	static boolean isGroupedThousands(String number) {
		return GROUPED_THOUSANDS.matcher(number).matches();
	}

	private static void collect(List<Finding> findings, String kind, Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			findings.add(finding(kind, text, matcher));
		}
	}

	private static Finding finding(String kind, String text, Matcher matcher) {
		int from = Math.max(0, matcher.start() - 40);
		int to = Math.min(text.length(), matcher.end() + 40);
		return new Finding(kind, matcher.group(), text.substring(from, to));
	}

}
