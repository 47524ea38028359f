package org.kitabruecke;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which "connection" a client address stands for in rate limits. An IPv4 address is one connection (a household
 * router, or a counselling office behind one). An IPv6 household gets a whole /64 prefix (often more) and can pick
 * any of its 2^64 addresses at will, so IPv6 clients are counted by their /64 prefix; per address, any limit would
 * be void. Anything that is not an address literal (a session id as fallback) is taken as it is.
 */
public final class AddressKey {

    private AddressKey() {
    }

    /** The key a limit counts {@code address} under: the IPv4 address, or the IPv6 /64 prefix. */
    public static String of(String address) {
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        boolean ipv4 = literal.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = literal.contains(":") && literal.matches("[0-9A-Fa-f.:]+");
        if (!ipv4 && !ipv6) {
            return address;
        }
        InetAddress parsed;
        try {
            // only ever a literal here (checked above), so this never asks a name server
            parsed = InetAddress.getByName(literal);
        } catch (UnknownHostException notALiteral) {
            return address;
        }
        if (parsed instanceof Inet4Address) {
            // also IPv4-mapped IPv6 (::ffff:1.2.3.4), which Java returns as the IPv4 address
            return parsed.getHostAddress();
        }
        if (parsed instanceof Inet6Address) {
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                int value = ((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff);
                prefix.append(Integer.toHexString(value)).append(':');
            }
            return prefix.append(":/64").toString();
        }
        return address;
    }
}
