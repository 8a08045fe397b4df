package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad input gets the right status and a problem+json body that names what to fix. */
class ApiErrorsTest extends GatewayTest {

    @Test
    void missingOrUnknownKeyIsUnauthorized() {
        ApiClient.Reply none = anonymous().get("/api/v1/engagements");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.text("detail")).contains("Authorization: Bearer");
        assertThat(admin.withKey("sawt_not-a-key").get("/api/v1/engagements").status()).isEqualTo(401);
    }

    @Test
    void agencyKeyCannotCreateAgencies() {
        ApiClient agency = newAgency("Forbidden test");
        ApiClient.Reply reply = agency.post("/api/v1/agencies", Map.of("name", "Rogue"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.text("detail")).contains("platform-admin");
    }

    @Test
    void aRevokedKeyStopsWorking() {
        ApiClient agency = newAgency("Revoked");
        String keyId = agency.get("/api/v1/me").text("keyId");
        assertThat(agency.delete("/api/v1/api-keys/" + keyId).status()).isEqualTo(403);
        assertThat(admin.delete("/api/v1/api-keys/" + keyId).status()).isEqualTo(204);
        assertThat(agency.get("/api/v1/engagements").status()).isEqualTo(401);
        assertThat(admin.delete("/api/v1/api-keys/" + keyId).status()).isEqualTo(404);
    }

    @Test
    void malformedJsonIsABadRequest() {
        ApiClient agency = newAgency("Malformed");
        ApiClient.Reply reply = agency.postText("/api/v1/engagements", "{\"type\": \"POLL\",", "application/json");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("detail")).contains("not valid JSON");
    }

    @Test
    void everyInvalidFieldIsNamed() {
        ApiClient agency = newAgency("Invalid fields");
        ApiClient.Reply reply = agency.post("/api/v1/engagements", Map.of(
                "type", "POLL",
                "title", Map.of("ar", "عنوان"),
                "languages", List.of("ar", "en", "xx"),
                "questions", List.of(Map.of("type", "SINGLE_CHOICE", "text", Map.of("ar", "س", "en", "Q"),
                        "options", List.of(Map.of("ar", "أ", "en", "A"))),
                        Map.of("type", "RATING", "text", Map.of("ar", "س", "en", "Q"),
                                "options", List.of(Map.of("ar", "أ", "en", "A"))))));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.json())).contains("languages[2]", "title.en", "questions[0].options",
                "questions[1].options");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        ApiClient agency = newAgency("Enum");
        Map<String, Object> poll = new java.util.HashMap<>(bilingualPoll());
        poll.put("type", "REFERENDUM");
        ApiClient.Reply reply = agency.post("/api/v1/engagements", poll);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.json())).containsExactly("type");
        assertThat(reply.body()).contains("POLL, QUESTIONNAIRE, VOTE, RATING, IDEAS, CONSULTATION");
    }

    @Test
    void unknownIdsAreNotFound() {
        ApiClient agency = newAgency("Not found");
        UUID unknown = UUID.randomUUID();
        assertThat(agency.get("/api/v1/engagements/" + unknown).status()).isEqualTo(404);
        assertThat(agency.get("/api/v1/broadcasts/" + unknown).status()).isEqualTo(404);
        assertThat(agency.get("/api/v1/engagements/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void onlyDraftsCanBeChangedAndBroadcastNeedsAnOpenEngagement() {
        ApiClient agency = newAgency("Lifecycle");
        String id = agency.post("/api/v1/engagements", bilingualPoll()).text("id");
        ApiClient.Reply early = agency.post("/api/v1/engagements/" + id + "/broadcasts",
                Map.of("channels", List.of("simulator"), "audience", Map.of("all", true)));
        assertThat(early.status()).isEqualTo(409);
        ApiClient.Reply patched = agency.patch("/api/v1/engagements/" + id,
                Map.of("title", Map.of("ar", "عنوان جديد", "en", "New title")));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().path("title").path("en").asText()).isEqualTo("New title");
        agency.post("/api/v1/engagements/" + id + "/open", null);
        assertThat(agency.patch("/api/v1/engagements/" + id, Map.of("title", Map.of("ar", "x", "en", "y"))).status())
                .isEqualTo(409);
        assertThat(agency.post("/api/v1/engagements/" + id + "/publish", null).status()).isEqualTo(409);
        assertThat(agency.post("/api/v1/engagements/" + id + "/close", null).text("status")).isEqualTo("CLOSED");
        assertThat(agency.post("/api/v1/engagements/" + id + "/publish", null).text("status")).isEqualTo("PUBLISHED");
    }

    @Test
    void broadcastRequestIsValidated() {
        ApiClient agency = newAgency("Broadcast validation");
        String id = agency.post("/api/v1/engagements", bilingualPoll()).text("id");
        agency.post("/api/v1/engagements/" + id + "/open", null);
        ApiClient.Reply reply = agency.post("/api/v1/engagements/" + id + "/broadcasts",
                Map.of("channels", List.of("carrier-pigeon"), "audience", Map.of()));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.json())).containsExactlyInAnyOrder("channels[0]", "audience");
    }

    @Test
    void simulatorRejectsAnInvalidNumber() {
        ApiClient.Reply reply = anonymous().post("/api/v1/simulator/inbound", Map.of("from", "12", "text", "1"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.json())).containsExactly("from");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
