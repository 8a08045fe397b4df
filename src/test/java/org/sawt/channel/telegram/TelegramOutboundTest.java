package org.sawt.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/**
 * Telegram refusing a message: a 429 is retried after Telegram's retry_after (waited out by the adapter when short,
 * by the shared error handler's retry when longer); a 403 (blocked) fails the message for good and opts out.
 */
class TelegramOutboundTest extends TelegramGatewayTest {

    @Test
    void aShortRateLimitIsWaitedOutAndTheMessageSent() {
        String chatId = newChatId();
        failOnceThenAccept(chatId, error(429, payload("send-message-429.json").replace("30", "1")));

        Map<String, Object> invitation = invite(chatId);

        assertThat(invitation).containsEntry("status", "SENT");
        assertThat(calls("sendmessage", chatId)).hasSize(2);
    }

    @Test
    void aLongRateLimitIsLeftToTheErrorHandlersRetry() {
        String chatId = newChatId();
        failOnceThenAccept(chatId, error(429, payload("send-message-429.json")));

        Map<String, Object> invitation = invite(chatId);

        assertThat(invitation).containsEntry("status", "SENT");
        assertThat(calls("sendmessage", chatId)).hasSize(2);
    }

    @Test
    void aUserWhoBlockedTheBotFailsTheMessageForGoodAndIsOptedOut() {
        String chatId = newChatId();
        BOT_API.stubFor(post(urlEqualTo(path("sendmessage"))).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId)))
                .willReturn(error(403, payload("send-message-403-blocked.json"))));
        ApiClient agency = newAgency("Telegram blocked");
        String contactId = contact(agency, Map.of("telegramChatId", chatId, "language", "en"));

        broadcast(agency, openPoll(agency), "telegram", contactId);

        Map<String, Object> invitation = invitation(chatId);
        assertThat(invitation).containsEntry("status", "FAILED");
        assertThat((String) invitation.get("error")).isEqualTo(
                "PermanentSendFailure: Telegram error 403: Forbidden: bot was blocked by the user");
        assertThat(calls("sendmessage", chatId)).hasSize(1);
        assertThat(agency.get("/api/v1/contacts/" + contactId).json().path("optedOut").asBoolean()).isTrue();
    }

    /** Invites a new contact at the chat to a new poll and returns the invitation once it left the outbox. */
    private Map<String, Object> invite(String chatId) {
        ApiClient agency = newAgency("Telegram rate limit");
        broadcast(agency, openPoll(agency), "telegram",
                contact(agency, Map.of("telegramChatId", chatId, "language", "en")));
        await().atMost(Duration.ofSeconds(20)).until(() -> !"SENDING".equals(invitation(chatId).get("status")));
        return invitation(chatId);
    }

    private Map<String, Object> invitation(String chatId) {
        return jdbc.sql("select status, error from outbound_message where channel = 'telegram' and address = :chat")
                .param("chat", chatId).query().singleRow();
    }

    private static ResponseDefinitionBuilder error(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static void failOnceThenAccept(String chatId, ResponseDefinitionBuilder failure) {
        BOT_API.stubFor(post(urlEqualTo(path("sendmessage"))).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId)))
                .inScenario(chatId).whenScenarioStateIs(STARTED).willSetStateTo("failed once").willReturn(failure));
        BOT_API.stubFor(post(urlEqualTo(path("sendmessage"))).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId)))
                .inScenario(chatId).whenScenarioStateIs("failed once").willReturn(sentMessage()));
    }
}
