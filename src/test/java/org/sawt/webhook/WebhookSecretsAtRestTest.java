package org.sawt.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing secrets and private keys are stored sealed; subscriptions stored in plain text before sealing keep
 * delivering, and are sealed at startup or when rotated.
 */
class WebhookSecretsAtRestTest extends PortalTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubscriptionSecrets subscriptionSecrets;

    @Test
    void secretsAndPrivateKeysAreStoredSealed() {
        ApiClient agency = newAgency("Webhook sealed");
        ApiClient.Reply created = agency.post("/api/v1/webhooks", Map.of("url", "https://portal.example.gov/h",
                "events", List.of("engagement.opened"), "ed25519", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Stored stored = stored(UUID.fromString(created.text("id")));
        assertThat(stored.sealed()).isTrue();
        assertThat(stored.secret()).hasSize(1 + 12 + 32 + 16);
        assertThat(latin1(stored.secret())).doesNotContain(latin1(WebhookSignatures.parse(created.text("secret"))));
        assertThat(stored.signingKey()).hasSize(1 + 12 + 48 + 16); // a PKCS#8 ed25519 key is 48 bytes
        assertThat(jdbc.sql("select count(*) from deployment_secret where name = 'secrets-key'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aSubscriptionStoredInPlainTextKeepsDeliveringAndIsSealedAtStartup() {
        ApiClient agency = newAgency("Webhook plain text");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            byte[] secret = WebhookSignatures.newSecret();
            UUID id = storedInPlainText(agency, receiver, secret);
            receiver.trust(WebhookSignatures.show(secret));
            String before = openPoll(agency);
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.acceptedOnce(before).size() == 1);

            subscriptionSecrets.sealPlainRows();
            assertThat(stored(id).sealed()).isTrue();
            assertThat(latin1(stored(id).secret())).doesNotContain(latin1(secret));
            String after = openPoll(agency);
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.acceptedOnce(after).size() == 1);
            assertThat(receiver.problems()).isEmpty();
        }
    }

    @Test
    void rotatingASecretStoredInPlainTextSealsTheNewAndThePreviousOne() {
        ApiClient agency = newAgency("Webhook plain text rotated");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            byte[] secret = WebhookSignatures.newSecret();
            UUID id = storedInPlainText(agency, receiver, secret);
            ApiClient.Reply rotated = agency.post("/api/v1/webhooks/" + id + "/rotate-secret", null);
            assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
            Stored stored = stored(id);
            assertThat(stored.sealed()).isTrue();
            assertThat(latin1(stored.previousSecret())).doesNotContain(latin1(secret));

            receiver.trust(WebhookSignatures.show(secret)); // the previous secret still signs during the overlap
            String poll = openPoll(agency);
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.acceptedOnce(poll).size() == 1);
            assertThat(receiver.problems()).isEmpty();
        }
    }

    /** A subscription as a gateway before sealing stored it. */
    private UUID storedInPlainText(ApiClient agency, WebhookReceiver receiver, byte[] secret) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into webhook_subscription (id, agency_id, url, event_types, secret)
                values (:id, :agency, :url, array['engagement.opened'], :secret)""")
                .param("id", id).param("agency", UUID.fromString(agency.get("/api/v1/me").text("agencyId")))
                .param("url", receiver.url()).param("secret", secret).update();
        assertThat(stored(id).sealed()).isFalse();
        return id;
    }

    private Stored stored(UUID id) {
        return jdbc.sql("select secret, previous_secret, signing_key, secrets_sealed from webhook_subscription"
                        + " where id = :id").param("id", id)
                .query((rs, n) -> new Stored(rs.getBytes("secret"), rs.getBytes("previous_secret"),
                        rs.getBytes("signing_key"), rs.getBoolean("secrets_sealed")))
                .single();
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private record Stored(byte[] secret, byte[] previousSecret, byte[] signingKey, boolean sealed) {
    }
}
