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
 * <li>{@code count per-item=0.25}</li>
 * <li>{@code survey}</li>
 * </ul>
 * Decimals may use a point or a comma ({@code 0,25}).
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
		for (int i = 1; i < words.length; i++) {
			String word = words[i];
			int equals = word.indexOf('=');
			int colon = word.indexOf(':');
			if (equals > 0) {
				parameters.put(word.substring(0, equals).toLowerCase(Locale.ROOT), word.substring(equals + 1));
			}
			else if (colon > 0 && type.equals("bands")) {
				bands.add(
						new Rule.Band(number(word.substring(0, colon), text), number(word.substring(colon + 1), text)));
			}
			else {
				throw new RuleNotationException("methodology.rule.unexpected", word, text);
			}
		}
		Rule rule = switch (type) {
			case "manual" -> new Rule.Manual(optionalNumber(parameters.remove("step"), BigDecimal.ZERO, text));
			case "yes-no" -> new Rule.YesNo();
			case "ratio" -> new Rule.Ratio(optionalNumber(parameters.remove("full-at"), BigDecimal.ONE, text),
					baseZero(parameters.remove("base-zero"), text));
			case "bands" -> new Rule.Bands(bands);
			case "count" -> new Rule.Count(requiredNumber(parameters.remove("per-item"), "per-item", text));
			case "survey" -> new Rule.Survey();
			default -> throw new RuleNotationException("methodology.rule.unknown-type", words[0], text);
		};
		if (!parameters.isEmpty()) {
			throw new RuleNotationException("methodology.rule.unknown-parameter", parameters.keySet().iterator().next(),
					text);
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
		if (rule instanceof Rule.Count count) {
			return "count per-item=" + plain(count.pointsPerItem());
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
		throw new RuleNotationException("methodology.rule.bad-value", "base-zero", value, text);
	}

	private static BigDecimal optionalNumber(String value, BigDecimal fallback, String text) {
		return (value != null) ? number(value, text) : fallback;
	}

	private static BigDecimal requiredNumber(String value, String name, String text) {
		if (value == null) {
			throw new RuleNotationException("methodology.rule.missing-parameter", name, text);
		}
		return number(value, text);
	}

	private static BigDecimal number(String value, String text) {
		try {
			return DecimalInput.parse(value)
				.orElseThrow(() -> new RuleNotationException("methodology.rule.bad-number", value, text));
		}
		catch (NumberFormatException ex) {
			throw new RuleNotationException("methodology.rule.bad-number", value, text);
		}
	}

	private static String plain(BigDecimal value) {
		return Points.normalize(value).toPlainString();
	}

}
