package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scheduled engagements open and close on time, and every step lands in a verifiable audit log. */
class EngagementLifecycleTest extends GatewayTest {

    @Test
    void aScheduledPollOpensAndClosesByItself() {
        ApiClient agency = newAgency("Scheduler");
        Map<String, Object> poll = new HashMap<>(bilingualPoll());
        poll.put("opensAt", Instant.now().plusSeconds(2).toString());
        poll.put("closesAt", Instant.now().plusSeconds(4).toString());
        String id = agency.post("/api/v1/engagements", poll).text("id");

        assertThat(agency.post("/api/v1/engagements/" + id + "/open", null).text("status")).isEqualTo("SCHEDULED");
        await().atMost(Duration.ofSeconds(10)).until(() -> status(agency, id).equals("OPEN"));
        await().atMost(Duration.ofSeconds(10)).until(() -> status(agency, id).equals("CLOSED"));
    }

    @Test
    void auditLogRecordsEachActionAndVerifies() {
        ApiClient agency = newAgency("Audited");
        String id = agency.post("/api/v1/engagements", bilingualPoll()).text("id");
        agency.post("/api/v1/engagements/" + id + "/open", null);
        agency.post("/api/v1/engagements/" + id + "/close", null);

        List<String> actions = new ArrayList<>();
        for (JsonNode entry : agency.get("/api/v1/audit?limit=500").json().path("entries")) {
            actions.add(entry.path("action").asText());
        }
        assertThat(actions).containsSubsequence("agency.created", "api-key.issued", "engagement.created",
                "engagement.opened", "engagement.closed");
        JsonNode verification = admin.get("/api/v1/audit/verify").json();
        assertThat(verification.path("valid").asBoolean()).as(verification.toString()).isTrue();
        assertThat(agency.get("/api/v1/audit/verify").status()).isEqualTo(403);
    }

    private static String status(ApiClient agency, String id) {
        return agency.get("/api/v1/engagements/" + id).text("status");
    }
}
