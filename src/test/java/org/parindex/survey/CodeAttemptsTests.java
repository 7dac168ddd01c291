package org.parindex.survey;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Respondents behind one address answering with their codes at once are never refused;
 * only unknown codes use the address's allowance (a benchmark of 64 respondents behind
 * one address got 429 for valid codes when every look-up in flight held a token).
 */
class CodeAttemptsTests {

	@Test
	void lookUpsOfKnownCodesInFlightAtOnceNeverUseTheAllowance() {
		CodeAttempts attempts = new CodeAttempts(30, Duration.ofMinutes(10));
		// 64 respondents of one commune office open their codes at the same moment
		assertThat(IntStream.range(0, 64).allMatch((i) -> attempts.allowed("10.0.0.1"))).isTrue();
	}

	@Test
	void unknownCodesUseTheAllowanceOfTheirAddressOnly() {
		CodeAttempts attempts = new CodeAttempts(3, Duration.ofMinutes(10));
		for (int i = 0; i < 3; i++) {
			assertThat(attempts.allowed("10.0.0.1")).isTrue();
			attempts.unknown("10.0.0.1");
		}
		assertThat(attempts.allowed("10.0.0.1")).isFalse();
		assertThat(attempts.allowed("10.0.0.2")).isTrue();
	}

}
