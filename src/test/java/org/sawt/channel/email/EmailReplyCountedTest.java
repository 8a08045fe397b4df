package org.sawt.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/**
 * Replies to the invitation, written above the quoted history in English and in Arabic (with Arabic-Indic
 * digits), are matched by their token and counted, all questions from one reply; the quoted history is
 * ignored, the free-text answer is kept whole, a redelivered reply counts once, and each participant is thanked.
 */
class EmailReplyCountedTest extends EmailGatewayTest {

    @Test
    void repliesAnswerTheWholeQuestionnaire() throws Exception {
        ApiClient agency = newAgency("Municipality of Zarqa");
        String engagementId = openQuestionnaire(agency);
        String english = uniqueAddress("amira");
        String arabic = uniqueAddress("khaled");
        inviteByEmail(agency, engagementId,
                List.of(emailContact(agency, english, "en"), emailContact(agency, arabic, "ar")));
        String englishToken = replyToken(awaitEmail(english, 1));
        String arabicToken = replyToken(awaitEmail(arabic, 1));

        String englishMessageId = "<" + UUID.randomUUID() + "@mail.example.org>";
        MimeMessage englishReply = payload("reply-en-quoted-history.eml", Map.of(
                EmailPayloadsTest.TOKEN, englishToken,
                "amira.haddad@example.org", english,
                "<CAJ8xK2pY7vQn3r5t6Lm0Z9wE1uH4sD2fG8bN3cV7xA5eR1tYqw@mail.gmail.com>", englishMessageId));
        deliverToGateway(englishReply);
        deliverToGateway(payload("reply-ar-quoted-history.eml", Map.of(
                EmailPayloadsTest.ARABIC_TOKEN, arabicToken,
                "khaled.nasser@example.net", arabic,
                "9B2F7D41-5C3A-4E8B-A0D2-7C1E6F3B9A20", UUID.randomUUID().toString())));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> results(agency, engagementId).path("participants").asInt() == 2);
        JsonNode results = results(agency, engagementId);
        assertThat(counts(results.path("questions").get(0))).containsExactly(0, 1, 1);
        assertThat(counts(results.path("questions").get(1))).containsExactly(2, 0);
        assertThat(freeTextAnswers(agency, engagementId)).containsExactlyInAnyOrder(
                "More shade in the parks, please.\nBenches near the bus stops would help older people.",
                "نحتاج إلى حدائق أكثر للأطفال،\nومواقف حافلات مظللة.");
        assertThat(inboundStatus(englishMessageId)).isEqualTo("COUNTED");

        MimeMessage thanks = awaitEmail(english, 2);
        assertThat(bodyPart(thanks, "text/plain"))
                .contains("Thank you! Your answers to \"" + TITLE + "\" were recorded.");
        assertThat(thanks.getSubject()).isEqualTo("Re: " + TITLE + " [#" + englishToken + "]");
        assertThat(thanks.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        assertThat(bodyPart(awaitEmail(arabic, 2), "text/html"))
                .contains("dir=\"rtl\"", "شكرًا لك! سُجّلت إجاباتك على «أولويات البلدية».");

        deliverToGateway(englishReply);
        awaitMailboxProcessed();
        assertThat(results(agency, engagementId).path("participants").asInt()).isEqualTo(2);
        assertThat(inbox(english)).hasSize(2);
    }

    private static List<String> freeTextAnswers(ApiClient agency, String engagementId) {
        List<String> answers = new ArrayList<>();
        agency.get("/api/v1/responses?engagementId=" + engagementId).json().path("items")
                .forEach(item -> answers.add(item.path("answers").path("q3").asText()));
        return answers;
    }

    private static List<Integer> counts(JsonNode question) {
        List<Integer> counts = new ArrayList<>();
        question.path("options").forEach(option -> counts.add(option.path("count").asInt()));
        return counts;
    }
}
