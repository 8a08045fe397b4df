package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A phone that contacts of two agencies hold: who a reply comes from when no conversation is going on. */
class SharedPhoneTest extends PortalTest {

    @Test
    void aReplyAfterTheConversationEndedAnswersTheEngagementThatWroteToThePhone() {
        ApiClient inviting = newAgency("Inviting");
        String pollId = openPoll(inviting);
        String phone = invite(inviting, pollId, 1).get(0);
        ApiClient other = newAgency("Other holder"); // its contact is the newer one, and no engagement wrote to it
        assertThat(other.post("/api/v1/contacts", Map.of("phone", phone, "language", "en")).status()).isEqualTo(201);
        send(phone, "2");
        send(phone, "yes");

        send(phone, "3");

        assertThat(last(phone)).contains("Do you support the plan?");
        assertThat(inviting.get("/api/v1/engagements/" + pollId + "/results").json().path("questions").get(0)
                .path("options").get(2).path("count").asInt()).isEqualTo(1);
    }
}
