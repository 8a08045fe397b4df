package org.sawt.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Addresses a webhook must not reach, because they lead into the gateway's own network rather than to a receiver
 * on the internet: loopback, private (RFC 1918, fc00::/7), link-local (169.254/16 with the cloud metadata service,
 * fe80::/10), unspecified, multicast and shared CGNAT space (100.64/10).
 */
final class ForbiddenAddresses {

    private ForbiddenAddresses() {
    }

    /** What kind of forbidden address this is, as a phrase for error messages; empty when it may be called. */
    static Optional<String> kind(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isAnyLocalAddress() || address instanceof Inet4Address && bytes[0] == 0) {
            return Optional.of("an unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            return kind(embeddedIpv4(v6)); // ::a.b.c.d reaches a.b.c.d (::ffff:a.b.c.d is already an Inet4Address)
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address (where cloud metadata services answer)");
        }
        if (address.isSiteLocalAddress() || address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc) {
            return Optional.of("a private network address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if (address instanceof Inet4Address && bytes[0] == 100 && (bytes[1] & 0xc0) == 64) {
            return Optional.of("a shared (CGNAT) address");
        }
        return Optional.empty();
    }

    private static InetAddress embeddedIpv4(Inet6Address v6) {
        try {
            byte[] bytes = v6.getAddress();
            return InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
