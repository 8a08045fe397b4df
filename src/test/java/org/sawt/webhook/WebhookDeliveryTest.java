package org.sawt.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.PortalTest;
import org.sawt.event.EventType;

/**
 * Webhooks to a receiver on loopback that verifies signatures: every event arrives once in effect and in order,
 * also through a receiver outage (errors, timeouts, dropped connections); 410 disables; a lane that keeps failing
 * holds back only its own engagement, and its dead letters can be replayed.
 */
class WebhookDeliveryTest extends PortalTest {

    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void everyEventArrivesOnceInOrderSignedWithTheSubscriptionSecret() {
        ApiClient agency = newAgency("Webhook order");
        subscribe(agency, EventType.names());
        String pollId = openPoll(agency);
        List<String> phones = invite(agency, pollId, 3);
        for (String phone : phones) {
            send(phone, "1");
            send(phone, "no");
        }

        List<JsonNode> expected = awaitDelivered(agency, pollId, 7);
        assertThat(receiver.acceptedOnce(pollId)).startsWith(expected.toArray(JsonNode[]::new));
        assertThat(receiver.accepted()).hasSameSizeAs(receiver.acceptedOnce(pollId));
        assertThat(receiver.problems()).isEmpty();
    }

    @Test
    void aReceiverThatIsDownForAWhileGetsEveryEventAfterwards() {
        ApiClient agency = newAgency("Webhook outage");
        subscribe(agency, EventType.names());
        AtomicInteger calls = new AtomicInteger();
        List<WebhookReceiver.Answer> outage = List.of(WebhookReceiver.Answer.FAIL, WebhookReceiver.Answer.HANG,
                WebhookReceiver.Answer.DROP, WebhookReceiver.Answer.FAIL);
        receiver.answer(event -> {
            int call = calls.getAndIncrement();
            return call < outage.size() ? outage.get(call) : WebhookReceiver.Answer.ACCEPT;
        });
        String pollId = openPoll(agency);
        List<String> phones = invite(agency, pollId, 2);
        send(phones.get(0), "2");
        send(phones.get(1), "3");

        List<JsonNode> expected = awaitDelivered(agency, pollId, 3);
        assertThat(receiver.acceptedOnce(pollId)).startsWith(expected.toArray(JsonNode[]::new));
        assertThat(calls.get()).isGreaterThan(outage.size());
        assertThat(receiver.problems()).isEmpty();
    }

