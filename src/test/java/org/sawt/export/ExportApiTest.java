package org.sawt.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;
import org.sawt.privacy.AgeBands;

/**
 * Exports over HTTP: CSV safe for spreadsheets (formula cells neutralised, Arabic intact, optional byte order mark),
 * NDJSON, participants as pseudonyms and demographics as bands only.
 */
class ExportApiTest extends GatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiClient agency;
    private String engagementId;
    private List<String> phones;

    @BeforeEach
    void answeredPoll() {
        agency = newAgency("Exports");
        engagementId = agency.post("/api/v1/engagements", bilingual("POLL", "رأيك يهمنا.", priorityQuestion(),
                Map.of("type", "MULTIPLE_CHOICE", "text", Map.of("ar", "ما الخدمات؟", "en", "Which services?"),
                        "options", List.of(Map.of("ar", "الماء", "en", "Water"), Map.of("ar", "الكهرباء", "en", "Power"),
                                Map.of("ar", "النقل", "en", "Transport"))),
                Map.of("type", "FREE_TEXT", "text", Map.of("ar", "ملاحظات؟", "en", "Comments?")))).text("id");
        agency.post("/api/v1/engagements/" + engagementId + "/open", null);
        phones = List.of(uniquePhone(), uniquePhone());
        List<String> contactIds = List.of(
                agency.post("/api/v1/contacts", Map.of("phone", phones.get(0), "birthYear", 1990, "gender", "female"))
                        .text("id"),
                agency.post("/api/v1/contacts", Map.of("phone", phones.get(1), "language", "en")).text("id"));
        agency.post("/api/v1/engagements/" + engagementId + "/broadcasts",
                Map.of("channels", List.of("simulator"), "audience", Map.of("contactIds", contactIds)));
        phones.forEach(phone -> await().atMost(Duration.ofSeconds(10)).until(() -> !outbox(phone).isEmpty()));
        for (String answer : List.of("2", "1 و 3", "=HYPERLINK(\"http://evil.example\",\"x\")")) {
            send(phones.get(0), answer);
        }
        for (String answer : List.of("1", "2", "الطريق مظلم ليلاً, \"جدا\"")) {
            send(phones.get(1), answer);
        }
    }

    @Test
    void responsesCsvIsSafeForSpreadsheetsAndIdentifiesNobody() {
        ApiClient.Reply reply = agency.get("/api/v1/engagements/" + engagementId + "/responses.csv?bom=true");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        assertThat(reply.body()).startsWith("\uFEFFparticipant_id,channel,first_answered_at,last_answered_at,"
                + "age_band,gender,q1,q2,q3\r\n");
        String[] lines = reply.body().split("\r\n");
        assertThat(lines).hasSize(3);
        String band = AgeBands.of(1990, Year.now(ZoneOffset.UTC));
        assertThat(lines[1]).contains(",simulator,").contains("," + band + ",female,2,1;3,")
                .endsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
        assertThat(lines[2]).contains(",not stated,not stated,1,2,").endsWith(",\"الطريق مظلم ليلاً, \"\"جدا\"\"\"");
        assertThat(reply.body()).doesNotContain(phones.get(0).substring(4), phones.get(1).substring(4));
        List<String> participants = new ArrayList<>();
        agency.get("/api/v1/responses?engagementId=" + engagementId).json().path("items")
                .forEach(item -> participants.add(item.path("participantId").asText()));
        assertThat(List.of(lines[1].split(",")[0], lines[2].split(",")[0])).containsExactlyElementsOf(participants);

        assertThat(agency.get("/api/v1/engagements/" + engagementId + "/responses.csv").body())
                .startsWith("participant_id,");
    }

    @Test
    void responsesNdjsonHasOneParticipantPerLine() throws Exception {
        ApiClient.Reply reply = agency.get("/api/v1/engagements/" + engagementId + "/responses.ndjson");
        assertThat(reply.contentType()).startsWith("application/x-ndjson");
        String[] lines = reply.body().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.path("participantId").asText()).startsWith("p_");
        assertThat(first.path("ageBand").asText()).isEqualTo(AgeBands.of(1990, Year.now(ZoneOffset.UTC)));
        assertThat(first.path("answers").path("q2").toString()).isEqualTo("[\"1\",\"3\"]");
        JsonNode second = JSON.readTree(lines[1]);
        assertThat(second.path("gender").asText()).isEqualTo("not stated");
        assertThat(second.path("answers").path("q3").asText()).isEqualTo("الطريق مظلم ليلاً, \"جدا\"");
    }

    @Test
    void resultsExportCountsEachOption() throws Exception {
        String csv = agency.get("/api/v1/engagements/" + engagementId + "/results.csv").body();
        assertThat(csv).startsWith("question,type,answered,option,label_ar,label_en,count\r\n")
                .contains("q1,SINGLE_CHOICE,2,2,المياه,Water,1\r\n", "q2,MULTIPLE_CHOICE,2,3,النقل,Transport,1\r\n",
                        "q3,FREE_TEXT,2,,,,2\r\n");
        String[] lines = agency.get("/api/v1/engagements/" + engagementId + "/results.ndjson").body().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines[0]).path("options").get(0).path("count").asInt()).isEqualTo(1);
    }

    @Test
    void anotherAgencyGetsNotFoundAsProblemJson() {
        ApiClient.Reply hidden = newAgency("Stranger").get("/api/v1/engagements/" + engagementId + "/responses.csv");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
    }

    @Test
    void csvCellsThatLookLikeFormulasAreNeutralised() {
        assertThat(CsvRows.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvRows.cell("+962791234567")).isEqualTo("'+962791234567");
        assertThat(CsvRows.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvRows.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvRows.cell("-3.5")).isEqualTo("-3.5");
        assertThat(CsvRows.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvRows.cell("سطر\nثان")).isEqualTo("\"سطر\nثان\"");
    }
}
