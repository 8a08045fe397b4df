package org.sawt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sawt.ApiClient;

/** An agency with an open three-option poll, sent to {@code contacts} phones that will answer it. */
public final class PollScenario {

    private static final int FIRST_NUMBER = 1_000_000;

    private final int contacts;

    private PollScenario(int contacts) {
        this.contacts = contacts;
    }

    /** Creates everything through the API and waits until every invitation has gone out on {@code channel}. */
    public static PollScenario prepare(ApiClient admin, String channel, int contacts) {
        String agencyId = admin.post("/api/v1/agencies", Map.of("name", "Benchmark " + UUID.randomUUID())).text("id");
        ApiClient agency = admin.withKey(admin.post("/api/v1/agencies/" + agencyId + "/api-keys", null).text("key"));
        StringBuilder csv = new StringBuilder("phone,language\n");
        for (int i = 0; i < contacts; i++) {
            csv.append(numberOf(i)).append(i % 2 == 0 ? ",ar\n" : ",en\n");
        }
        ApiClient.Reply imported = agency.postText("/api/v1/contacts/import", csv.toString(), "text/csv");
        assertThat(imported.json().path("created").asInt()).as(imported.toString()).isEqualTo(contacts);
        String pollId = agency.post("/api/v1/engagements", Map.of("type", "POLL",
                "title", Map.of("ar", "استطلاع", "en", "Poll"), "languages", List.of("ar", "en"),
                "questions", List.of(Map.of("type", "SINGLE_CHOICE", "text", Map.of("ar", "اختر", "en", "Choose"),
                        "options", List.of(Map.of("ar", "أ", "en", "A"), Map.of("ar", "ب", "en", "B"),
                                Map.of("ar", "ج", "en", "C")))))).text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        String broadcastId = agency.post("/api/v1/engagements/" + pollId + "/broadcasts",
                Map.of("channels", List.of(channel), "audience", Map.of("all", true))).text("id");
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() ->
                agency.get("/api/v1/broadcasts/" + broadcastId).json().path("progress").path("sent").asInt() == contacts);
        return new PollScenario(contacts);
    }

    /** The phone that sends answer {@code i}: contacts take turns, so each answers several times. */
    public String phone(int i) {
        return numberOf(i % contacts);
    }

    private static String numberOf(int contact) {
        return "+96279" + (FIRST_NUMBER + contact);
    }
}
