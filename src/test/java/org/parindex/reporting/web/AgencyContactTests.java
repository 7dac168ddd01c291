package org.parindex.reporting.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Issue 12, item 2: the agency's contact settings are checked when the application
 * starts; a value an official text must not print stops it with a message naming the
 * setting.
 */
class AgencyContactTests {

	@Test
	void acceptsTheWaysAgenciesWriteTheirDetails() {
		ResultDocuments.Contact contact = new ResultDocuments.Contact(" 17 Trần Hưng Đạo, tỉnh Gia Lai ",
				"0269 3824 227; (0269) 3.824.228, +84 269 3824 229", "so-noi.vu@gialai.gov.vn",
				"https://sonoivu.gialai.gov.vn/lien-he");
		assertThat(contact.address()).isEqualTo("17 Trần Hưng Đạo, tỉnh Gia Lai");
		assertThat(new ResultDocuments.Contact("", "", "", "sonoivu.gialai.gov.vn").website())
			.isEqualTo("sonoivu.gialai.gov.vn");
		assertThat(new ResultDocuments.Contact("", "", "", "").phone()).isEmpty();
	}

	@Test
	void refusesAMalformedTelephoneNamingTheSetting() {
		for (String phone : new String[] { "gọi 0269", "0269", "0269 3824 227 ext", "0269 3824 227 3824 227 1" }) {
			assertThatIllegalArgumentException().as(phone)
				.isThrownBy(() -> new ResultDocuments.Contact("", phone, "", ""))
				.withMessageStartingWith("parindex.agency.phone “" + phone + "” is not a telephone number");
		}
	}

	@Test
	void refusesAMalformedEmailOrWebsiteNamingTheSetting() {
		for (String email : new String[] { "sonoivu", "sonoivu@", "so noivu@gialai.gov.vn", "a@b", "a@@b.vn" }) {
			assertThatIllegalArgumentException().as(email)
				.isThrownBy(() -> new ResultDocuments.Contact("", "", email, ""))
				.withMessage(
						"parindex.agency.email “" + email + "” is not an e-mail address (e.g. sonoivu@gialai.gov.vn)");
		}
		for (String website : new String[] { "sonoivu", "ftp://sonoivu.gialai.gov.vn", "https://so noivu.vn" }) {
			assertThatIllegalArgumentException().as(website)
				.isThrownBy(() -> new ResultDocuments.Contact("", "", "", website))
				.withMessageStartingWith("parindex.agency.website “" + website + "” is not a web address");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new ResultDocuments.Contact("x".repeat(301), "", "", ""))
			.withMessageStartingWith("parindex.agency.address is 301 characters long");
	}

}
