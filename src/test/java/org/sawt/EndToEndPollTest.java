package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole loop over HTTP: an agency creates and opens a bilingual poll, invites contacts on the simulator,
 * citizens answer in several scripts, one changes their mind, and the agency reads results and responses.
 */
class EndToEndPollTest extends GatewayTest {

    @Test
    void pollFromCreationToResults() {
        ApiClient agency = newAgency("Ministry of Water");
        ApiClient.Reply created = agency.post("/api/v1/engagements", bilingualPoll());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String pollId = created.text("id");
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(agency.post("/api/v1/engagements/" + pollId + "/open", null).text("status")).isEqualTo("OPEN");

        List<String> phones = new ArrayList<>();
        List<String> contactIds = new ArrayList<>();
        for (String language : List.of("ar", "en", "ar", "en", "ar")) {
            String phone = uniquePhone();
            ApiClient.Reply contact = agency.post("/api/v1/contacts", Map.of("phone", phone, "language", language));
            assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
            phones.add(phone);
            contactIds.add(contact.text("id"));
        }

        ApiClient.Reply broadcast = agency.post("/api/v1/engagements/" + pollId + "/broadcasts",
                Map.of("channels", List.of("simulator"), "audience", Map.of("contactIds", contactIds)));
        assertThat(broadcast.status()).as(broadcast.toString()).isEqualTo(202);
        String broadcastId = broadcast.text("id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode progress = agency.get("/api/v1/broadcasts/" + broadcastId).json();
            assertThat(progress.path("progress").path("status").asText()).isEqualTo("DONE");
            assertThat(progress.path("progress").path("sent").asInt()).isEqualTo(5);
        });
        assertThat(outbox(phones.get(0))).singleElement().asString()
                .contains("رأيك يهمنا.", "ما الأولوية؟", "1. الطرق", "2. المياه", "3. الحدائق");
        assertThat(outbox(phones.get(1))).singleElement().asString()
                .contains("Your opinion matters.", "What comes first?", "1. Roads", "2. Water", "3. Parks");

        answer(phones.get(0), "2", "نعم");        // Latin digit, Arabic yes
        answer(phones.get(1), "٢", "no");          // Arabic-Indic digit
        answer(phones.get(2), "۳", "بلي");         // Persian digit, Persian yes with Arabic yeh
        answer(phones.get(3), "Roads", "yes");     // option label
        assertThat(last(phones.get(1))).isEqualTo("Thank you! Your answers to \"Municipal priorities\" were recorded.");
        assertThat(last(phones.get(0))).contains("سُجّلت");

        send(phones.get(4), "maybe later");        // not understood: re-prompt with the options
        assertThat(last(phones.get(4))).startsWith("عذرًا، لم نفهم إجابتك.").contains("1. الطرق");

        send(phones.get(0), "3");                  // changes their mind on the first question
        assertThat(last(phones.get(0))).contains("هل توافق على الخطة؟");
        send(phones.get(0), "نعم");
        assertThat(last(phones.get(0))).contains("حُدّثت");

        JsonNode results = agency.get("/api/v1/engagements/" + pollId + "/results").json();
        assertThat(results.path("participants").asInt()).isEqualTo(4);
        assertThat(counts(results.path("questions").get(0))).containsExactly(1, 1, 2);
        assertThat(counts(results.path("questions").get(1))).containsExactly(3, 1);
        assertThat(results.path("questions").get(1).path("options").get(0).path("label").path("ar").asText())
                .isEqualTo("نعم");

        JsonNode first = agency.get("/api/v1/responses?engagementId=" + pollId + "&limit=3").json();
        assertThat(first.path("items")).hasSize(3);
        assertThat(first.path("nextCursor").isNull()).isFalse();
        JsonNode second = agency.get("/api/v1/responses?engagementId=" + pollId + "&limit=3&cursor="
                + first.path("nextCursor").asText()).json();
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("nextCursor").isNull()).isTrue();
        JsonNode firstItem = first.path("items").get(0);
        assertThat(firstItem.path("participantId").asText()).startsWith("p_");
        assertThat(firstItem.path("answers").path("q1").asText()).isEqualTo("3");
        assertThat(firstItem.path("channel").asText()).isEqualTo("simulator");
        assertThat(first.toString() + second).doesNotContain(phones.get(0).substring(1), contactIds.get(0));

        ApiClient other = newAgency("Ministry of Health");
        for (String path : List.of("/api/v1/engagements/" + pollId, "/api/v1/engagements/" + pollId + "/results",
                "/api/v1/responses?engagementId=" + pollId, "/api/v1/broadcasts/" + broadcastId,
                "/api/v1/contacts/" + contactIds.get(0))) {
            assertThat(other.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(other.post("/api/v1/engagements/" + pollId + "/close", null).status()).isEqualTo(404);
    }

    private void answer(String phone, String first, String second) {
        send(phone, first);
        send(phone, second);
    }




    private static List<Integer> counts(JsonNode question) {
        List<Integer> counts = new ArrayList<>();
        question.path("options").forEach(o -> counts.add(o.path("count").asInt()));
        return counts;
    }
}
