package org.sawt.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/**
 * Who a Telegram user is: the person an agency invited by SMS once they share that phone number (one participant,
 * whatever the channel), or a new contact of the agency whose deep link they opened.
 */
class TelegramIdentityTest extends TelegramGatewayTest {

    @Test
    void aPersonWhoAnsweredBySmsAndThenSharesTheirNumberOnTelegramCountsOnce() {
        ApiClient agency = newAgency("Telegram and SMS");
        String phone = uniquePhone();
        String pollId = openPoll(agency);
        String contactId = contact(agency, Map.of("phone", phone, "language", "en"));
        broadcast(agency, pollId, "simulator", contactId);
        send(phone, "1");
        send(phone, "yes");
        assertThat(participants(agency, pollId)).isEqualTo(1);

        String chatId = newChatId();
        telegram.post(BotUpdates.ownContact(newUpdateId(), chatId, phone.substring(1)));

        JsonNode linked = awaitMessage(chatId, 1);
        assertThat(linked.path("text").asText()).isEqualTo(TelegramPhrase.LINKED.in(org.sawt.shared.Language.EN));
        assertThat(linked.path("reply_markup").path("remove_keyboard").asBoolean()).isTrue();
        JsonNode invitation = awaitMessage(chatId, 2);
        assertThat(invitation.path("text").asText()).startsWith("Your opinion matters.\nWhat comes first?");
        assertThat(agency.get("/api/v1/contacts/" + contactId).text("telegramChatId")).isEqualTo(chatId);

        telegram.post(BotUpdates.pressed(newUpdateId(), chatId, 1, invitation, "3"));
        awaitMessage(chatId, 3);
        telegram.post(BotUpdates.text(newUpdateId(), chatId, "no"));

        assertThat(awaitMessage(chatId, 4).path("text").asText())
                .isEqualTo("Thank you! Your answers to \"Municipal priorities\" were updated.");
        assertThat(participants(agency, pollId)).isEqualTo(1);
        assertThat(counts(agency, pollId)).containsExactly(List.of(0, 0, 1), List.of(0, 1));
    }

    @Test
    void aDeepLinkMakesAStrangerAParticipantOfTheEngagementsAgencyInTheirAppsLanguage() {
        ApiClient agency = newAgency("Telegram deep link");
        String pollId = openPoll(agency);
        String chatId = newChatId();

        telegram.post(BotUpdates.text(newUpdateId(), chatId, "/start e_" + pollId.replace("-", ""), "en-GB"));

        JsonNode invitation = awaitMessage(chatId, 1);
        assertThat(invitation.path("text").asText()).startsWith("Your opinion matters.\nWhat comes first?");
        assertThat(invitation.path("reply_markup").path("inline_keyboard")).hasSize(3);
        JsonNode contacts = agency.get("/api/v1/contacts?limit=10").json().path("items");
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).path("telegramChatId").asText()).isEqualTo(chatId);
        assertThat(contacts.get(0).path("language").asText()).isEqualTo("en");

        telegram.post(BotUpdates.pressed(newUpdateId(), chatId, 9, invitation, "1"));

        await().atMost(Duration.ofSeconds(20)).until(() -> participants(agency, pollId) == 1);
        assertThat(counts(agency, pollId).get(0)).containsExactly(1, 0, 0);
    }

    @Test
    void aDeepLinkToNoEngagementIsExplained() {
        String chatId = newChatId();

        telegram.post(BotUpdates.text(newUpdateId(), chatId, "/start e_00000000000000000000000000000000", "fr"));

        assertThat(awaitMessage(chatId, 1).path("text").asText())
                .isEqualTo(TelegramPhrase.LINK_NOT_VALID.in(org.sawt.shared.Language.FR));
    }
}
