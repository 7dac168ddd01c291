package org.parindex.methodology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parindex.engine.Points;
import org.parindex.engine.Rule;
import org.parindex.platform.DecimalInput;

/**
 * The short text form of a leaf rule, as stored and as written in import templates:
 * <ul>
 * <li>{@code manual} or {@code manual step=0.25}</li>
 * <li>{@code yes-no}</li>
 * <li>{@code ratio}, {@code ratio full-at=0.5}, {@code ratio base-zero=none}</li>
 * <li>{@code bands 0:0 1:1 2:1.5} (from value : points, ascending)</li>
 * <li>{@code bands ratio 0.8:0.5 1:1} (bands over the share {@code actual / base}:
 * thresholds as shares, 1 = 100 %, or as percentages, {@code 80%:0.5 100%:1}; optional
 * {@code base-zero=none}, see {@link Rule.RatioBands})</li>
 * <li>{@code count per-item=0.25}</li>
 * <li>{@code deduct per-item=0.5} (full points less 0,5 per violation, never below zero,
 * see {@link Rule.Deduct})</li>
 * <li>{@code survey}</li>
 * </ul>
 * Decimals may use a point or a comma ({@code 0,25}). No number of a rule may be negative
 * ({@code methodology.rule.negative}), except that {@code count per-item=-0,5}, as
 * provinces' templates write "trừ 0,5 điểm cho mỗi lần vi phạm", is read as the deduction
 * it means: {@code deduct per-item=0.5} (full points less 0,5 per violation, never below
 * zero; issue 9, item 14a and its case file).
 */
public final class RuleNotation {

	private RuleNotation() {
	}

	/**
	 * The rule written in {@code text}, or a {@link RuleNotationException} saying what is
	 * wrong.
	 */
	public static Rule parse(String text) {
		String[] words = text.strip().split("\\s+");
		String type = words[0].toLowerCase(Locale.ROOT);
		Map<String, String> parameters = new LinkedHashMap<>();
		List<Rule.Band> bands = new ArrayList<>();
		boolean ratio = false;
		for (int i = 1; i < words.length; i++) {
			String word = words[i];
			int equals = word.indexOf('=');
			int colon = word.indexOf(':');
			if (equals > 0) {
				parameters.put(word.substring(0, equals).toLowerCase(Locale.ROOT), word.substring(equals + 1));
			}
			else if (i == 1 && type.equals("bands") && word.equalsIgnoreCase("ratio")) {
				ratio = true;
			}
			else if (colon > 0 && type.equals("bands")) {
				BigDecimal from = ratio ? share(word.substring(0, colon), text)
						: number(word.substring(0, colon), text);
				BigDecimal points = number(word.substring(colon + 1), text);
				nonNegative(word, from.min(points), text);
				bands.add(new Rule.Band(from, points));
			}
			else {
				throw RuleNotationException.inParameters("methodology.rule.unexpected", word, text);
			}
		}
		if (type.equals("count") && parameters.containsKey("per-item")
				&& parameters.get("per-item").strip().startsWith("-")) {
			// a negative amount per item is a deduction per violation from full points
			type = "deduct";
			parameters.put("per-item", parameters.get("per-item").strip().substring(1));
		}
		Rule rule = switch (type) {
			case "manual" -> new Rule.Manual(
					nonNegative("step", optionalNumber(parameters.remove("step"), BigDecimal.ZERO, text), text));
			case "yes-no" -> new Rule.YesNo();
			case "ratio" -> new Rule.Ratio(
					nonNegative("full-at", optionalNumber(parameters.remove("full-at"), BigDecimal.ONE, text), text),
					baseZero(parameters.remove("base-zero"), text));
			case "bands" -> ratio ? new Rule.RatioBands(bands, baseZero(parameters.remove("base-zero"), text))
					: new Rule.Bands(bands);
			case "count" -> new Rule.Count(
					nonNegative("per-item", requiredNumber(parameters.remove("per-item"), "per-item", text), text));
			case "deduct" -> new Rule.Deduct(
					nonNegative("per-item", requiredNumber(parameters.remove("per-item"), "per-item", text), text));
			case "survey" -> new Rule.Survey();
			default -> throw new RuleNotationException("methodology.rule.unknown-type", words[0], text);
		};
		if (!parameters.isEmpty()) {
			throw RuleNotationException.inParameters("methodology.rule.unknown-parameter",
					parameters.keySet().iterator().next(), text);
		}
		return rule;
	}

