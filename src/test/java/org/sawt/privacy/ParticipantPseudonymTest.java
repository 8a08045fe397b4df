package org.sawt.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Participant ids that leave the gateway are keyed per engagement: one person cannot be followed across them. */
class ParticipantPseudonymTest extends GatewayTest {

    @Autowired
    Pseudonyms pseudonyms;

    @Test
    void samePersonHasAnotherIdInEveryEngagement() {
        ApiClient agency = newAgency("Ministry of Planning");
        String phone = uniquePhone();
        ApiClient.Reply contact = agency.post("/api/v1/contacts", Map.of("phone", phone, "language", "en"));
        String contactId = contact.text("id");
        String first = answeredPoll(agency, contactId, phone);
        String second = answeredPoll(agency, contactId, phone);

        String inFirst = participantIds(agency, first).get(0);
        String inSecond = participantIds(agency, second).get(0);
        assertThat(inFirst).matches("p_[A-Za-z0-9_-]{22}").isNotEqualTo(inSecond)
                .isNotEqualTo(contact.text("publicId"));
        assertThat(inFirst).isEqualTo(pseudonyms.participant(UUID.fromString(first), UUID.fromString(contactId)));
        assertThat(participantIds(agency, first)).containsExactly(inFirst);   // stable between reads
    }

    @Test
    void differentPeopleHaveDifferentIds() {
        UUID engagement = UUID.fromString(newAgency("Ministry of Youth").post("/api/v1/engagements", bilingualPoll())
                .text("id"));
        assertThat(pseudonyms.participant(engagement, UUID.randomUUID()))
                .isNotEqualTo(pseudonyms.participant(engagement, UUID.randomUUID()));
    }

    private String answeredPoll(ApiClient agency, String contactId, String phone) {
        String pollId = agency.post("/api/v1/engagements", bilingualPoll()).text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        int before = outbox(phone).size();
        agency.post("/api/v1/engagements/" + pollId + "/broadcasts",
                Map.of("channels", List.of("simulator"), "audience", Map.of("contactIds", List.of(contactId))));
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox(phone).size() > before);
        send(phone, "1");
        return pollId;
    }

    private static List<String> participantIds(ApiClient agency, String pollId) {
        return agency.get("/api/v1/responses?engagementId=" + pollId).json().path("items").findValuesAsText(
                "participantId");
    }
}
