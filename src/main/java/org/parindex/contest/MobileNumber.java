package org.parindex.contest;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile number (issue 11 item 3): ten digits beginning with 0 and a network
 * prefix of the national numbering plan since the 2018 change of 11-digit numbers
 * (Circular 22/2014/TT-BTTTT as amended; prefixes 03x, 05x, 07x, 08x, 09x), typed with or
 * without the country code (+84 or 84) and with spaces, dots or dashes between groups.
 */
public final class MobileNumber {

	private static final Pattern MOBILE = Pattern.compile("0(3[2-9]|5[2689]|7[06-9]|8[1-9]|9[0-9])[0-9]{7}");

	private MobileNumber() {
	}

	/**
	 * The number as stored and compared ({@code 0xxxxxxxxx}), or empty when it is not a
	 * Vietnamese mobile number.
	 */
	public static Optional<String> normalize(String typed) {
		String digits = typed.strip().replaceAll("[\\s.\\-()]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() == 11) {
			digits = "0" + digits.substring(2);
		}
		return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
	}

}
