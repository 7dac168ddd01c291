package org.parindex.platform;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The abuse limits' key of a client address (issue 11 item 6): IPv4 by its address, IPv6
 * by its /64, IPv4-mapped IPv6 as IPv4.
 */
class ClientAddressTests {

	@Test
	void ipv4CountsByItsAddress() {
		assertThat(ClientAddress.key("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.key("203.0.113.8")).isNotEqualTo(ClientAddress.key("203.0.113.7"));
	}

	@Test
	void ipv6CountsByItsSlash64WhateverTheNotation() {
		String key = ClientAddress.key("2001:db8:abcd:12:1:2:3:4");
		assertThat(key).isEqualTo("2001:db8:abcd:12::/64");
		assertThat(ClientAddress.key("2001:0db8:abcd:0012:ffff:ffff:ffff:fffe")).isEqualTo(key);
		assertThat(ClientAddress.key("2001:db8:abcd:12::1")).isEqualTo(key);
		assertThat(ClientAddress.key("[2001:DB8:ABCD:12::9]")).isEqualTo(key);
		assertThat(ClientAddress.key("2001:db8:abcd:13::1")).isNotEqualTo(key);
		assertThat(ClientAddress.key("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
		assertThat(ClientAddress.key("::1")).isEqualTo("0:0:0:0::/64");
	}

	@Test
	void ipv4MappedIpv6CountsAsIpv4() {
		assertThat(ClientAddress.key("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.key("::ffff:cb00:7107")).isEqualTo("203.0.113.7");
	}

	@Test
	void otherTextIsItsOwnKeyAndNeverLookedUp() {
		assertThat(ClientAddress.key("unknown")).isEqualTo("unknown");
		assertThat(ClientAddress.key("localhost")).isEqualTo("localhost");
		assertThat(ClientAddress.key("")).isEqualTo("");
	}

	@Test
	void addressesOfOneSlash64ShareAnAllowanceAndOtherSlash64sDoNot() {
		AddressAllowance allowance = new AddressAllowance("test", 3, Duration.ofHours(1));
		assertThat(allowance.tryAcquire(ClientAddress.key("2001:db8:1:2::a"))).isTrue();
		assertThat(allowance.tryAcquire(ClientAddress.key("2001:db8:1:2::b"))).isTrue();
		assertThat(allowance.tryAcquire(ClientAddress.key("2001:db8:1:2:dead:beef:0:1"))).isTrue();
		assertThat(allowance.tryAcquire(ClientAddress.key("2001:db8:1:2::c"))).isFalse();
		assertThat(allowance.tryAcquire(ClientAddress.key("2001:db8:1:3::a"))).isTrue();
		assertThat(allowance.tryAcquire(ClientAddress.key("203.0.113.7"))).isTrue();
	}

}
