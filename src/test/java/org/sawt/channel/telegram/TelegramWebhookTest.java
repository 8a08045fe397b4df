package org.sawt.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.MultipartValuePattern;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/** The webhook's door: registered with its secret at start-up, and closed to requests without that secret. */
class TelegramWebhookTest extends TelegramGatewayTest {

    @Test
    void theWebhookIsRegisteredAtStartWithTheSecret() {
        BOT_API.verify(postRequestedFor(urlEqualTo(path("setWebhook")))
                .withRequestBodyPart(part("url", PUBLIC_URL + "/channels/telegram/webhook"))
                .withRequestBodyPart(part("secret_token", WEBHOOK_SECRET))
                .withRequestBodyPart(part("allowed_updates",
                        "[\"message\",\"edited_message\",\"callback_query\",\"my_chat_member\"]")));
    }

    @Test
    void anUpdateWithAWrongOrMissingSecretIsRefusedAndNotHandled() {
        String chatId = newChatId();
        long updateId = newUpdateId();
        String start = BotUpdates.text(updateId, chatId, "/start");

        ApiClient.Reply wrong = telegram.post(start, WEBHOOK_SECRET + "x");
        ApiClient.Reply missing = telegram.post(start, null);
        ApiClient.Reply almost = telegram.post(start, WEBHOOK_SECRET.substring(1));

        for (ApiClient.Reply reply : new ApiClient.Reply[] {wrong, missing, almost}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.text("detail")).contains("X-Telegram-Bot-Api-Secret-Token")
                    .doesNotContain(WEBHOOK_SECRET);
        }
        // had a refused delivery been handled, this one (same update_id) would be ignored as a repeat
        assertThat(telegram.post(start).status()).isEqualTo(200);
        assertThat(awaitMessage(chatId, 1).path("text").asText()).startsWith("Welcome!");
    }

    @Test
    void aBodyThatIsNotAnUpdateIsABadRequest() {
        ApiClient.Reply reply = telegram.post("not json");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private static MultipartValuePattern part(String name, String value) {
        return aMultipart().withName(name).withBody(equalTo(value)).build();
    }
}
