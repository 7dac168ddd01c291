package org.parindex.platform;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The key by which the abuse limits count a client address ({@link AddressAllowance} used
 * per address: sign-in, survey codes, the contest's registrations, starts and resume
 * tries). An IPv4 address counts by itself; an IPv6 address by its /64 prefix, since one
 * household's or one phone's connection is given a whole /64 (RFC 6177, and the mobile
 * networks' single /64 per device of RFC 7278) and may take a new address in it at will
 * (privacy addresses, RFC 8981), so that counting whole addresses would give one person
 * an unbounded allowance; an IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}, what a
 * dual-stack socket reports for an IPv4 client) counts as its IPv4 address. Text that is
 * not an IP literal (e.g. {@code unknown}) is its own key. No name is ever looked up.
 */
public final class ClientAddress {

	private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private ClientAddress() {
	}

	/**
	 * The limits' key of a remote address as the servlet container reports it.
	 * @param remoteAddress an IPv4 or IPv6 literal, IPv6 possibly in brackets or with a
	 * zone ({@code fe80::1%eth0})
	 * @return the IPv4 address (also for an IPv4-mapped IPv6 one); for IPv6 its first 64
	 * bits, e.g. {@code 2001:db8:1:2::/64}; anything else unchanged
	 */
	public static String key(String remoteAddress) {
		String text = remoteAddress.strip();
		if (text.startsWith("[") && text.endsWith("]")) {
			text = text.substring(1, text.length() - 1);
		}
		int zone = text.indexOf('%');
		if (zone >= 0) {
			text = text.substring(0, zone);
		}
		if (IPV4.matcher(text).matches()) {
			return text;
		}
		if (!IPV6.matcher(text).matches()) {
			return remoteAddress;
		}
		InetAddress address;
		try {
			// a literal: parsed, never looked up
			address = InetAddress.getByName(text);
		}
		catch (UnknownHostException ex) {
			return remoteAddress;
		}
		if (address instanceof Inet4Address) {
			// IPv4-mapped (::ffff:a.b.c.d): Java gives the IPv4 address
			return address.getHostAddress();
		}
		if (address instanceof Inet6Address) {
			byte[] bytes = address.getAddress();
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				int group = ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff);
				prefix.append(Integer.toHexString(group)).append(':');
			}
			return prefix + ":/64";
		}
		return remoteAddress;
	}

}
