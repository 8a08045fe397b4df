package org.sawt.floip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;

/**
 * The Flow Results API against the FLOIP specification: the descriptor and the responses validate against schemas
 * written from it, every row's response fits its question, and paging and filters work as the specification says.
 */
class FlowResultsApiTest extends GatewayTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private ApiClient agency;
    private String engagementId;
    private List<String> phones;

    @BeforeEach
    void answeredQuestionnaire() {
        agency = newAgency("Flow Results");
        ApiClient.Reply created = agency.post("/api/v1/engagements", bilingual("QUESTIONNAIRE", "رأيك يهمنا.",
                priorityQuestion(),
                Map.of("type", "MULTIPLE_CHOICE", "text", Map.of("ar", "ما الخدمات؟", "en", "Which services?"),
                        "options", List.of(Map.of("ar", "الماء", "en", "Water"), Map.of("ar", "الكهرباء", "en", "Power"),
                                Map.of("ar", "النقل", "en", "Transport"))),
                Map.of("type", "YES_NO", "text", Map.of("ar", "هل أنت راض؟", "en", "Are you satisfied?")),
                Map.of("type", "RATING", "text", Map.of("ar", "قيّم الخدمة", "en", "Rate the service")),
                Map.of("type", "NUMBER", "text", Map.of("ar", "كم مرة؟", "en", "How many times?")),
                Map.of("type", "FREE_TEXT", "text", Map.of("ar", "ملاحظات؟", "en", "Comments?"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        engagementId = created.text("id");
        agency.post("/api/v1/engagements/" + engagementId + "/open", null);
        phones = List.of(uniquePhone(), uniquePhone());
        List<String> contactIds = phones.stream()
                .map(phone -> agency.post("/api/v1/contacts", Map.of("phone", phone, "language", "ar")).text("id"))
                .toList();
        agency.post("/api/v1/engagements/" + engagementId + "/broadcasts",
                Map.of("channels", List.of("simulator"), "audience", Map.of("contactIds", contactIds)));
        phones.forEach(phone -> await().atMost(Duration.ofSeconds(10)).until(() -> !outbox(phone).isEmpty()));
        for (String answer : List.of("2", "1 و 3", "نعم", "٤", "12", "الطريق مظلم ليلاً")) {
            send(phones.get(0), answer);
        }
        send(phones.get(1), "3");
        send(phones.get(1), "2");
        send(phones.get(0), "1");                 // changes the first answer: a new row, the old one stays
    }

    @Test
    void descriptorFollowsTheSpecification() {
        ApiClient.Reply reply = jsonApi("/flow-results/packages/" + engagementId, "Bearer");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/vnd.api+json");
        JsonNode document = reply.json();
        assertValid("package-document", document);
        JsonNode descriptor = document.path("data").path("attributes");
        assertThat(descriptor.path("id").asText()).isEqualTo(engagementId);
        assertThat(descriptor.path("title").asText()).isEqualTo("أولويات البلدية");
        JsonNode resource = descriptor.path("resources").get(0);
        assertThat(resource.path("api-data-url").asText()).endsWith("/flow-results/packages/" + engagementId + "/responses");
        assertThat(resource.path("schema").path("language").asText()).isEqualTo("ara");
        JsonNode questions = resource.path("schema").path("questions");
        assertThat(questions.path("q1").path("type").asText()).isEqualTo("select_one");
        assertThat(texts(questions.path("q1").path("type_options").path("choices")))
                .containsExactly("الطرق", "المياه", "الحدائق");
        assertThat(questions.path("q2").path("type").asText()).isEqualTo("select_many");
        assertThat(texts(questions.path("q3").path("type_options").path("choices"))).containsExactly("نعم", "لا");
        assertThat(questions.path("q4").path("type").asText()).isEqualTo("numeric");
        assertThat(questions.path("q4").path("type_options").path("range").toString()).isEqualTo("[1,5]");
        assertThat(questions.path("q5").path("type").asText()).isEqualTo("numeric");
        assertThat(questions.path("q6").path("type").asText()).isEqualTo("text");
    }

    @Test
    void rowsFitTheirQuestionsAndNameParticipantsByPseudonym() {
        JsonNode questions = agency.get("/flow-results/packages/" + engagementId).json()
                .path("data").path("attributes").path("resources").get(0).path("schema").path("questions");
        JsonNode document = agency.get("/flow-results/packages/" + engagementId + "/responses").json();
        assertValid("responses-document", document);
        List<JsonNode> rows = list(document.path("data").path("attributes").path("responses"));
        assertThat(rows).hasSize(9);
        rows.forEach(row -> assertFitsQuestion(row, questions.path(row.get(4).asText())));
        Set<String> participants = new HashSet<>();
        agency.get("/api/v1/responses?engagementId=" + engagementId).json().path("items")
                .forEach(item -> participants.add(item.path("participantId").asText()));
        assertThat(rows).allSatisfy(row -> assertThat(participants).contains(row.get(2).asText()));
        assertThat(document.toString()).doesNotContain(phones.get(0).substring(1), phones.get(1).substring(1));
        assertThat(rows.get(5).get(5).asText()).isEqualTo("الطريق مظلم ليلاً");
        assertThat(texts(rows.get(1).get(5))).containsExactly("الماء", "النقل");
        assertThat(rows.get(8).get(5).asText()).isEqualTo("الطرق");
        assertThat(rows.get(8).get(6).path("channel").asText()).isEqualTo("simulator");
    }

    @Test
    void pagesForwardAndBackByRowId() {
        String first = "/flow-results/packages/" + engagementId + "/responses?page%5Bsize%5D=4";
        List<JsonNode> all = new ArrayList<>();
        JsonNode page = agency.get(first).json();
        int pages = 1;
        while (true) {
            assertValid("responses-document", page);
            all.addAll(list(page.path("data").path("attributes").path("responses")));
            JsonNode next = page.path("links").path("next");
            assertThat(page.path("data").path("relationships").path("links").path("next")).isEqualTo(next);
            if (next.isNull()) {
                break;
            }
            page = agency.get(next.asText().substring(agency.url("").length())).json();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(all).hasSize(9);
        List<Long> ids = all.stream().map(row -> Long.parseLong(row.get(1).asText())).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();

        JsonNode before = agency.get("/flow-results/packages/" + engagementId + "/responses?page%5Bsize%5D=3"
                + "&page%5BbeforeCursor%5D=" + ids.get(6)).json();
        assertThat(list(before.path("data").path("attributes").path("responses")))
                .extracting(row -> Long.parseLong(row.get(1).asText())).containsExactlyElementsOf(ids.subList(3, 6));
        assertThat(before.path("links").path("previous").asText()).contains("beforeCursor%5D=" + ids.get(3));
    }

    @Test
    void filtersByTimestamp() {
        String responses = "/flow-results/packages/" + engagementId + "/responses";
        JsonNode all = agency.get(responses).json().path("data").path("attributes").path("responses");
        String fifth = all.get(4).get(0).asText();
        JsonNode upToFifth = agency.get(responses + "?filter%5Bend-timestamp%5D=" + fifth.replace("+", "%2B")).json();
        assertThat(upToFifth.path("data").path("attributes").path("responses")).hasSize(5);
        JsonNode afterFifth = agency.get(responses + "?filter%5Bstart-timestamp%5D=" + fifth.replace("+", "%2B")).json();
        assertThat(afterFifth.path("data").path("attributes").path("responses")).hasSize(4);
        ApiClient.Reply bad = agency.get(responses + "?filter%5Bstart-timestamp%5D=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("source").path("parameter").asText())
                .isEqualTo("filter[start-timestamp]");
    }

    @Test
    void packagesAreTheCallersEngagementsAndTokenAuthWorks() {
        ApiClient.Reply reply = jsonApi("/flow-results/packages", "Token");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode data = reply.json().path("data");
        assertThat(data).hasSize(1);
        assertThat(data.get(0).path("type").asText()).isEqualTo("packages");
        assertThat(data.get(0).path("id").asText()).isEqualTo(engagementId);

        ApiClient other = newAgency("Other");
        assertThat(other.get("/flow-results/packages").json().path("data")).isEmpty();
        ApiClient.Reply hidden = other.get("/flow-results/packages/" + engagementId + "/responses");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().path("errors").get(0).path("status").asText()).isEqualTo("404");
        assertThat(anonymous().get("/flow-results/packages").status()).isEqualTo(401);
    }

    /** A GET as Flow Results clients send it: JSON:API media type, the key under the given scheme. */
    private ApiClient.Reply jsonApi(String path, String scheme) {
        return ApiClient.exchange(HttpRequest.newBuilder(URI.create(agency.url(path)))
                .header("Authorization", scheme + " " + agency.key()).header("Accept", "application/vnd.api+json")
                .build());
    }

    private static void assertFitsQuestion(JsonNode row, JsonNode question) {
        assertThat(question.isMissingNode()).as("question of row " + row).isFalse();
        JsonNode response = row.get(5);
        List<String> choices = texts(question.path("type_options").path("choices"));
        switch (question.path("type").asText()) {
            case "select_one" -> assertThat(choices).as(row.toString()).contains(response.asText());
            case "select_many" -> assertThat(choices).as(row.toString()).containsAll(texts(response));
            case "numeric" -> assertThat(response.isNumber()).as(row.toString()).isTrue();
            case "text" -> assertThat(response.isTextual()).as(row.toString()).isTrue();
            default -> throw new AssertionError("unexpected question type in " + question);
        }
    }

    private static void assertValid(String schema, JsonNode document) {
        Schema loaded = SCHEMAS.getSchema(FlowResultsApiTest.class.getResourceAsStream("/floip/" + schema + ".schema.json"));
        assertThat(loaded.validate(document)).as(schema + " of " + document).isEmpty();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }
}
