package org.parindex.contest.web;

import java.time.Duration;

import org.parindex.platform.AddressAllowance;
import org.parindex.platform.ClientAddress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Throttles wrong tries on the contest's resume page, where a CCCD and a date of birth
 * open a participant's attempts: since a CCCD's fifth and sixth digits give the birth
 * year, about 366 dates would otherwise find anyone's. Each client address may fail
 * {@code parindex.contest.resume.per-address} times (default 10) and each CCCD
 * {@code parindex.contest.resume.per-cccd} times (default 5), refilled evenly over
 * {@code parindex.contest.resume.period} (default 1 hour); only a wrong pair takes a
 * token, so a participant who types correctly is never held back. With five tries an
 * hour, guessing a known CCCD's birth date takes about 36 hours on average, long past any
 * round. Buckets live in memory, per instance (several instances multiply the allowance
 * by their number), as for sign-in ({@link AddressAllowance}).
 */
@Component
class ResumeAttempts {

	private final AddressAllowance perAddress;

	private final AddressAllowance perCccd;

	ResumeAttempts(@Value("${parindex.contest.resume.per-address:10}") int perAddress,
			@Value("${parindex.contest.resume.per-cccd:5}") int perCccd,
			@Value("${parindex.contest.resume.period:1h}") Duration period) {
		this.perAddress = new AddressAllowance("parindex.contest.resume.per-address", perAddress, period);
		this.perCccd = new AddressAllowance("parindex.contest.resume.per-cccd", perCccd, period);
	}

	/** Whether a try from this address for this CCCD may be checked now. */
	boolean allowed(String address, String cccd) {
		return this.perAddress.hasLeft(ClientAddress.key(address)) && this.perCccd.hasLeft(key(cccd));
	}

	/** Counts a wrong pair against the address and the CCCD. */
	void wrong(String address, String cccd) {
		this.perAddress.charge(ClientAddress.key(address));
		this.perCccd.charge(key(cccd));
	}

	/** Forgets every address and CCCD (for tests). */
	void forgetAll() {
		this.perAddress.forgetAll();
		this.perCccd.forgetAll();
	}

	private static String key(String cccd) {
		return cccd.replaceAll("\\s", "");
	}

}
