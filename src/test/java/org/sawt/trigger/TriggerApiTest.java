package org.sawt.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;

/**
 * A service platform reports a completed transaction and the citizen gets the agency's 1-5 rating survey: once per
 * trigger id, never when they opted out, and their answer is counted.
 */
class TriggerApiTest extends GatewayTest {

    private ApiClient agency;
    private String ratingId;
    private String serviceCode;

    @BeforeEach
    void ratingRule() {
        agency = newAgency("Civil registry");
        ratingId = agency.post("/api/v1/engagements", bilingual("RATING", "شكراً لاستخدامك الخدمة.",
                Map.of("type", "RATING", "text", Map.of("ar", "قيّم الخدمة من ١ إلى ٥", "en", "Rate the service 1-5"))))
                .text("id");
        agency.post("/api/v1/engagements/" + ratingId + "/open", null);
        serviceCode = "passport-renewal-" + UUID.randomUUID();
        ApiClient.Reply rule = agency.post("/api/v1/trigger-rules",
                Map.of("serviceCode", serviceCode, "engagementId", ratingId));
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
    }

    @Test
    void aTriggerSentTwiceProducesOneSurveyWhoseAnswerIsCounted() {
        String phone = uniquePhone();
        Map<String, Object> trigger = Map.of("triggerId", "txn-" + UUID.randomUUID(), "serviceCode", serviceCode,
                "phone", "0" + phone.substring(4), "language", "en");
        ApiClient.Reply first = agency.post("/api/v1/triggers", trigger);
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(first.text("status")).isEqualTo("QUEUED");
        ApiClient.Reply again = agency.post("/api/v1/triggers", trigger);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());

        await().atMost(Duration.ofSeconds(5)).until(() -> !outbox(phone).isEmpty());
        assertThat(outbox(phone)).singleElement().asString().contains("Rate the service 1-5");
        JsonNode contacts = agency.get("/api/v1/contacts").json().path("items");
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).path("phone").asText()).as("created, normalised").isEqualTo(phone);
        assertThat(contacts.get(0).path("language").asText()).isEqualTo("en");

        send(phone, "4");
        assertThat(last(phone)).startsWith("Thank you");
        JsonNode results = agency.get("/api/v1/engagements/" + ratingId + "/results").json();
        assertThat(results.path("participants").asInt()).isEqualTo(1);
        assertThat(results.path("questions").get(0).path("options").get(3).path("count").asInt()).isEqualTo(1);
        assertThat(outbox(phone)).hasSize(2);
    }

    @Test
    void anOptedOutCitizenGetsNothing() {
        String phone = uniquePhone();
        String contactId = agency.post("/api/v1/contacts", Map.of("phone", phone)).text("id");
        agency.post("/api/v1/contacts/" + contactId + "/opt-out", Map.of("reason", "asked by phone"));
        ApiClient.Reply reply = agency.post("/api/v1/triggers",
                Map.of("triggerId", "txn-" + UUID.randomUUID(), "serviceCode", serviceCode, "phone", phone));
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.text("status")).isEqualTo("SKIPPED");
        assertThat(reply.text("reason")).contains("opted out");
        assertThat(outbox(phone)).isEmpty();
    }

    @Test
    void aClosedEngagementIsNotSentAndUnknownServicesAreRefused() {
        agency.post("/api/v1/engagements/" + ratingId + "/close", null);
        ApiClient.Reply closed = agency.post("/api/v1/triggers",
                Map.of("triggerId", "txn-" + UUID.randomUUID(), "serviceCode", serviceCode, "phone", uniquePhone()));
        assertThat(closed.text("status")).isEqualTo("SKIPPED");
        assertThat(closed.text("reason")).contains("CLOSED");

        ApiClient.Reply unknown = agency.post("/api/v1/triggers",
                Map.of("triggerId", "txn-" + UUID.randomUUID(), "serviceCode", "no-such-service", "phone", "12"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").findValuesAsText("field")).containsExactly("serviceCode", "phone");
    }

    @Test
    void rulesAreTheAgencysOwnAndAudited() {
        ApiClient.Reply duplicate = agency.post("/api/v1/trigger-rules",
                Map.of("serviceCode", serviceCode, "engagementId", ratingId));
        assertThat(duplicate.status()).isEqualTo(409);
        ApiClient other = newAgency("Other ministry");
        ApiClient.Reply foreign = other.post("/api/v1/trigger-rules",
                Map.of("serviceCode", "x", "engagementId", ratingId, "channels", List.of("carrier-pigeon")));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().path("errors").findValuesAsText("field")).containsExactly("engagementId", "channels[0]");

        JsonNode rules = agency.get("/api/v1/trigger-rules").json();
        assertThat(rules).hasSize(1);
        String ruleId = rules.get(0).path("id").asText();
        assertThat(other.get("/api/v1/trigger-rules/" + ruleId).status()).isEqualTo(404);
        ApiClient.Reply changed = agency.put("/api/v1/trigger-rules/" + ruleId,
                Map.of("engagementId", ratingId, "channels", List.of("simulator")));
        assertThat(changed.json().path("channels").toString()).isEqualTo("[\"simulator\"]");
        assertThat(agency.delete("/api/v1/trigger-rules/" + ruleId).status()).isEqualTo(204);
        assertThat(agency.get("/api/v1/audit?limit=500").json().path("entries").findValuesAsText("action"))
                .contains("trigger-rule.created", "trigger-rule.updated", "trigger-rule.deleted");
    }
}
