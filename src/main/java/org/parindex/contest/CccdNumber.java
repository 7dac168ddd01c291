package org.parindex.contest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The structure of a citizen identity number (số định danh cá nhân, printed on the CCCD),
 * checked before a registration is stored (issue 11 item 3). Twelve digits (Decree
 * 137/2015/NĐ-CP art. 7, kept by the Law on Identification 26/2023/QH15): the first three
 * the code of the province of birth registration, the fourth the century of birth and the
 * sex (0/1 for 1900–1999 male/female, 2/3 for 2000–2099, 4/5 for 2100–2199, 6/7, 8/9 the
 * next centuries; Circular 59/2021/TT-BCA art. 7), the fifth and sixth the last two
 * digits of the year of birth, the last six a random number. The province codes are those
 * of the 63 provinces and cities listed in the circular's appendix (the codes of the
 * administrative units, Decision 124/2004/QĐ-TTg); numbers already issued keep them after
 * the 2025 merger of provinces.
 */
public final class CccdNumber {

	/** The number of digits. */
	public static final int LENGTH = 12;

	/** The province codes a number may begin with. */
	static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
			"017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
			"038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
			"064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
			"087", "089", "091", "092", "093", "094", "095", "096");

	private CccdNumber() {
	}

	/**
	 * A number as typed, without the spaces, dots and hyphens people put between its
	 * groups of digits when they copy it from the card ("079 201 012 345",
	 * "079.201.012.345"); nothing else is changed, so anything but digits is still
	 * refused by {@link #problem}.
	 * @param typed the number as typed; {@code null} for nothing typed
	 * @return the number without separators, possibly empty
	 */
	public static String normalize(@Nullable String typed) {
		if (typed == null) {
			return "";
		}
		StringBuilder digits = new StringBuilder(typed.length());
		typed.codePoints()
			.filter((c) -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '.' && c != '-')
			.forEach(digits::appendCodePoint);
		return digits.toString();
	}

	/**
	 * What is wrong with a number for a person born on {@code birthDate}, naming the part
	 * at fault; empty when the number is well formed.
	 * @param number the number without separators ({@link #normalize})
	 * @param birthDate the date of birth typed with it, if valid (without it only the
	 * digits and the province are checked)
	 * @return a problem of field {@code cccd}: {@code contest.entry.problem.cccd.digits}
	 * (not 12 digits), {@code .province} (first three digits, with the code),
	 * {@code .century} (fourth digit, with the digit and the birth year), {@code .year}
	 * (fifth and sixth, with the digits and the birth year's last two)
	 */
	public static Optional<ContestProblem> problem(String number, Optional<LocalDate> birthDate) {
		if (number.length() != LENGTH || !number.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return Optional.of(problem("digits", LENGTH));
		}
		String province = number.substring(0, 3);
		if (!PROVINCES.contains(province)) {
			return Optional.of(problem("province", province));
		}
		if (birthDate.isEmpty()) {
			return Optional.empty();
		}
		int year = birthDate.get().getYear();
		int century = number.charAt(3) - '0';
		if (year < 1900 || 1900 + (century / 2) * 100 != year / 100 * 100) {
			return Optional.of(problem("century", String.valueOf(century), String.valueOf(year)));
		}
		String digits = number.substring(4, 6);
		String expected = String.format("%02d", year % 100);
		if (!digits.equals(expected)) {
			return Optional.of(problem("year", digits, expected));
		}
		return Optional.empty();
	}

	private static ContestProblem problem(String part, Object... arguments) {
		return new ContestProblem("cccd", "contest.entry.problem.cccd." + part, java.util.List.of(arguments));
	}

}
