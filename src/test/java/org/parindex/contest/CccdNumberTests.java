package org.parindex.contest;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CccdNumberTests {

	static Optional<String> problem(String number, String birth) {
		return CccdNumber.problem(number, Optional.ofNullable(birth).map(LocalDate::parse))
			.map(ContestProblem::messageKey);
	}

	@Test
	void acceptsAWellFormedNumberOfTheTwentiethAndTwentyFirstCenturies() {
		assertThat(problem("064090123456", "1990-03-15")).isEmpty();
		assertThat(problem("001185000001", "1985-12-31")).isEmpty();
		assertThat(problem("079205000001", "2005-01-01")).isEmpty();
		assertThat(problem("096307999999", "2007-06-30")).isEmpty();
	}

	@Test
	void refusesAnythingButTwelveDigits() {
		assertThat(problem("06409012345", "1990-03-15")).contains("contest.entry.problem.cccd.digits");
		assertThat(problem("0640901234567", "1990-03-15")).contains("contest.entry.problem.cccd.digits");
		assertThat(problem("06409012345a", "1990-03-15")).contains("contest.entry.problem.cccd.digits");
		assertThat(problem("064 09012345", "1990-03-15")).contains("contest.entry.problem.cccd.digits");
		assertThat(problem("", null)).contains("contest.entry.problem.cccd.digits");
	}

	@Test
	void dropsTheSpacesDotsAndHyphensTypedBetweenGroupsOfDigits() {
		assertThat(CccdNumber.normalize("079 201 012 345")).isEqualTo("079201012345");
		assertThat(CccdNumber.normalize(" 079.201.012.345 ")).isEqualTo("079201012345");
		assertThat(CccdNumber.normalize("079-201-012-345")).isEqualTo("079201012345");
		assertThat(CccdNumber.normalize("079\u00a0201\u00a0012\u00a0345")).isEqualTo("079201012345");
		assertThat(CccdNumber.normalize("07920101234a")).isEqualTo("07920101234a");
		assertThat(CccdNumber.normalize(null)).isEmpty();
	}

	@Test
	void namesAnUnknownProvinceCode() {
		assertThat(problem("003090123456", "1990-03-15")).contains("contest.entry.problem.cccd.province");
		assertThat(problem("097090123456", "1990-03-15")).contains("contest.entry.problem.cccd.province");
		assertThat(problem("000090123456", null)).contains("contest.entry.problem.cccd.province");
		assertThat(CccdNumber.PROVINCES).hasSize(63);
	}

	@Test
	void namesACenturyDigitThatDoesNotFitTheBirthYear() {
		assertThat(problem("064290123456", "1990-03-15")).contains("contest.entry.problem.cccd.century");
		assertThat(problem("064005123456", "2005-03-15")).contains("contest.entry.problem.cccd.century");
		assertThat(problem("064490123456", "1990-03-15")).contains("contest.entry.problem.cccd.century");
		// 1 (female, 1900s) and 3 (female, 2000s) fit their centuries
		assertThat(problem("064190123456", "1990-03-15")).isEmpty();
		assertThat(problem("064305123456", "2005-03-15")).isEmpty();
	}

	@Test
	void namesBirthYearDigitsThatDoNotFit() {
		assertThat(problem("064091123456", "1990-03-15")).contains("contest.entry.problem.cccd.year");
		assertThat(CccdNumber.problem("064091123456", Optional.of(LocalDate.parse("1990-03-15")))
			.orElseThrow()
			.arguments()).containsExactly("91", "90");
	}

	@Test
	void withoutABirthDateChecksOnlyTheDigitsAndTheProvince() {
		assertThat(problem("064999123456", null)).isEmpty();
	}

}
