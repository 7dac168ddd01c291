package org.parindex.contest.web;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.parindex.platform.AddressAllowance;
import org.parindex.platform.ClientAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits on the contest's public hot path (issue 11 item 6), with the same Bucket4j
 * allowances as sign-in and the resume page ({@link AddressAllowance}, one mechanism):
 * <ul>
 * <li>registrations ({@code POST /cuoc-thi/{slug}/dang-ky}), every one counted, per
 * client address ({@code parindex.contest.register.per-address}, default 200) and per
 * CCCD typed ({@code parindex.contest.register.per-cccd}, default 10), refilled evenly
 * over {@code parindex.contest.register.period} (default 1 hour);</li>
 * <li>starts of attempts ({@code POST /du-thi/{token}/bat-dau}) per client address
 * ({@code parindex.contest.start.per-address}, default 600) and per participant
 * ({@code parindex.contest.start.per-participant}, default 30), over
 * {@code parindex.contest.start.period} (default 1 hour).</li>
 * </ul>
 * The address defaults are meant for a commune hall or a school keying a few dozen people
 * from one connection, and for citizens behind one carrier NAT address; a contest
 * expecting more from one address raises them (docs/security.md, Contest registration and
 * starts). Buckets live in memory, per instance: several instances multiply the allowance
 * by their number; identities stay unique by the database's constraints.
 */
@Component
class EntryLimits {

	private final AddressAllowance registrationsPerAddress;

	private final AddressAllowance registrationsPerCccd;

	private final AddressAllowance startsPerAddress;

	private final AddressAllowance startsPerParticipant;

	EntryLimits(@Value("${parindex.contest.register.per-address:200}") int registrationsPerAddress,
			@Value("${parindex.contest.register.per-cccd:10}") int registrationsPerCccd,
			@Value("${parindex.contest.register.period:1h}") Duration registrationPeriod,
			@Value("${parindex.contest.start.per-address:600}") int startsPerAddress,
			@Value("${parindex.contest.start.per-participant:30}") int startsPerParticipant,
			@Value("${parindex.contest.start.period:1h}") Duration startPeriod) {
		this.registrationsPerAddress = new AddressAllowance("parindex.contest.register.per-address",
				registrationsPerAddress, registrationPeriod);
		this.registrationsPerCccd = new AddressAllowance("parindex.contest.register.per-cccd", registrationsPerCccd,
				registrationPeriod);
		this.startsPerAddress = new AddressAllowance("parindex.contest.start.per-address", startsPerAddress,
				startPeriod);
		this.startsPerParticipant = new AddressAllowance("parindex.contest.start.per-participant", startsPerParticipant,
				startPeriod);
	}

	/**
	 * Takes one registration from the address's and the CCCD's allowance.
	 * @return empty when the registration may go on; else how long until it may be tried
	 * again (nothing is taken then)
	 */
	Optional<Duration> register(String address, String cccd) {
		String key = cccd.replaceAll("[\\s.\\-]", "");
		return take(this.registrationsPerAddress, ClientAddress.key(address), this.registrationsPerCccd,
				key.isEmpty() ? null : key);
	}

	/**
	 * Takes one start from the address's and the participant's allowance.
	 * @return empty when the start may go on; else how long until it may be tried again
	 */
	Optional<Duration> start(String address, String participantToken) {
		return take(this.startsPerAddress, ClientAddress.key(address), this.startsPerParticipant, participantToken);
	}

	/** Forgets every address, CCCD and participant (for tests). */
	void forgetAll() {
		this.registrationsPerAddress.forgetAll();
		this.registrationsPerCccd.forgetAll();
		this.startsPerAddress.forgetAll();
		this.startsPerParticipant.forgetAll();
	}

	private static Optional<Duration> take(AddressAllowance byAddress, String address, AddressAllowance byIdentity,
			@Nullable String identity) {
		if (!byAddress.hasLeft(address)) {
			return Optional.of(byAddress.retryAfter(address));
		}
		if (identity != null && !byIdentity.hasLeft(identity)) {
			return Optional.of(byIdentity.retryAfter(identity));
		}
		byAddress.charge(address);
		if (identity != null) {
			byIdentity.charge(identity);
		}
		return Optional.empty();
	}

}
