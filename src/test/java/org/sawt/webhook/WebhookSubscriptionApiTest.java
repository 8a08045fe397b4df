package org.sawt.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.PortalTest;

/** Managing subscriptions: secrets shown once, rotation with two signatures, per-agency visibility, clear 400s. */
class WebhookSubscriptionApiTest extends PortalTest {

    @Test
    void theSecretIsShownOnceAndRotationSignsWithBothSecretsForAWhile() {
        ApiClient agency = newAgency("Webhook secrets");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient.Reply created = agency.post("/api/v1/webhooks",
                    Map.of("url", receiver.url(), "events", List.of("engagement.opened", "engagement.opened")));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.text("id");
            String secret = created.text("secret");
            assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
            assertThat(created.json().path("events").toString()).isEqualTo("[\"engagement.opened\"]");
            assertThat(created.json().path("agencyId").asText()).isEqualTo(agency.get("/api/v1/me").text("agencyId"));
            assertThat(agency.get("/api/v1/webhooks/" + id).json().has("secret")).isFalse();
            assertThat(agency.get("/api/v1/webhooks").body()).doesNotContain(secret.substring(6));

            ApiClient.Reply rotated = agency.post("/api/v1/webhooks/" + id + "/rotate-secret", null);
            assertThat(rotated.status()).isEqualTo(200);
            String newSecret = rotated.text("secret");
            assertThat(newSecret).isNotEqualTo(secret).startsWith("whsec_");
            assertThat(Instant.parse(rotated.text("previousSecretExpiresAt"))).isAfter(Instant.now().plusSeconds(3600));

            receiver.trust(secret); // a portal that has not switched yet still verifies
            String first = openPoll(agency);
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.acceptedOnce(first).size() == 1);
            receiver.trust(newSecret); // and one that has
            String second = openPoll(agency);
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.acceptedOnce(second).size() == 1);
            assertThat(receiver.problems()).isEmpty();

            List<String> actions = admin.get("/api/v1/audit?limit=500").json().path("entries").findValuesAsText("action");
            assertThat(actions).contains("webhook.created", "webhook.secret-rotated");
            assertThat(admin.get("/api/v1/audit?limit=500").body()).doesNotContain(secret.substring(6), "token=abc");
        }
    }

    @Test
    void aPortalHoldingOnlyThePublicKeyVerifiesEd25519Signatures() {
        ApiClient agency = newAgency("Webhook ed25519");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            ApiClient.Reply created = agency.post("/api/v1/webhooks", Map.of("url", receiver.url(),
                    "events", List.of("engagement.opened"), "ed25519", true));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String publicKey = created.text("publicKey");
            assertThat(publicKey).matches("whpk_[A-Za-z0-9+/]{43}=");
            assertThat(agency.get("/api/v1/webhooks/" + created.text("id")).text("publicKey")).isEqualTo(publicKey);
            receiver.trustOnlyPublicKey(publicKey);

            String poll = openPoll(agency);
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.acceptedOnce(poll).size() == 1);
            assertThat(receiver.problems()).isEmpty();
        }
        ApiClient.Reply plain = agency.post("/api/v1/webhooks", Map.of("url", "https://portal.example.gov/h",
                "events", List.of("engagement.opened")));
        assertThat(plain.json().path("publicKey").isNull()).isTrue();
    }

    @Test
    void anAgencySeesOnlyItsOwnSubscriptionsAndThePlatformAdminCreatesPlatformWideOnes() {
        ApiClient ours = newAgency("Webhook ours");
        ApiClient theirs = newAgency("Webhook theirs");
        String ourId = ours.post("/api/v1/webhooks", Map.of("url", "https://portal.example.gov/hooks",
                "events", List.of("response.created"))).text("id");
        ApiClient.Reply platformWide = admin.post("/api/v1/webhooks", Map.of("url", "https://portal.example.gov/all",
                "events", List.of("results.final")));
        assertThat(platformWide.status()).isEqualTo(201);
        assertThat(platformWide.json().path("agencyId").isNull()).isTrue();

        assertThat(theirs.get("/api/v1/webhooks/" + ourId).status()).isEqualTo(404);
        assertThat(theirs.delete("/api/v1/webhooks/" + ourId).status()).isEqualTo(404);
        assertThat(ours.get("/api/v1/webhooks/" + platformWide.text("id")).status()).isEqualTo(404);
        assertThat(ours.get("/api/v1/webhooks").json().findValuesAsText("id")).containsExactly(ourId);
        assertThat(admin.get("/api/v1/webhooks").json().findValuesAsText("id"))
                .contains(ourId, platformWide.text("id"));

        JsonNode changed = ours.patch("/api/v1/webhooks/" + ourId, Map.of("events", List.of("response.updated"),
                "enabled", false)).json();
        assertThat(changed.path("events").get(0).asText()).isEqualTo("response.updated");
        assertThat(changed.path("enabled").asBoolean()).isFalse();
        assertThat(ours.delete("/api/v1/webhooks/" + ourId).status()).isEqualTo(204);
        assertThat(ours.get("/api/v1/webhooks/" + ourId).status()).isEqualTo(404);
        assertThat(admin.delete("/api/v1/webhooks/" + platformWide.text("id")).status()).isEqualTo(204);
    }

    @Test
    void badUrlsAndEventTypesAreNamedInA400() {
        ApiClient agency = newAgency("Webhook validation");
        assertThat(error(agency, Map.of("url", "ftp://portal.example.gov/x", "events", List.of("response.created"))))
                .containsEntry("url", "must start with https:// (or http://)");
        assertThat(error(agency, Map.of("url", "https://user:pw@portal.example.gov/x", "events",
                List.of("response.created")))).containsKey("url");
        assertThat(error(agency, Map.of("url", "not a url", "events", List.of("response.created"))))
                .containsKey("url");
        assertThat(error(agency, Map.of("url", "https://portal.example.gov/x", "events", List.of())))
                .containsKey("events");
        assertThat(error(agency, Map.of("url", "https://portal.example.gov/x",
                "events", List.of("response.created", "response.deleted")))).containsKey("events[1]");
        assertThat(error(agency, Map.of("events", List.of("response.created")))).containsKey("url");
    }

    private static Map<String, String> error(ApiClient agency, Map<String, Object> body) {
        ApiClient.Reply reply = agency.post("/api/v1/webhooks", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        Map<String, String> errors = new LinkedHashMap<>();
        reply.json().path("errors").forEach(e -> errors.put(e.path("field").asText(), e.path("message").asText()));
        return errors;
    }
}
