package org.parindex.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.parindex.engine.Points;
import org.parindex.engine.RankLabel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How figures are written on pages and in reports, in the current locale: points with two
 * decimals ({@code 75,26} in Vietnamese, {@code 75.26} in English), whole counts
 * zero-padded as Vietnamese official texts write them ({@code 01 tiêu chí},
 * {@code giảm 04 bậc}), ranks padded to the width of the unit count ({@code 06/17}),
 * points maxima never padded ({@code 1,00/6}; docs/scoring.md, "Shown parts add up").
 * Padding of counts is house style and can be switched off with
 * {@code parindex.format.zero-pad=false}. Templates reach this bean as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DecimalFormatSymbols VIETNAMESE_SYMBOLS = DecimalFormatSymbols.getInstance(VIETNAMESE);

	private static final DecimalFormatSymbols ENGLISH_SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

	/** Times as Vietnamese offices write them: {@code 17h00 15/01/2023}. */
	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm dd/MM/yyyy");

	/** Times as English pages write them: {@code 17:00 15/01/2023}. */
	public static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	/** Days as Vietnamese offices write them: {@code 15/01/2023}. */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final boolean zeroPad;

	public Formats(@Value("${parindex.format.zero-pad:true}") boolean zeroPad) {
		this.zeroPad = zeroPad;
	}

	/**
	 * A time in Vietnam's time zone, as the page's language writes it: {@link #TIME}
	 * ({@code 17h00 15/01/2023}) in Vietnamese, {@link #TIME_EN}
	 * ({@code 17:00 15/01/2023}) in English.
	 */
	public String time(Instant instant) {
		return timeFormat().format(instant.atZone(TimeConfiguration.ZONE));
	}

	/**
	 * A time as the current request's language writes it, in the time's own zone:
	 * {@code 17h00 15/01/2023} in Vietnamese, {@code 17:00 15/01/2023} on English pages;
	 * Vietnamese outside a request (jobs).
	 */
	public static String localTime(TemporalAccessor time) {
		return timeFormat().format(time);
	}

	private static DateTimeFormatter timeFormat() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = (context != null) ? context.getLocale() : null;
		return (locale != null && "en".equals(locale.getLanguage())) ? TIME_EN : TIME;
	}

	/**
	 * A day in Vietnam's time zone, as Vietnamese offices write it: {@code 15/01/2023}.
	 */
	public String day(Instant instant) {
		return DAY.format(instant.atZone(TimeConfiguration.ZONE));
	}

	/** A time in Vietnam's time zone, as the page's language writes it. */
	public String time(ZonedDateTime time) {
		return timeFormat().format(time.withZoneSameInstant(TimeConfiguration.ZONE));
	}

	/** Points as published: two places, half up ({@code 75,26}). */
	public String points(BigDecimal value) {
		return points(value, LocaleContextHolder.getLocale());
	}

	/** Points as published, in the given locale. */
	public String points(BigDecimal value, Locale locale) {
		return decimal(Points.display(value), 2, 2, locale);
	}

	/**
	 * Points at an index set's published precision, half up ({@code 97,685} at three
	 * places): what rankings, scorecards, narratives and exports of that set show.
	 * @param places 0 to 6 (the set's {@code tie_places})
	 */
	public String points(BigDecimal value, int places) {
		return decimal(Points.atPlaces(value, places), places, places, LocaleContextHolder.getLocale());
	}

	/** Points at a published precision, in the given locale. */
	public String points(BigDecimal value, int places, Locale locale) {
		return decimal(Points.atPlaces(value, places), places, places, locale);
	}

	/**
	 * The points a node lost, as shown beside its maximum and points: the shown maximum
	 * less the shown points, so that the three shown figures add up (max 1,5, points
	 * 0,38, lost 1,12, not 1,13 from rounding 1,125 on its own).
	 * @param places the published precision
	 */
	public String lost(BigDecimal max, BigDecimal points, int places) {
		return points(Points.atPlaces(max, places).subtract(Points.atPlaces(points, places)), places);
	}

	/** A signed difference at a published precision: {@code +1,25}, {@code −6,14}. */
	public String signedPoints(BigDecimal value, int places) {
		BigDecimal shown = Points.atPlaces(value, places);
		String sign = (shown.signum() > 0) ? "+" : (shown.signum() < 0) ? "−" : "";
		return sign + points(shown.abs(), places);
	}

	/** An index % at a published precision: {@code 75,262%} at three places. */
	public String percent(BigDecimal value, int places) {
		return points(value, places) + "%";
	}

	/**
	 * A rank of so many units in an index set's style ({@code 06/17}, {@code 01/7},
	 * {@code 1/126}).
	 */
	public String rank(int rank, int unitCount, RankLabel style) {
		return style.label(rank, unitCount);
	}

	/**
	 * A maximum in running text: a whole value as a plain number, never zero-padded
	 * ({@code 6}, {@code 64}, {@code 100}), otherwise at the published precision
	 * ({@code 1,50}). Padding is for counts and ranks, never for points (issue 9, F17;
	 * docs/scoring.md, "Shown parts add up"). Points achieved are never written this way:
	 * they always carry the published precision ({@code 1,00/6}).
	 */
	public String maximum(BigDecimal value, int places) {
		return maximum(value, places, LocaleContextHolder.getLocale());
	}

	/**
	 * A maximum in running text, in the given locale (see
	 * {@link #maximum(BigDecimal, int)}).
	 */
	public String maximum(BigDecimal value, int places, Locale locale) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() <= 0) {
			return stripped.toBigIntegerExact().toString();
		}
		return points(value, places, locale);
	}

	/** An index %: {@code 75,26%}. */
	public String percent(BigDecimal value) {
		return points(value) + "%";
	}

	/**
	 * A maximum or an adjustment: a whole value as a plain number, never zero-padded
	 * ({@code 6}, {@code 64}, {@code 100}), otherwise as points ({@code 0,50}).
	 */
	public String wholeOrPoints(BigDecimal value) {
		return wholeOrPoints(value, LocaleContextHolder.getLocale());
	}

	/** A maximum or an adjustment, in the given locale. */
	public String wholeOrPoints(BigDecimal value, Locale locale) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() <= 0) {
			return stripped.toBigIntegerExact().toString();
		}
		return points(value, locale);
	}

	/**
	 * A whole count in running text: {@code 04}, {@code 17}, {@code 120}; zero stays
	 * {@code 0}.
	 */
	public String count(int value) {
		return (this.zeroPad && value > 0 && value < 10) ? "0" + value : Integer.toString(value);
	}

	/** A rank of so many units: {@code 06/17}, padded to the width of the unit count. */
	public String rank(int rank, int unitCount) {
		return rankOnly(rank, unitCount) + "/" + unitCount;
	}

	/** A rank alone, padded to the width of the unit count: {@code 06}. */
	private String rankOnly(int rank, int unitCount) {
		if (!this.zeroPad) {
			return Integer.toString(rank);
		}
		int width = Integer.toString(unitCount).length();
		StringBuilder padded = new StringBuilder(Integer.toString(rank));
		while (padded.length() < width) {
			padded.insert(0, '0');
		}
		return padded.toString();
	}

	/** A signed difference in points: {@code +1,25}, {@code −6,14}, {@code 0,00}. */
	public String signedPoints(BigDecimal value) {
		BigDecimal shown = Points.display(value);
		String sign = (shown.signum() > 0) ? "+" : (shown.signum() < 0) ? "−" : "";
		return sign + points(shown.abs());
	}

	/**
	 * An input value as entered, without forced decimals: {@code 3.240}, {@code 0,25}.
	 */
	public String number(BigDecimal value) {
		return decimal(value, 0, 6, LocaleContextHolder.getLocale());
	}

	/**
	 * A whole number (a count of answers, responses, codes) as people read it, grouped in
	 * the current locale: {@code 1.213} in Vietnamese, {@code 1,213} in English;
	 * {@code 0} stays {@code 0}.
	 */
	public String whole(long value) {
		return decimal(BigDecimal.valueOf(value), 0, 0, LocaleContextHolder.getLocale());
	}

	/**
	 * A number to prefill a form field with, in the current locale: at most
	 * {@code maxDecimals} decimals (half up), no grouping, the locale's decimal mark
	 * ({@code 1,4198} in Vietnamese, {@code 1.4198} in English), written by the
	 * {@link org.parindex.platform.web.DecimalFormatter} that binds form numbers, so that
	 * {@link DecimalInput} reads it back as shown.
	 * @param maxDecimals 0 or more: 4 for points ({@code numeric(9, 4)}), 6 for rule
	 * inputs ({@code numeric(20, 6)})
	 */
	public String input(BigDecimal value, int maxDecimals) {
		BigDecimal rounded = (value.scale() > maxDecimals) ? value.setScale(maxDecimals, RoundingMode.HALF_UP) : value;
		return new org.parindex.platform.web.DecimalFormatter().print(rounded, LocaleContextHolder.getLocale());
	}

	/**
	 * A whole number to prefill a form field with: its digits, no grouping, in every
	 * language ({@code 4242}, never {@code 4.242} or {@code 4,242}), so that the field's
	 * reader ({@link DecimalInput#parseWhole}, which takes {@code 4,242} for a decimal)
	 * reads back what it shows.
	 * @param value any whole number
	 */
	public String wholeInput(long value) {
		return input(BigDecimal.valueOf(value), 0);
	}

	/**
	 * A score to prefill a points field with, in the current locale, as the index set
	 * publishes it: rounded half up to the set's published precision, or to the
	 * criterion's own decimals (its maximum's, {@code 0,125}) when it has more, without
	 * trailing zeros ({@code 0,54}, never the stored {@code 0,5399}; issue 9, #9). The
	 * stored value stays exact: a form sends back what it showed beside the field, and a
	 * field left as shown keeps the stored score.
	 * @param value the stored score, 0 or more
	 * @param places the index set's published precision (decimals, 0 or more)
	 * @param max the criterion's maximum
	 */
	public String pointsInput(BigDecimal value, int places, BigDecimal max) {
		int shown = Math.max(places, Math.max(0, max.stripTrailingZeros().scale()));
		BigDecimal rounded = value.setScale(shown, RoundingMode.HALF_UP).stripTrailingZeros();
		return input(rounded.setScale(Math.max(0, rounded.scale())), shown);
	}

	/**
	 * A typed reason set at the end of a sentence, ended by exactly one full stop
	 * ({@link Text#sentence}); for templates ({@code @fmt.sentence(revision.reason())}).
	 * @param typed the text as stored, possibly empty
	 */
	public String sentence(String typed) {
		return Text.sentence(typed);
	}

	/**
	 * A file's size as people read it, in the current locale: under a kilobyte
	 * {@code 512 byte}, then whole kilobytes ({@code 12 KB}) and megabytes with one
	 * decimal ({@code 1,5 MB}); 1 KB = 1,024 bytes.
	 * @param bytes 0 or more
	 */
	public String fileSize(long bytes) {
		Locale locale = LocaleContextHolder.getLocale();
		if (bytes < 1024) {
			return bytes + " byte";
		}
		if (bytes < 1024 * 1024) {
			return decimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 0, RoundingMode.HALF_UP), 0, 0,
					locale) + " KB";
		}
		return decimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP), 0,
				1, locale) + " MB";
	}

	/**
	 * A number in running text, without forced decimals, in the given locale
	 * ({@code 0,25}, {@code 1,5}, {@code 30}).
	 */
	public String plain(BigDecimal value, Locale locale) {
		return decimal(value, 0, 6, locale);
	}

	private static String decimal(BigDecimal value, int minFraction, int maxFraction, Locale locale) {
		DecimalFormat format = new DecimalFormat("#,##0", symbols(locale));
		format.setMinimumFractionDigits(minFraction);
		format.setMaximumFractionDigits(maxFraction);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	/**
	 * Vietnamese symbols ({@code 1.234,5}) unless the locale is English
	 * ({@code 1,234.5}).
	 */
	private static DecimalFormatSymbols symbols(Locale locale) {
		return "en".equals(locale.getLanguage()) ? ENGLISH_SYMBOLS : VIETNAMESE_SYMBOLS;
	}

}
