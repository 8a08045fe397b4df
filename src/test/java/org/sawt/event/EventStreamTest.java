package org.sawt.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.PortalTest;
import org.sawt.privacy.AgeBands;

/**
 * The event stream as a portal polls it: every answer and status change of a poll in order with a contiguous
 * per-engagement sequence, the portal's id echoed, nothing that identifies a citizen, each event valid against the
 * schema the API publishes, and each agency seeing only its own events.
 */
class EventStreamTest extends PortalTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Test
    void aPollsLifeIsOneOrderedStreamOfValidEvents() {
        ApiClient agency = newAgency("Ministry of Events");
        String pollId = openPoll(agency);
        List<String> phones = invite(agency, pollId, 2);
        send(phones.get(0), "2");
        send(phones.get(0), "yes");
        send(phones.get(1), "1");
        send(phones.get(0), "3"); // changes the first answer
        await().atMost(Duration.ofSeconds(10)).until(() -> types(events(agency, pollId)).contains("results.interim"));
        agency.post("/api/v1/engagements/" + pollId + "/close", null);
        agency.post("/api/v1/engagements/" + pollId + "/publish", null);

        await().atMost(Duration.ofSeconds(10)).until(() -> types(events(agency, pollId)).contains("engagement.published"));
        List<JsonNode> events = events(agency, pollId);
        List<String> types = types(events).stream().filter(t -> !t.equals("results.interim")).toList();
        assertThat(types).containsExactly("engagement.opened", "response.created", "response.updated",
                "response.created", "response.updated", "engagement.closed", "results.final",
                "engagement.published", "results.final");
        assertThat(events).extracting(e -> e.path("sequence").asText())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, events.size())
                        .mapToObj(n -> String.format("%020d", n)).toList());
        assertThat(events).extracting(e -> e.path("id").asText()).doesNotHaveDuplicates();

        JsonNode changed = events.stream().filter(e -> e.path("type").asText().equals("response.updated")
                && e.path("data").path("previousAnswer").asText().equals("2")).findFirst().orElseThrow();
        assertThat(changed.path("data").path("answer").asText()).isEqualTo("3");
        assertThat(changed.path("data").path("participant").path("ageBand").asText()).isEqualTo("not stated");
        JsonNode responses = agency.get("/api/v1/responses?engagementId=" + pollId).json();
        assertThat(changed.path("subject").asText()).isEqualTo(changed.path("data").path("participantId").asText())
                .isEqualTo(responses.path("items").get(0).path("participantId").asText());

        JsonNode finalResults = events.get(events.size() - 1).path("data");
        assertThat(finalResults.path("engagementStatus").asText()).isEqualTo("PUBLISHED");
        assertThat(finalResults.path("participants").asInt()).isEqualTo(2);
        assertThat(finalResults.path("questions").get(0).path("counts").path("3").asInt()).isEqualTo(1);

        for (JsonNode event : events) {
            assertThat(event.toString()).doesNotContain(phones.get(0).substring(1), phones.get(1).substring(1));
            assertThat(event.toString().length()).isLessThan(20_000);
            assertThat(validate(event)).as(event.toString()).isEmpty();
        }
        ObjectNode leaky = changed.deepCopy();
        ((ObjectNode) leaky.path("data")).put("phone", phones.get(0));
        assertThat(validate(leaky)).as("a schema that lets anything through proves nothing").isNotEmpty();
    }

    @Test
    void anAnswerDescribesTheParticipantOnlyByAgeBandAndGender() {
        ApiClient agency = newAgency("Demographics");
        String pollId = openPoll(agency);
        String phone = invite(agency, pollId, List.of(Map.of("birthYear", 1990, "gender", "female"))).get(0);
        send(phone, "2");

        await().atMost(Duration.ofSeconds(10)).until(() -> types(events(agency, pollId)).contains("response.created"));
        JsonNode participant = events(agency, pollId).stream()
                .filter(e -> e.path("type").asText().equals("response.created")).findFirst().orElseThrow()
                .path("data").path("participant");
        assertThat(participant.path("ageBand").asText()).isEqualTo(AgeBands.of(1990, Year.now(ZoneOffset.UTC)));
        assertThat(participant.path("gender").asText()).isEqualTo("female");
    }

    @Test
    void anAgencySeesOnlyItsOwnEventsAndThePlatformAdminSeesAll() {
        ApiClient ours = newAgency("Ours");
        ApiClient theirs = newAgency("Theirs");
        String ourPoll = openPoll(ours);
        String theirPoll = openPoll(theirs);

        await().atMost(Duration.ofSeconds(5)).until(() -> !events(admin, theirPoll).isEmpty());
        assertThat(types(events(ours, ourPoll))).containsExactly("engagement.opened");
        assertThat(events(ours, theirPoll)).isEmpty();
        assertThat(types(events(admin, ourPoll))).containsExactly("engagement.opened");
        String theirAgencyId = theirs.get("/api/v1/me").text("agencyId");
        assertThat(ours.get("/api/v1/events?agencyId=" + theirAgencyId).status()).isEqualTo(403);
    }

    @Test
    void theCursorIsStableAndAlwaysGiven() {
        ApiClient agency = newAgency("Cursor");
        openPoll(agency);
        await().atMost(Duration.ofSeconds(5)).until(() -> !agency.get("/api/v1/events").json().path("items").isEmpty());
        JsonNode first = agency.get("/api/v1/events?limit=1").json();
        String cursor = first.path("nextCursor").asText();
        JsonNode end = agency.get("/api/v1/events?after=" + cursor).json();
        assertThat(end.path("items")).isEmpty();
        assertThat(end.path("nextCursor").asText()).isEqualTo(cursor);
        assertThat(agency.get("/api/v1/events?limit=1").json()).isEqualTo(first);

        ApiClient.Reply bad = agency.get("/api/v1/events?after=nonsense");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("after");
    }

    @Test
    void interimResultsCanBeAskedForWhileTheEngagementIsOpen() {
        ApiClient agency = newAgency("Snapshot");
        String pollId = openPoll(agency);
        assertThat(agency.post("/api/v1/engagements/" + pollId + "/results/snapshot", null).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(5)).until(() -> types(events(agency, pollId))
                .equals(List.of("engagement.opened", "results.interim")));
        assertThat(events(agency, pollId).get(1).path("data").path("participants").asInt()).isZero();

        agency.post("/api/v1/engagements/" + pollId + "/close", null);
        assertThat(agency.post("/api/v1/engagements/" + pollId + "/results/snapshot", null).status()).isEqualTo(409);
        assertThat(newAgency("Other").post("/api/v1/engagements/" + pollId + "/results/snapshot", null).status())
                .isEqualTo(404);
    }

    @Test
    void everyEventTypeHasASchema() {
        JsonNode all = admin.get("/api/v1/events/schemas").json();
        assertThat(all.fieldNames()).toIterable().containsExactlyElementsOf(EventType.names());
        assertThat(admin.get("/api/v1/events/schemas/response.created").json().path("properties").path("type")
                .path("const").asText()).isEqualTo("response.created");
        assertThat(admin.get("/api/v1/events/schemas/no.such").status()).isEqualTo(404);
    }

    private List<Error> validate(JsonNode event) {
        JsonNode schemaJson = admin.get("/api/v1/events/schemas/" + event.path("type").asText()).json();
        Schema schema = SCHEMAS.getSchema(schemaJson);
        return schema.validate(event);
    }
}
