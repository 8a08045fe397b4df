package org.sawt.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/**
 * A delivery failure report for an invitation is not counted and not answered: the address is marked
 * undeliverable (its contact is opted out on the email channel) and the invitation is marked FAILED.
 */
class EmailBounceTest extends EmailGatewayTest {

    @Test
    void aBounceMarksTheAddressUndeliverable() throws Exception {
        ApiClient agency = newAgency("Municipality of Aqaba");
        String engagementId = openQuestionnaire(agency);
        String address = uniqueAddress("nobody");
        String contactId = emailContact(agency, address, "en");
        inviteByEmail(agency, engagementId, List.of(contactId));
        MimeMessage invitation = awaitEmail(address, 1);

        deliverToGateway(payload("bounce-dsn.eml", Map.of(
                EmailPayloadsTest.TOKEN, replyToken(invitation),
                "nobody.here@example.com", address,
                "<6f1c2a9e-8d4b-4c61-9a55-0b7e3f9d2c11@sawt.example>", invitation.getMessageID())));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> agency.get("/api/v1/contacts/" + contactId).json().path("optedOut").asBoolean());
        assertThat(agency.get("/api/v1/contacts/" + contactId + "/consent").body()).contains("address bounced");
        assertThat(jdbc.sql("select status from outbound_message where provider_message_id = :id")
                .param("id", invitation.getMessageID()).query(String.class).single()).isEqualTo("FAILED");
        awaitMailboxProcessed();
        assertThat(results(agency, engagementId).path("participants").asInt()).isZero();
        assertThat(inbox("mailer-daemon@mx.sawt.example")).isEmpty();
        assertThat(inbox(address)).hasSize(1);
    }
}
