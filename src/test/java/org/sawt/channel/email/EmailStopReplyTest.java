package org.sawt.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/**
 * The List-Unsubscribe mail a client's unsubscribe button sends (subject STOP, no body) opts the participant out
 * like the STOP keyword on any channel, and is confirmed.
 */
class EmailStopReplyTest extends EmailGatewayTest {

    @Test
    void theUnsubscribeButtonOptsOut() throws Exception {
        ApiClient agency = newAgency("Municipality of Karak");
        String engagementId = openQuestionnaire(agency);
        String address = uniqueAddress("leaving");
        String contactId = emailContact(agency, address, "en");
        inviteByEmail(agency, engagementId, List.of(contactId));
        MimeMessage invitation = awaitEmail(address, 1);
        String unsubscribe = invitation.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe)
                .isEqualTo("<mailto:sawt+" + replyToken(invitation) + "@replies.sawt.example?subject=STOP>");

        MimeMessage stop = new MimeMessage(Session.getInstance(new Properties()));
        stop.setFrom(new InternetAddress(address));
        stop.setRecipient(Message.RecipientType.TO,
                new InternetAddress(unsubscribe.substring("<mailto:".length(), unsubscribe.indexOf('?'))));
        stop.setSubject("STOP");
        stop.setText("");
        stop.saveChanges();
        deliverToGateway(stop);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> agency.get("/api/v1/contacts/" + contactId).json().path("optedOut").asBoolean());
        assertThat(bodyPart(awaitEmail(address, 2), "text/plain")).contains("You will receive no more messages");
        assertThat(results(agency, engagementId).path("participants").asInt()).isZero();
    }
}
