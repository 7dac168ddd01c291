package org.parindex.platform;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialDateTests {

	@Test
	void padsTheDayBelowTenAndOnlyJanuaryAndFebruary() {
		assertThat(OfficialDate.of("Gia Lai", LocalDate.of(2022, 1, 5)))
			.isEqualTo(new OfficialDate("Gia Lai", "05", "01", "2022"));
		assertThat(OfficialDate.of("Gia Lai", LocalDate.of(2022, 2, 28)))
			.isEqualTo(new OfficialDate("Gia Lai", "28", "02", "2022"));
		assertThat(OfficialDate.of("Gia Lai", LocalDate.of(2022, 5, 24)))
			.isEqualTo(new OfficialDate("Gia Lai", "24", "5", "2022"));
		assertThat(OfficialDate.of("Gia Lai", LocalDate.of(2022, 11, 9)))
			.isEqualTo(new OfficialDate("Gia Lai", "09", "11", "2022"));
		assertThat(OfficialDate.of("Gia Lai", LocalDate.of(2022, 3, 10)).month()).isEqualTo("3");
	}

	@Test
	void aBlankPlaceIsNoPlace() {
		assertThat(OfficialDate.of("  ", LocalDate.of(2022, 5, 24)).placed()).isFalse();
		assertThat(OfficialDate.of("", LocalDate.of(2022, 5, 24)).place()).isEmpty();
		assertThat(OfficialDate.of(" Gia Lai ", LocalDate.of(2022, 5, 24)).placed()).isTrue();
	}

}
