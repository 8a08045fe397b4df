package org.sawt.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/**
 * A reply without a valid token (a new email, or a token altered on the way) is not counted; the sender is told
 * how to answer and, being invited, gets the questions again under a fresh token, and answering that counts.
 */
class EmailUnmatchedReplyTest extends EmailGatewayTest {

    @Test
    void aReplyWithoutTokenGetsInstructionsAndTheQuestionsAgain() throws Exception {
        ApiClient agency = newAgency("Municipality of Jerash");
        String engagementId = openQuestionnaire(agency);
        String address = uniqueAddress("amira");
        inviteByEmail(agency, engagementId, List.of(emailContact(agency, address, "en")));
        String token = replyToken(awaitEmail(address, 1));

        String messageId = "<" + UUID.randomUUID() + "@mail.example.org>";
        deliverToGateway(payload("reply-without-token.eml", Map.of("amira.haddad@example.org", address,
                "<CAJ8xK2qD0aW5e7Rz1bN6mT4yU3iO9pL2kJ8hG5fD1sA7zXcVbn@mail.gmail.com>", messageId)));

        MimeMessage help = awaitEmail(address, 2);
        assertThat(bodyPart(help, "text/plain"))
                .contains("We could not tell which consultation your email answers.", "1) What comes first?");
        assertThat(replyToken(help)).isEqualTo(token);
        assertThat(inboundStatus(messageId)).isEqualTo("NOT_COUNTED");
        assertThat(results(agency, engagementId).path("participants").asInt()).isZero();

        String tampered = (token.charAt(0) == 'a' ? "b" : "a") + token.substring(1);
        deliverToGateway(payload("reply-en-quoted-history.eml", Map.of(EmailPayloadsTest.TOKEN, tampered,
                "amira.haddad@example.org", address,
                "<CAJ8xK2pY7vQn3r5t6Lm0Z9wE1uH4sD2fG8bN3cV7xA5eR1tYqw@mail.gmail.com>",
                "<" + UUID.randomUUID() + "@mail.example.org>")));
        awaitEmail(address, 3);
        assertThat(results(agency, engagementId).path("participants").asInt()).isZero();

        deliverToGateway(payload("reply-en-quoted-history.eml", Map.of(EmailPayloadsTest.TOKEN, token,
                "amira.haddad@example.org", address,
                "<CAJ8xK2pY7vQn3r5t6Lm0Z9wE1uH4sD2fG8bN3cV7xA5eR1tYqw@mail.gmail.com>",
                "<" + UUID.randomUUID() + "@mail.example.org>")));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> results(agency, engagementId).path("participants").asInt() == 1);
    }
}
