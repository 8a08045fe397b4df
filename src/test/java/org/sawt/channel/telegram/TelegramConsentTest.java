package org.sawt.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.shared.Language;

/** /stop, /start and blocking the bot change consent; /language changes the language the bot speaks. */
class TelegramConsentTest extends TelegramGatewayTest {

    @Test
    void blockingTheBotOptsTheContactOutAndRestartingItOptsThemBackIn() {
        ApiClient agency = newAgency("Telegram blocking");
        String chatId = newChatId();
        String contactId = contact(agency, Map.of("telegramChatId", chatId, "language", "en"));

        telegram.post(BotUpdates.membership(newUpdateId(), chatId, "kicked"));
        await().atMost(Duration.ofSeconds(20)).until(() -> optedOut(agency, contactId));
        assertThat(agency.get("/api/v1/contacts/" + contactId + "/consent").json().get(0).path("reason").asText())
                .isEqualTo(TelegramParticipants.BLOCKED_REASON);

        telegram.post(BotUpdates.text(newUpdateId(), chatId, "/start"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !optedOut(agency, contactId));
        assertThat(awaitMessage(chatId, 1).path("text").asText())
                .isEqualTo("Welcome back: you will receive our consultations again. Send STOP to stop.");

        telegram.post(BotUpdates.text(newUpdateId(), chatId, "/stop"));
        await().atMost(Duration.ofSeconds(20)).until(() -> optedOut(agency, contactId));
        assertThat(awaitMessage(chatId, 2).path("text").asText()).startsWith("You will receive no more messages");
    }

    @Test
    void theLanguageMenuChangesTheContactsLanguage() {
        ApiClient agency = newAgency("Telegram language");
        String chatId = newChatId();
        String contactId = contact(agency, Map.of("telegramChatId", chatId, "language", "en"));

        telegram.post(BotUpdates.text(newUpdateId(), chatId, "/language"));
        JsonNode menu = awaitMessage(chatId, 1);
        assertThat(menu.path("text").asText()).isEqualTo("Choose your language:");
        assertThat(menu.path("reply_markup").toString()).isEqualTo("{\"inline_keyboard\":["
                + "[{\"text\":\"العربية\",\"callback_data\":\"lang:ar\"}],"
                + "[{\"text\":\"English\",\"callback_data\":\"lang:en\"}],"
                + "[{\"text\":\"فارسی\",\"callback_data\":\"lang:fa\"}],"
                + "[{\"text\":\"Français\",\"callback_data\":\"lang:fr\"}]]}");

        telegram.post(BotUpdates.pressed(newUpdateId(), chatId, 5, menu, "lang:fr"));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                "fr".equals(agency.get("/api/v1/contacts/" + contactId).text("language")));
        await().atMost(Duration.ofSeconds(20)).until(() -> calls("editmessagetext", chatId).size() == 1);
        assertThat(calls("editmessagetext", chatId).get(0).path("text").asText())
                .isEqualTo(TelegramPhrase.LANGUAGE_CHANGED.in(Language.FR));
    }

    private static boolean optedOut(ApiClient agency, String contactId) {
        return agency.get("/api/v1/contacts/" + contactId).json().path("optedOut").asBoolean();
    }
}