    @Test
    void tooManyRequestsPausesTheWholeSubscriptionForItsRetryAfter() {
        ApiClient agency = newAgency("Webhook slow down");
        String id = subscribe(agency, List.of("engagement.opened"));
        AtomicInteger calls = new AtomicInteger();
        receiver.answer(event -> calls.getAndIncrement() == 0 ? WebhookReceiver.Answer.TOO_MANY
                : WebhookReceiver.Answer.ACCEPT);
        String first = openPoll(agency);
        await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() == 1);
        assertThat(agency.get("/api/v1/webhooks/" + id).json().path("pausedUntil").isNull()).isFalse();
        String second = openPoll(agency); // another engagement: it waits for the pause too

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.acceptedOnce(first).size() == 1
                && receiver.acceptedOnce(second).size() == 1);
        List<Instant> times = receiver.requestTimes();
        assertThat(Duration.between(times.get(0), times.get(1))).as("Retry-After: 1 is honoured")
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void gone410DisablesTheSubscriptionUntilItIsEnabledAgain() {
        ApiClient agency = newAgency("Webhook gone");
        String id = subscribe(agency, List.of("engagement.opened"));
        receiver.answer(event -> WebhookReceiver.Answer.GONE);
        String pollId = openPoll(agency);

        await().atMost(Duration.ofSeconds(10)).until(() -> !agency.get("/api/v1/webhooks/" + id).json()
                .path("enabled").asBoolean());
        JsonNode disabled = agency.get("/api/v1/webhooks/" + id).json();
        assertThat(disabled.path("disabledReason").asText()).contains("410");
        assertThat(admin.get("/api/v1/audit?limit=500").json().path("entries").findValuesAsText("action"))
                .contains("webhook.disabled");
        int requestsWhenDisabled = receiver.requests();

        receiver.answer(event -> WebhookReceiver.Answer.ACCEPT);
        openPoll(agency);
        assertThat(receiver.requests()).as("nothing is sent to a disabled endpoint").isEqualTo(requestsWhenDisabled);
        assertThat(agency.patch("/api/v1/webhooks/" + id, Map.of("enabled", true)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.acceptedOnce(pollId).size() == 1);
    }

    @Test
    void aFailingEngagementHoldsBackOnlyItselfAndItsDeadLettersCanBeReplayed() {
        ApiClient agency = newAgency("Webhook dead letters");
        String id = subscribe(agency, List.of("engagement.opened", "engagement.closed"));
        String failing = openPoll(agency);
        receiver.answer(event -> event.path("engagementid").asText().equals(failing)
                ? WebhookReceiver.Answer.FAIL : WebhookReceiver.Answer.ACCEPT);
        agency.post("/api/v1/engagements/" + failing + "/close", null);
        String healthy = openPoll(agency);

        await().atMost(Duration.ofSeconds(5)).until(() -> receiver.acceptedOnce(healthy).size() == 1);
        assertThat(receiver.acceptedOnce(failing)).isEmpty();

        await().atMost(Duration.ofSeconds(30)).until(() -> agency.get("/api/v1/webhooks/" + id + "/dead-letters")
                .json().size() == 2);
        JsonNode deadLetters = agency.get("/api/v1/webhooks/" + id + "/dead-letters").json();
        assertThat(statuses(deadLetters)).containsOnly("DEAD");
        assertThat(deadLetters.get(0).path("attempts").asInt()).isEqualTo(9);
        assertThat(deadLetters.get(0).path("lastError").asText()).startsWith("HTTP 500");
        assertThat(deadLetters.get(0).path("event").path("type").asText()).isEqualTo("engagement.opened");

        receiver.answer(event -> WebhookReceiver.Answer.ACCEPT);
        ApiClient.Reply replay = agency.post("/api/v1/webhooks/" + id + "/dead-letters/replay", null);
        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.json().path("replaying").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.acceptedOnce(failing).size() == 2);
        assertThat(types(receiver.acceptedOnce(failing))).containsExactly("engagement.opened", "engagement.closed");
        assertThat(statuses(agency.get("/api/v1/webhooks/" + id + "/dead-letters").json())).containsOnly("REPLAYED");
        assertThat(receiver.problems()).isEmpty();
    }

    private static List<String> statuses(JsonNode deadLetters) {
        List<String> statuses = new ArrayList<>();
        deadLetters.forEach(d -> statuses.add(d.path("status").asText()));
        return statuses;
    }

    /** Subscribes the receiver and trusts the secret the API returned; returns the subscription id. */
    private String subscribe(ApiClient agency, List<String> events) {
        ApiClient.Reply created = agency.post("/api/v1/webhooks", Map.of("url", receiver.url(), "events", events));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        receiver.trust(created.text("secret"));
        return created.text("id");
    }

    /** Waits until the receiver holds as many of the engagement's events as the polling API shows (at least n). */
    /**
     * The engagement's events as polled once the receiver had them all; a periodic results.interim may follow
     * later, so callers compare the start of what the receiver got.
     */
    private List<JsonNode> awaitDelivered(ApiClient agency, String pollId, int atLeast) {
        AtomicReference<List<JsonNode>> delivered = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            List<JsonNode> polled = events(agency, pollId);
            delivered.set(polled);
            return polled.size() >= atLeast && receiver.acceptedOnce(pollId).size() >= polled.size();
        });
        return delivered.get();
    }
}
