package org.parindex.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The number written on a paper sheet (a survey questionnaire, a contest entry form) as
 * it is stored and compared, so that one sheet keyed twice is recognised however it was
 * typed (walk of issue 10, #7, and the contest's paper entry alike):
 * <ul>
 * <li>Unicode NFKC (a full-width {@code ７} is {@code 7}), trimmed, runs of spaces made
 * one, in capitals ({@code p-07} and {@code P-07} are one sheet);</li>
 * <li>a number in digits is one number however it is written: {@code 07}, {@code 7},
 * {@code 0007}, {@code 7.}, {@code Số 7}, {@code Số: 7}, {@code Phiếu 7},
 * {@code Phiếu số 7}, {@code Phieu so 7}, {@code Số phiếu: 7}, {@code Tờ số 7},
 * {@code Sheet 7}, {@code No. 7} and {@code #7} are sheet {@code 7}; {@code 1.000} and
 * {@code 1 000} (Vietnamese grouping, {@link DecimalInput#parseWhole}) are sheet
 * {@code 1000};</li>
 * <li>digits with a comma or a lone point ({@code 1,000}, {@code 1,5}, {@code 1.5},
 * {@code 1.00}) are {@link Problem#UNCLEAR}: a thousand, fifteen or a slip is asked,
 * never guessed; a number below 1 is {@link Problem#POSITIVE};</li>
 * <li>a label with letters or a slash is kept as written, in capitals, except that a
 * space between a letter and a digit is dropped ({@code a 001} is {@code A001}, as the
 * contest always read it; {@code Số A} keeps its space).</li>
 * </ul>
 */
public final class SheetNumbers {

	/** Digits of a number at most: no pile of paper has a quintillion sheets. */
	public static final int MAX_DIGITS = 18;

	/** Letters (any script), digits, and the separators officers write in a number. */
	private static final Pattern CHARACTERS = Pattern.compile("[\\p{L}\\p{N}./,#-]+(?: [\\p{L}\\p{N}./,#-]+)*");

	/** One character {@link #CHARACTERS} allows. */
	private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}./,#\\- ]");

	/** Digits with separators, possibly negative: a number, read or refused as such. */
	private static final Pattern NUMERIC = Pattern.compile("-? ?\\d[\\d., ]*");

	/**
	 * The words officers write before a sheet's number, as {@link #prefixForm} writes
	 * them: "Số", "Phiếu", "Phiếu số", "Số phiếu", "Tờ", "Tờ số", "Sheet", "Sheet no.",
	 * "No.", "#" (walks of issue 10: "Phiếu 7", then "Phieu so 7", "Tờ số 7" and "Sheet
	 * 7" were stored as labels beside sheet 7). "Tờ" (a sheet) keeps its mark: without it
	 * it could be "Tổ" (a team), whose number is no sheet's.
	 */
	private static final String WORDS = "(?:PHIEU(?: SO)?|SO(?: PHIEU)?|TW(?: SO)?|SHEET(?: NO\\.?)?|NO\\.?|#)";

	/** A number after the words: "Số 7", "Số: 7", "Phieu so 7", "#7". */
	private static final Pattern PREFIXED = Pattern.compile(WORDS + " ?:? ?(-? ?\\d[\\d., ]*)");

	/**
	 * The same words before a label with a digit ("Tờ số 7a", "Phiếu số 7a" are the label
	 * 7A, as "Tờ số 7" is the number 7; walk of issue 10, third round); a label without a
	 * digit keeps its words ("Số A").
	 */
	private static final Pattern LABEL_PREFIX = Pattern.compile("^" + WORDS + "(?=[ :]|\\d) ?:? ?(?=\\S*\\d)");

	/** A space between a letter and a digit, either way round. */
	private static final Pattern LETTER_DIGIT_SPACE = Pattern.compile("(?<=\\p{L}) (?=\\p{N})|(?<=\\p{N}) (?=\\p{L})");

	private SheetNumbers() {
	}

	/** Why a sheet number was not read. */
	public enum Problem {

		/** Longer than the stored number may be. */
		LENGTH,

		/**
		 * A character other than a letter, a digit, {@code -}, {@code /}, {@code .},
		 * {@code ,}, {@code #} and single spaces ({@link UnreadableException#character()}
		 * names it), or no letter or digit at all ({@code -}, {@code .}).
		 */
		CHARACTERS,

		/** A number of more than {@value #MAX_DIGITS} digits. */
		LARGE,

		/** A number below 1: {@code 0}, {@code -3}. */
		POSITIVE,

		/**
		 * Digits whose separators leave the number unclear: {@code 1,000}, {@code 1.5}.
		 */
		UNCLEAR

	}

	/** A sheet number not read, with why; the caller says it in its own words. */
	public static final class UnreadableException extends IllegalArgumentException {

		private final Problem problem;

		private final String character;

		UnreadableException(Problem problem, String typed) {
			this(problem, typed, "");
		}

		UnreadableException(Problem problem, String typed, String character) {
			super("Sheet number not read (" + problem + "): \"" + typed + "\"");
			this.problem = problem;
			this.character = character;
		}

		/** Why it was not read. */
		public Problem problem() {
			return this.problem;
		}

		/**
		 * The first character refused, as typed ({@code :} of {@code A:7}), for
		 * {@link Problem#CHARACTERS}; {@code ""} when none is to blame (no letter or
		 * digit at all) and for the other problems.
		 */
		public String character() {
			return this.character;
		}

	}

	/**
	 * The sheet number as stored, read as the class describes.
	 * @param typed as typed; {@code null} or blank is no number
	 * @param maxLength characters at most of the stored number (the column's size)
	 * @return the number as stored, {@code ""} for no number (whether one is required is
	 * the caller's business)
	 * @throws UnreadableException when it is too long, has other characters, is a number
	 * below 1, or digits whose separators leave it unclear
	 */
	public static String read(@Nullable String typed, int maxLength) {
		if (typed == null) {
			return "";
		}
		String number = Normalizer.normalize(typed, Normalizer.Form.NFKC)
			.strip()
			.replaceAll("\\s+", " ")
			.toUpperCase(Locale.ROOT);
		if (number.isEmpty()) {
			return "";
		}
		Matcher prefixed = PREFIXED.matcher(prefixForm(number));
		if (!prefixed.matches()) {
			Matcher words = LABEL_PREFIX.matcher(prefixForm(number));
			if (words.find()) {
				// the words before a label ("Phiếu số: A-12"): the label is A-12; without
				// its diacritics the text has as many characters (NFKC composed it)
				number = number.substring(words.end());
			}
			if (number.length() > maxLength) {
				throw new UnreadableException(Problem.LENGTH, typed);
			}
			if (!CHARACTERS.matcher(number).matches()) {
				throw new UnreadableException(Problem.CHARACTERS, typed, refused(number));
			}
			if (number.codePoints().noneMatch(Character::isLetterOrDigit)) {
				throw new UnreadableException(Problem.CHARACTERS, typed);
			}
		}
		String digits = prefixed.matches() ? prefixed.group(1) : number;
		// the full stop or comma after a number ("7.") is punctuation, not part of it
		digits = digits.replaceAll("[.,]+$", "");
		if (digits.isEmpty() || !NUMERIC.matcher(digits).matches()) {
			return LETTER_DIGIT_SPACE.matcher(number).replaceAll("");
		}
		if (digits.contains(",")) {
			// a comma is a decimal to a Vietnamese reader, grouping to an English one:
			// 1,000 and 1,000,000 alike are asked, never guessed
			throw new UnreadableException(Problem.UNCLEAR, typed);
		}
		if (digits.replaceAll("\\D", "").length() > MAX_DIGITS) {
			throw new UnreadableException(Problem.LARGE, typed);
		}
		Optional<Long> whole;
		try {
			whole = DecimalInput.parseWhole(digits);
		}
		catch (NumberFormatException ex) {
			// -3 is below one; 1.5 and 1.00 are a slip or a decimal: asked
			throw new UnreadableException(digits.startsWith("-") ? Problem.POSITIVE : Problem.UNCLEAR, typed);
		}
		if (whole.isEmpty() || whole.get() < 1) {
			throw new UnreadableException(Problem.POSITIVE, typed);
		}
		return Long.toString(whole.get());
	}

	/**
	 * The text as {@link #WORDS} reads it: without its diacritics ({@code SỐ} is
	 * {@code SO}, {@code Đ} is {@code D}), except that {@code TỜ} (a sheet) is
	 * {@code TW}, apart from {@code TỔ} (a team), which is {@code TO}; as many characters
	 * as the text (it is NFKC, composed), so that a match's end cuts the text itself.
	 */
	private static String prefixForm(String text) {
		return Normalizer.normalize(text.replace("TỜ", "TW"), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('Đ', 'D');
	}

	/**
	 * The first character of a number (as normalised) that {@link #CHARACTERS} refuses: a
	 * character other than a letter, a digit or an allowed separator, else the space of a
	 * double or edge space (which normalising leaves none of, so {@code " "} is never
	 * returned in practice).
	 */
	private static String refused(String number) {
		return number.codePoints()
			.filter((c) -> !ALLOWED.matcher(Character.toString(c)).matches())
			.mapToObj(Text::printable)
			.findFirst()
			.orElse(" ");
	}

	/**
	 * The number as {@link #read} stores it, or the text unchanged when it is not read (a
	 * number stored under an earlier rule that this one refuses stays as it was).
	 * @param stored a number as stored
	 * @param maxLength characters at most of the stored number
	 */
	public static String readOrKeep(String stored, int maxLength) {
		try {
			String read = read(stored, maxLength);
			return read.isEmpty() ? stored : read;
		}
		catch (UnreadableException ex) {
			return stored;
		}
	}

}
