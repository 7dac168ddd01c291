package org.parindex.contest.web;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits on registrations and starts (issue 11 item 6): per client address and per
 * identity, with how long to wait once used up; the defaults let a commune hall register
 * 30 people from one address.
 */
class EntryLimitsTests {

	private static EntryLimits defaults() {
		return new EntryLimits(200, 10, Duration.ofHours(1), 600, 30, Duration.ofHours(1));
	}

	@Test
	void aCommuneHallRegistersThirtyPeopleFromOneAddressWithTheDefaults() {
		EntryLimits limits = defaults();
		for (int i = 0; i < 30; i++) {
			assertThat(limits.register("203.0.113.7", String.format("064090%06d", i))).as("person %d", i).isEmpty();
		}
	}

	@Test
	void theAddressAllowanceIsUsedUpAndSaysWhenToTryAgain() {
		EntryLimits limits = new EntryLimits(3, 10, Duration.ofHours(1), 600, 30, Duration.ofHours(1));
		for (int i = 0; i < 3; i++) {
			assertThat(limits.register("203.0.113.7", "06409000000" + i)).isEmpty();
		}
		Optional<Duration> wait = limits.register("203.0.113.7", "064090000009");
		// 3 an hour: one back every 20 minutes
		assertThat(wait)
			.hasValueSatisfying((d) -> assertThat(d).isBetween(Duration.ofMinutes(19), Duration.ofMinutes(20)));
		assertThat(limits.register("198.51.100.1", "064090000009")).isEmpty();
	}

	/**
	 * One household or phone has a whole IPv6 /64 and may change address within it at
	 * will: its registrations and starts share one allowance; another /64 has its own; an
	 * IPv4 client seen through a dual-stack socket is its IPv4 address.
	 */
	@Test
	void ipv6AddressesOfOneSlash64ShareTheAddressAllowance() {
		EntryLimits limits = new EntryLimits(2, 10, Duration.ofHours(1), 2, 30, Duration.ofHours(1));
		assertThat(limits.register("2001:db8:77:1::10", "064090000001")).isEmpty();
		assertThat(limits.register("2001:db8:77:1:aaaa::20", "064090000002")).isEmpty();
		assertThat(limits.register("2001:db8:77:1:bbbb::30", "064090000003")).isPresent();
		assertThat(limits.register("2001:db8:77:2::10", "064090000003")).isEmpty();
		assertThat(limits.register("198.51.100.9", "064090000004")).isEmpty();
		assertThat(limits.register("::ffff:198.51.100.9", "064090000005")).isEmpty();
		assertThat(limits.register("198.51.100.9", "064090000006")).isPresent();
		assertThat(limits.start("2001:db8:77:9::1", "a")).isEmpty();
		assertThat(limits.start("2001:db8:77:9::2", "b")).isEmpty();
		assertThat(limits.start("2001:db8:77:9::3", "c")).isPresent();
	}

	@Test
	void oneCccdIsLimitedWhateverTheAddressAndSpacesDoNotMakeItAnother() {
		EntryLimits limits = new EntryLimits(200, 2, Duration.ofHours(1), 600, 30, Duration.ofHours(1));
		assertThat(limits.register("203.0.113.1", "064090123456")).isEmpty();
		assertThat(limits.register("203.0.113.2", "064 090 123456")).isEmpty();
		assertThat(limits.register("203.0.113.3", "064090.123456"))
			.hasValueSatisfying((d) -> assertThat(d).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30)));
		// a refused registration took nothing from the address
		for (int i = 0; i < 200; i++) {
			assertThat(limits.register("203.0.113.3", "")).isEmpty();
		}
	}

	@Test
	void startsAreLimitedPerParticipantAndPerAddress() {
		EntryLimits limits = defaults();
		for (int i = 0; i < 30; i++) {
			assertThat(limits.start("203.0.113.7", "token-a")).isEmpty();
		}
		assertThat(limits.start("203.0.113.8", "token-a"))
			.hasValueSatisfying((d) -> assertThat(d).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(2)));
		assertThat(limits.start("203.0.113.7", "token-b")).isEmpty();
		limits.forgetAll();
		assertThat(limits.start("203.0.113.8", "token-a")).isEmpty();
	}

}
