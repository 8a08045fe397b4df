package org.sawt.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sawt.shared.Language.AR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/**
 * Every published update in channels/telegram/payloads goes through the webhook: each is accepted with 200, none
 * stops the bot, and the kinds that deserve an answer get the right one (see payloads/SOURCES.md).
 */
class TelegramPayloadsTest extends TelegramGatewayTest {

    @Test
    void everyPublishedUpdateIsAcceptedAndNoneStopsTheBot() {
        List<String> refused = new ArrayList<>();
        for (JsonNode entry : read(payload("_manifest.json"))) {
            String file = entry.path("file").asText();
            ApiClient.Reply reply = telegram.post(asUpdate(entry.path("kind").asText(), read(payload(file))));
            if (reply.status() != 200) {
                refused.add(file + ": " + reply);
            }
        }
        assertThat(refused).isEmpty();

        // none of these senders has a language_code or a contact: the bot speaks the default language, Arabic

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            // courier's card without user_id is someone else's; its sticker, voice and location are not text
            assertThat(textsTo("3527065")).contains(TelegramPhrase.OWN_NUMBER_ONLY.in(AR),
                    TelegramPhrase.TEXT_ONLY.in(AR));
            // pyTelegramBotAPI's card has user_id but an impossible number
            assertThat(textsTo("8633")).contains(TelegramPhrase.INVALID_PHONE.in(AR));
            // a command in a group gets the private-chats notice; a sticker in a supergroup gets nothing
            assertThat(textsTo("-111111")).contains(TelegramPhrase.PRIVATE_CHATS_ONLY.in(AR));
            // the inline-mode button press is still acknowledged
            BOT_API.verify(postRequestedFor(urlEqualTo(path("answercallbackquery")))
                    .withRequestBody(matchingJsonPath("$.callback_query_id", equalTo("4382bfdwdsb323b2d9"))));
        });
        assertThat(textsTo("-1001309982000")).isEmpty();

        String chatId = newChatId();
        telegram.post(BotUpdates.text(newUpdateId(), chatId, "/start"));
        assertThat(awaitMessage(chatId, 1).path("text").asText()).startsWith("Welcome!");
    }

    /**
     * The payload as Telegram would deliver it, with an update_id of its own: published ids repeat (10000 thirteen
     * times) and the gateway handles each id once. Objects are wrapped in the update that would carry them.
     */
    private static String asUpdate(String kind, JsonNode payload) {
        ObjectNode update = JSON.createObjectNode();
        update.put("update_id", newUpdateId());
        switch (kind) {
            case "Update" -> payload.fields().forEachRemaining(field -> {
                if (!"update_id".equals(field.getKey())) {
                    update.set(field.getKey(), field.getValue());
                }
            });
            case "Message" -> update.set("message", payload);
            case "CallbackQuery" -> update.set("callback_query", payload);
            case "Contact" -> {
                ObjectNode message = privateMessage(payload.path("user_id").asText(), null);
                message.set("contact", payload);
                update.set("message", message);
            }
            case "Chat" -> {
                ObjectNode message = privateMessage("1", "/start");
                message.set("chat", payload);
                update.set("message", message);
            }
            default -> throw new IllegalArgumentException("Unknown fixture kind " + kind);
        }
        return update.toString();
    }

    private static ObjectNode privateMessage(String userId, String text) {
        ObjectNode message = (ObjectNode) read(BotUpdates.text(0, userId, text, null)).path("message");
        if (text == null) {
            message.remove("text");
        }
        return message;
    }
}
