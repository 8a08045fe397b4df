package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Base of the portal integration tests: open polls with invited citizens, and the event stream as polled. */
public abstract class PortalTest extends GatewayTest {

    /** Creates and opens the bilingual poll for the agency; returns its id. */
    protected String openPoll(ApiClient agency) {
        ApiClient.Reply created = agency.post("/api/v1/engagements", bilingualPoll());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String pollId = created.text("id");
        ApiClient.Reply opened = agency.post("/api/v1/engagements/" + pollId + "/open", null);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        return pollId;
    }

    /** New contacts of the agency invited to the poll on the simulator; returns their phones. */
    protected List<String> invite(ApiClient agency, String pollId, int count) {
        return invite(agency, pollId, Collections.nCopies(count, Map.of("language", "en")));
    }

    /** New contacts with these details (and a phone each) invited to the poll on the simulator; returns the phones. */
    protected List<String> invite(ApiClient agency, String pollId, List<Map<String, Object>> details) {
        int count = details.size();
        List<String> phones = new ArrayList<>();
        List<String> contactIds = new ArrayList<>();
        for (Map<String, Object> detail : details) {
            String phone = uniquePhone();
            Map<String, Object> withPhone = new HashMap<>(detail);
            withPhone.put("phone", phone);
            ApiClient.Reply contact = agency.post("/api/v1/contacts", withPhone);
            assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
            phones.add(phone);
            contactIds.add(contact.text("id"));
        }
        ApiClient.Reply broadcast = agency.post("/api/v1/engagements/" + pollId + "/broadcasts",
                Map.of("channels", List.of("simulator"), "audience", Map.of("contactIds", contactIds)));
        assertThat(broadcast.status()).as(broadcast.toString()).isEqualTo(202);
        String broadcastId = broadcast.text("id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(agency
                .get("/api/v1/broadcasts/" + broadcastId).json().path("progress").path("sent").asInt())
                .isEqualTo(count));
        return phones;
    }

    /** Every event the client can see about one engagement, read page by page from the start of the stream. */
    protected List<JsonNode> events(ApiClient client, String engagementId) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = "";
        while (true) {
            JsonNode page = client.get("/api/v1/events?limit=50&after=" + cursor).json();
            page.path("items").forEach(event -> {
                if (event.path("engagementid").asText().equals(engagementId)) {
                    events.add(event);
                }
            });
            if (page.path("items").isEmpty()) {
                return events;
            }
            cursor = page.path("nextCursor").asText();
        }
    }

    /** The types of the engagement's events, in stream order. */
    protected List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.path("type").asText()).toList();
    }
}
