package org.sawt.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses lead into the gateway's own network; literals only, so nothing here depends on DNS. */
class ForbiddenAddressesTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.10.0.3, loopback", "::1, loopback",
            "10.0.0.5, private", "172.16.0.1, private", "172.31.255.254, private", "192.168.1.1, private",
            "fc00::1, private", "fd12:3456::1, private",
            "169.254.169.254, link-local", "169.254.0.1, link-local", "fe80::1, link-local",
            "0.0.0.0, unspecified", "0.1.2.3, unspecified", "::, unspecified",
            "224.0.0.1, multicast", "ff02::1, multicast",
            "100.64.0.1, CGNAT", "100.127.255.254, CGNAT",
            "::ffff:10.0.0.1, private", "::ffff:169.254.169.254, link-local", "::127.0.0.1, loopback"})
    void internalAddressesAreForbidden(String literal, String kind) throws UnknownHostException {
        assertThat(ForbiddenAddresses.kind(InetAddress.getByName(literal))).hasValueSatisfying(
                phrase -> assertThat(phrase).contains(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.63.255.255",
            "100.128.0.1", "192.169.0.1", "2001:4860:4860::8888", "2a00:1450:4001::1"})
    void publicAddressesMayBeCalled(String literal) throws UnknownHostException {
        assertThat(ForbiddenAddresses.kind(InetAddress.getByName(literal))).isEmpty();
    }
}
