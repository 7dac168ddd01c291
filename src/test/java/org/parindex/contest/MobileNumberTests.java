package org.parindex.contest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MobileNumberTests {

	@Test
	void acceptsMobileNumbersWithOrWithoutTheCountryCodeAndSeparators() {
		assertThat(MobileNumber.normalize("0912345678")).contains("0912345678");
		assertThat(MobileNumber.normalize("+84 912 345 678")).contains("0912345678");
		assertThat(MobileNumber.normalize("84912345678")).contains("0912345678");
		assertThat(MobileNumber.normalize("0387.654.321")).contains("0387654321");
		assertThat(MobileNumber.normalize("070-123-4567")).contains("0701234567");
	}

	@Test
	void refusesLandlinesOldElevenDigitNumbersAndUnknownPrefixes() {
		assertThat(MobileNumber.normalize("02693123456")).isEmpty();
		assertThat(MobileNumber.normalize("01234567890")).isEmpty();
		assertThat(MobileNumber.normalize("0312345678")).isEmpty();
		assertThat(MobileNumber.normalize("091234567")).isEmpty();
		assertThat(MobileNumber.normalize("09123456789")).isEmpty();
		assertThat(MobileNumber.normalize("")).isEmpty();
		assertThat(MobileNumber.normalize("abc")).isEmpty();
	}

}
