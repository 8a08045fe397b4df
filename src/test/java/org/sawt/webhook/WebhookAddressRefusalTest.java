package org.sawt.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * With private networks not allowed (the production default; the other tests allow them for their loopback
 * receivers), URLs into the gateway's own network are refused when set, and not called when they lead there later.
 */
@TestPropertySource(properties = "sawt.webhooks.allow-private-networks=false")
class WebhookAddressRefusalTest extends PortalTest {

    private static final String PUBLIC_URL = "https://93.184.215.14/hooks/sawt";

    @Autowired
    JdbcClient jdbc;

    @Test
    void urlsIntoTheGatewaysNetworkAreRefusedWithTheReasonAndTheWayOut() {
        ApiClient agency = newAgency("Webhook SSRF");
        assertThat(refusal(agency.post("/api/v1/webhooks", subscription("http://169.254.169.254/latest/meta-data"))))
                .startsWith("169.254.169.254 resolves to 169.254.169.254, a link-local address")
                .contains("only sent to public internet addresses", "SAWT_WEBHOOKS_ALLOW_PRIVATE_NETWORKS=true");
        assertThat(refusal(agency.post("/api/v1/webhooks", subscription("http://localhost:8080/actuator"))))
                .contains("a loopback address");
        assertThat(refusal(agency.post("/api/v1/webhooks", subscription("https://[::1]/hooks"))))
                .contains("a loopback address");
        assertThat(refusal(agency.post("/api/v1/webhooks", subscription("http://10.1.2.3/hooks"))))
                .contains("a private network address");
        assertThat(refusal(agency.post("/api/v1/webhooks", subscription("http://100.64.0.7/hooks"))))
                .contains("a shared (CGNAT) address");

        ApiClient.Reply created = agency.post("/api/v1/webhooks", subscription(PUBLIC_URL));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(refusal(agency.patch("/api/v1/webhooks/" + id, Map.of("url", "http://192.168.0.10/hooks"))))
                .contains("a private network address");
        assertThat(agency.get("/api/v1/webhooks/" + id).text("url")).isEqualTo(PUBLIC_URL);
    }

    @Test
    void aHostThatNowLeadsIntoTheGatewaysNetworkIsNotCalledAndTheAttemptRecordsWhy() {
        ApiClient agency = newAgency("Webhook SSRF later");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient.Reply created = agency.post("/api/v1/webhooks", subscription(PUBLIC_URL));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            UUID id = UUID.fromString(created.text("id"));
            // as if the host's DNS had been pointed at an internal address since it was checked
            jdbc.sql("update webhook_subscription set url = :url where id = :id")
                    .param("url", receiver.url()).param("id", id).update();

            openPoll(agency);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lastError(id))
                    .hasValueSatisfying(error -> assertThat(error)
                            .startsWith("not sent: 127.0.0.1 resolves to 127.0.0.1, a loopback address")));
            assertThat(receiver.requests()).isZero();
        }
    }

    /** The lane's error while it retries, then the dead letter's. */
    private Optional<String> lastError(UUID subscriptionId) {
        return jdbc.sql("""
                select coalesce((select last_error from webhook_lane where subscription_id = :id),
                                (select last_error from webhook_dead_letter where subscription_id = :id))""")
                .param("id", subscriptionId).query(String.class).optional();
    }

    private static Map<String, Object> subscription(String url) {
        return Map.of("url", url, "events", List.of("engagement.opened"));
    }

    private static String refusal(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().path("errors")).hasSize(1);
        return reply.json().path("errors").get(0).path("message").asText();
    }
}