	/** The notation of {@code rule}, leaving out default parameters. */
	public static String format(Rule rule) {
		if (rule instanceof Rule.Manual manual) {
			return (manual.step().signum() == 0) ? "manual" : "manual step=" + plain(manual.step());
		}
		if (rule instanceof Rule.YesNo) {
			return "yes-no";
		}
		if (rule instanceof Rule.Ratio ratio) {
			StringBuilder text = new StringBuilder("ratio");
			if (ratio.fullAt().compareTo(BigDecimal.ONE) != 0) {
				text.append(" full-at=").append(plain(ratio.fullAt()));
			}
			if (!ratio.fullWhenBaseZero()) {
				text.append(" base-zero=none");
			}
			return text.toString();
		}
		if (rule instanceof Rule.Bands bands) {
			StringBuilder text = new StringBuilder("bands");
			for (Rule.Band band : bands.bands()) {
				text.append(' ').append(plain(band.from())).append(':').append(plain(band.points()));
			}
			return text.toString();
		}
		if (rule instanceof Rule.RatioBands bands) {
			StringBuilder text = new StringBuilder("bands ratio");
			for (Rule.Band band : bands.bands()) {
				text.append(' ').append(plain(band.from())).append(':').append(plain(band.points()));
			}
			if (!bands.fullWhenBaseZero()) {
				text.append(" base-zero=none");
			}
			return text.toString();
		}
		if (rule instanceof Rule.Count count) {
			return "count per-item=" + plain(count.pointsPerItem());
		}
		if (rule instanceof Rule.Deduct deduct) {
			return "deduct per-item=" + plain(deduct.pointsPerItem());
		}
		return "survey";
	}

	private static boolean baseZero(String value, String text) {
		if (value == null || value.equals("full")) {
			return true;
		}
		if (value.equals("none")) {
			return false;
		}
		throw RuleNotationException.inParameters("methodology.rule.bad-value", "base-zero", value, text);
	}

	private static BigDecimal optionalNumber(String value, BigDecimal fallback, String text) {
		return (value != null) ? number(value, text) : fallback;
	}

	private static BigDecimal requiredNumber(String value, String name, String text) {
		if (value == null) {
			throw RuleNotationException.inParameters("methodology.rule.missing-parameter", name, text);
		}
		return number(value, text);
	}

	private static BigDecimal number(String value, String text) {
		try {
			return DecimalInput.parse(value)
				.orElseThrow(() -> RuleNotationException.inParameters("methodology.rule.bad-number", value, text));
		}
		catch (NumberFormatException ex) {
			throw RuleNotationException.inParameters("methodology.rule.bad-number", value, text);
		}
	}

	/**
	 * A threshold of bands over a ratio: a share ({@code 0.8}, {@code 0,8}) or a
	 * percentage ({@code 80%}), as a share.
	 */
	private static BigDecimal share(String value, String text) {
		String trimmed = value.strip();
		if (trimmed.endsWith("%")) {
			return Points.normalize(number(trimmed.substring(0, trimmed.length() - 1).strip(), text).movePointLeft(2));
		}
		return number(trimmed, text);
	}

	private static BigDecimal nonNegative(String name, BigDecimal value, String text) {
		if (value.signum() < 0) {
			throw RuleNotationException.inParameters("methodology.rule.negative", name,
					Points.normalize(value).toPlainString(), text);
		}
		return value;
	}

	private static String plain(BigDecimal value) {
		return Points.normalize(value).toPlainString();
	}

}
