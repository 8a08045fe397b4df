package org.sawt.channel.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The gateway with the SMPP channel on, bound to a fake SMSC on loopback that refuses the first bind (an SMSC
 * that is down while the gateway starts). Short re-bind delays keep the tests quick. One context for all SMPP tests.
 */
@TestPropertySource(properties = {
        "sawt.channels.smpp.enabled=true",
        "sawt.channels.smpp.host=127.0.0.1",
        "sawt.channels.smpp.system-id=" + SmppGatewayTest.SYSTEM_ID,
        "sawt.channels.smpp.system-type=" + SmppGatewayTest.SYSTEM_TYPE,
        "sawt.channels.smpp.source-address=" + SmppGatewayTest.SENDER,
        "sawt.channels.smpp.source-ton=5",
        "sawt.channels.smpp.source-npi=0",
        "sawt.channels.smpp.enquire-link-interval-ms=500",
        "sawt.channels.smpp.transaction-timeout-ms=5000",
        "sawt.channels.smpp.initial-reconnect-delay-ms=200",
        "sawt.channels.smpp.reconnect-delay-ms=300",
        "sawt.channels.smpp.bind-retry-delay=PT0.3S",
        "sawt.channels.smpp.link-wait=PT30S"})
abstract class SmppGatewayTest extends GatewayTest {

    static final String SYSTEM_ID = "sawt-test";
    static final String SYSTEM_TYPE = "VMA";
    static final String SENDER = "SAWT";

    static final FakeSmsc SMSC = FakeSmsc.start(1);

    @DynamicPropertySource
    static void fakeSmsc(DynamicPropertyRegistry registry) {
        registry.add("sawt.channels.smpp.port", SMSC::port);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SmppLink link;

    @BeforeEach
    void bound() {
        await().atMost(Duration.ofSeconds(20)).until(link::isBound);
    }

    /** Status, provider message id and error of every message sent to one address on the smpp channel. */
    List<Map<String, Object>> outbound(String address) {
        return jdbc.sql("""
                select status, provider_message_id, error from outbound_message
                 where channel = 'smpp' and address = :address order by seq""")
                .param("address", address).query().listOfRows();
    }

    /** Creates one of the agency's contacts and returns its id. */
    static String contact(ApiClient agency, String phone, String language) {
        ApiClient.Reply contact = agency.post("/api/v1/contacts", Map.of("phone", phone, "language", language));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        return contact.text("id");
    }
}
