package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parindex.engine.Rule;
import org.parindex.platform.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every leaf rule as a sentence people read ("Đạt: 1 điểm; không đạt: 0 điểm"; "Tỷ lệ đạt
 * từ 30 % trở lên: 1 điểm; dưới đó tính theo tỷ lệ"), in the current locale, for the
 * public criteria page and the unit's pages; the notation ({@link RuleNotation}) stays in
 * the editor and the template. One renderer for every rule type: a type without a
 * sentence here fails to compile (the switch over {@code RuleType} has no default).
 * Templates reach this bean as {@code @ruleText}. Messages {@code rule.sentence.*}.
 */
@Component("ruleText")
public class RuleSentences {

	private final MessageSource messages;

	private final Formats formats;

	RuleSentences(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/** The sentence of a leaf's rule, in the current locale; empty for a branch. */
	public String sentence(NodeView node) {
		return node.rule().map((rule) -> sentence(rule, node.maxPoints(), LocaleContextHolder.getLocale())).orElse("");
	}

	/**
	 * The sentence of a rule written in {@link RuleNotation} on a leaf of maximum
	 * {@code max}; the notation itself when it cannot be read (an editor's draft).
	 */
	public String sentence(String notation, BigDecimal max, Locale locale) {
		Rule rule;
		try {
			rule = RuleNotation.parse(notation);
		}
		catch (RuleNotationException ex) {
			return notation;
		}
		return sentence(rule, max, locale);
	}

	/** The sentence of a rule on a leaf of maximum {@code max}. */
	public String sentence(Rule rule, BigDecimal max, Locale locale) {
		String full = points(max, locale);
		return switch (rule.type()) {
			case MANUAL -> (((Rule.Manual) rule).step().signum() == 0) ? text("rule.sentence.manual", locale, full)
					: text("rule.sentence.manual-step", locale, full, number(((Rule.Manual) rule).step(), locale));
			case YES_NO -> text("rule.sentence.yes-no", locale, full);
			case RATIO -> text("rule.sentence.ratio", locale, percent(((Rule.Ratio) rule).fullAt(), locale), full)
					+ baseZero(((Rule.Ratio) rule).fullWhenBaseZero(), full, locale);
			case BANDS -> bands(((Rule.Bands) rule).bands(), false, locale);
			case RATIO_BANDS -> bands(((Rule.RatioBands) rule).bands(), true, locale)
					+ baseZero(((Rule.RatioBands) rule).fullWhenBaseZero(), full, locale);
			case COUNT ->
				text("rule.sentence.count", locale, points(((Rule.Count) rule).pointsPerItem(), locale), full);
			case DEDUCT ->
				text("rule.sentence.deduct", locale, full, points(((Rule.Deduct) rule).pointsPerItem(), locale));
			case SURVEY -> text("rule.sentence.survey", locale, full);
		};
	}

	/**
	 * "Dưới 80 %: 0 điểm; từ 80 % đến dưới 100 %: 0,5 điểm; từ 100 % trở lên: 1 điểm".
	 */
	private String bands(List<Rule.Band> bands, boolean ratio, Locale locale) {
		if (bands.isEmpty()) {
			return text("rule.sentence.bands-none", locale);
		}
		List<String> parts = new ArrayList<>();
		String first = threshold(bands.get(0).from(), ratio, locale);
		if (bands.get(0).from().signum() > 0) {
			parts.add(text("rule.sentence.band-below", locale, first, points(BigDecimal.ZERO, locale)));
		}
		for (int i = 0; i < bands.size(); i++) {
			Rule.Band band = bands.get(i);
			String from = threshold(band.from(), ratio, locale);
			String points = points(band.points(), locale);
			parts.add(
					(i + 1 < bands.size())
							? text("rule.sentence.band", locale, from,
									threshold(bands.get(i + 1).from(), ratio, locale), points)
							: text("rule.sentence.band-last", locale, from, points));
		}
		String joined = String.join("; ", parts);
		if (ratio) {
			return text("rule.sentence.ratio-bands", locale, joined);
		}
		return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
	}

	private String baseZero(boolean full, String max, Locale locale) {
		return text(full ? "rule.sentence.base-zero-full" : "rule.sentence.base-zero-none", locale, max);
	}

	private String threshold(BigDecimal from, boolean ratio, Locale locale) {
		return ratio ? percent(from, locale) : number(from, locale);
	}

	private String percent(BigDecimal share, Locale locale) {
		return number(share.movePointRight(2), locale) + " %";
	}

	private String points(BigDecimal value, Locale locale) {
		// English says "1 point" but "0.25 points", "0 points" (issue 9, fix9e)
		return text((value.compareTo(BigDecimal.ONE) == 0) ? "rule.sentence.point" : "rule.sentence.points", locale,
				number(value, locale));
	}

	private String number(BigDecimal value, Locale locale) {
		return this.formats.plain(value, locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
