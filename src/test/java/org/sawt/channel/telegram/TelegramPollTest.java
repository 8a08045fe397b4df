package org.sawt.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A poll on Telegram: the invitation arrives with the options as an inline keyboard, a button press and a typed
 * answer are both counted, the press is acknowledged and shown in the edited question, and an update Telegram
 * delivers twice is handled once.
 */
class TelegramPollTest extends TelegramGatewayTest {

    @Autowired
    StringRedisTemplate redis;

    @Test
    void aPollBroadcastOnTelegramSendsTheQuestionWithAnInlineKeyboard() {
        InvitedChat invited = invitedChat("Telegram broadcast");
        ApiClient agency = invited.agency();
        String chatId = invited.chatId();
        String pollId = invited.pollId();

        awaitMessage(chatId, 1);
        BOT_API.verify(1, postRequestedFor(urlEqualTo(path("sendmessage"))).withRequestBody(equalToJson("""
                {"method": "sendmessage", "chat_id": "%s",
                 "text": "Your opinion matters.\\nWhat comes first?\\n1. Roads\\n2. Water\\n3. Parks",
                 "reply_markup": {"inline_keyboard": [
                     [{"text": "Roads", "callback_data": "1"}],
                     [{"text": "Water", "callback_data": "2"}],
                     [{"text": "Parks", "callback_data": "3"}]]}}""".formatted(chatId))));
        assertThat(jdbc.sql("select status from outbound_message where address = :chat")
                .param("chat", chatId).query(String.class).single()).isEqualTo("SENT");
    }

    @Test
    void anAnswerByButtonAndOneByTypedTextAreCounted() {
        InvitedChat invited = invitedChat("Telegram answers");
        ApiClient agency = invited.agency();
        String chatId = invited.chatId();
        String pollId = invited.pollId();
        JsonNode invitation = awaitMessage(chatId, 1);

        long press = newUpdateId();
        assertThat(telegram.post(BotUpdates.pressed(press, chatId, 4711, invitation, "2")).status()).isEqualTo(200);

        JsonNode second = awaitMessage(chatId, 2);
        assertThat(second.path("text").asText()).isEqualTo("Do you support the plan?\n1. Yes\n2. No");
        assertThat(second.path("reply_markup")).isEqualTo(read("""
                {"inline_keyboard": [[{"text": "Yes", "callback_data": "1"},
                                      {"text": "No", "callback_data": "2"}]]}"""));
        BOT_API.verify(1, postRequestedFor(urlEqualTo(path("answercallbackquery")))
                .withRequestBody(equalToJson(
                        "{\"method\": \"answercallbackquery\", \"callback_query_id\": \"cb-" + press + "\"}")));
        BOT_API.verify(1, postRequestedFor(urlEqualTo(path("editmessagetext"))).withRequestBody(equalToJson("""
                {"method": "editmessagetext", "chat_id": "%s", "message_id": 4711,
                 "text": "Your opinion matters.\\nWhat comes first?\\n1. Roads\\n2. Water\\n3. Parks\\n\\n✅ Water"}"""
                .formatted(chatId))));

        telegram.post(BotUpdates.text(newUpdateId(), chatId, "yes"));

        assertThat(awaitMessage(chatId, 3).path("text").asText())
                .isEqualTo("Thank you! Your answers to \"Municipal priorities\" were recorded.");
        assertThat(participants(agency, pollId)).isEqualTo(1);
        assertThat(counts(agency, pollId)).containsExactly(List.of(0, 1, 0), List.of(1, 0));
        assertThat(jdbc.sql("select r.channel from response_revision r"
                + " join inbound_message i on i.id = r.inbound_message_id where i.address = :chat")
                .param("chat", chatId).query(String.class).list())
                .containsExactly("telegram", "telegram");
    }

    @Test
    void theSameUpdateDeliveredTwiceIsHandledOnce() {
        InvitedChat invited = invitedChat("Telegram retries");
        ApiClient agency = invited.agency();
        String chatId = invited.chatId();
        String pollId = invited.pollId();
        awaitMessage(chatId, 1);

        long updateId = newUpdateId();
        String answer = BotUpdates.text(updateId, chatId, "Roads");
        assertThat(telegram.post(answer).status()).isEqualTo(200);
        assertThat(telegram.post(answer).status()).isEqualTo(200);
        // the chat's updates are handled in order, so once this one is answered the repeat has had its turn
        telegram.post(BotUpdates.text(newUpdateId(), chatId, "no"));

        await().atMost(Duration.ofSeconds(20)).until(() -> textsTo(chatId).size() >= 3);
        assertThat(textsTo(chatId)).hasSize(3).last().asString().startsWith("Thank you!");
        assertThat(jdbc.sql("select count(*) from inbound_message"
                + " where channel = 'telegram' and provider_message_id = :id")
                .param("id", "tg-" + updateId).query(Long.class).single()).isEqualTo(1);
        assertThat(counts(agency, pollId)).containsExactly(List.of(1, 0, 0), List.of(0, 1));
    }

    @Test
    void aRepeatIsStillRecognisedByTheInboundLogWhenRedisHasForgottenTheUpdate() {
        InvitedChat invited = invitedChat("Telegram retries without Redis");
        ApiClient agency = invited.agency();
        String chatId = invited.chatId();
        String pollId = invited.pollId();
        awaitMessage(chatId, 1);
        long updateId = newUpdateId();
        String answer = BotUpdates.text(updateId, chatId, "Water");
        telegram.post(answer);
        awaitMessage(chatId, 2);

        redis.delete("sawt:telegram:update:123456789:" + updateId);
        telegram.post(answer);
        telegram.post(BotUpdates.text(newUpdateId(), chatId, "yes"));

        assertThat(awaitMessage(chatId, 3).path("text").asText()).startsWith("Thank you!");
        assertThat(textsTo(chatId)).hasSize(3);
        assertThat(counts(agency, pollId)).containsExactly(List.of(0, 1, 0), List.of(1, 0));
    }

    /** An agency with an open poll, and an English-speaking Telegram contact invited to it. */
    private InvitedChat invitedChat(String agencyName) {
        ApiClient agency = newAgency(agencyName);
        String chatId = newChatId();
        String pollId = openPoll(agency);
        broadcast(agency, pollId, "telegram", contact(agency, Map.of("telegramChatId", chatId, "language", "en")));
        return new InvitedChat(agency, chatId, pollId);
    }

    private record InvitedChat(ApiClient agency, String chatId, String pollId) {
    }
}
