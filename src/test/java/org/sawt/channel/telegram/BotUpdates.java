package org.sawt.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Updates shaped as the Bot API sends them today (chat type, {@code is_bot}, {@code chat_instance}), for cases no
 * published payload covers: a user's id is their private chat's id.
 */
final class BotUpdates {

    private BotUpdates() {
    }

    /** A private text message (or command) from the user, whose app speaks {@code languageCode}. */
    static String text(long updateId, String chatId, String text, String languageCode) {
        ObjectNode message = message(chatId, languageCode);
        message.put("text", text);
        return update(updateId, "message", message);
    }

    static String text(long updateId, String chatId, String text) {
        return text(updateId, chatId, text, "en");
    }

    /** The user shares their own contact card through the "share my phone number" button. */
    static String ownContact(long updateId, String chatId, String phoneNumber) {
        ObjectNode message = message(chatId, "en");
        message.putObject("contact").put("phone_number", phoneNumber).put("first_name", "Test")
                .put("user_id", Long.parseLong(chatId));
        return update(updateId, "message", message);
    }

    /** The user presses the button with {@code data} under {@code botMessage} (the bot's sendMessage body). */
    static String pressed(long updateId, String chatId, int messageId, JsonNode botMessage, String data) {
        ObjectNode message = TelegramGatewayTest.JSON.createObjectNode();
        message.put("message_id", messageId).put("date", 1_700_000_000);
        message.putObject("from").put("id", 123456789).put("is_bot", true).put("first_name", "Sawt");
        message.set("chat", chat(chatId));
        message.put("text", botMessage.path("text").asText());
        message.set("reply_markup", botMessage.path("reply_markup"));
        ObjectNode callback = TelegramGatewayTest.JSON.createObjectNode();
        callback.put("id", "cb-" + updateId).put("chat_instance", "-4711").put("data", data);
        callback.set("from", user(chatId, "en"));
        callback.set("message", message);
        return update(updateId, "callback_query", callback);
    }

    /** The bot's membership in the private chat changed, e.g. to {@code kicked} when the user blocks it. */
    static String membership(long updateId, String chatId, String newStatus) {
        ObjectNode change = TelegramGatewayTest.JSON.createObjectNode();
        change.set("chat", chat(chatId));
        change.set("from", user(chatId, "en"));
        change.put("date", 1_700_000_000);
        change.putObject("old_chat_member").put("status", "member")
                .putObject("user").put("id", 123456789).put("is_bot", true).put("first_name", "Sawt");
        change.putObject("new_chat_member").put("status", newStatus).put("until_date", 0)
                .putObject("user").put("id", 123456789).put("is_bot", true).put("first_name", "Sawt");
        return update(updateId, "my_chat_member", change);
    }

    private static ObjectNode message(String chatId, String languageCode) {
        ObjectNode message = TelegramGatewayTest.JSON.createObjectNode();
        message.put("message_id", 1).put("date", 1_700_000_000);
        message.set("from", user(chatId, languageCode));
        message.set("chat", chat(chatId));
        return message;
    }

    private static ObjectNode user(String id, String languageCode) {
        ObjectNode user = TelegramGatewayTest.JSON.createObjectNode();
        user.put("id", Long.parseLong(id)).put("is_bot", false).put("first_name", "Test");
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }

    private static ObjectNode chat(String id) {
        return TelegramGatewayTest.JSON.createObjectNode().put("id", Long.parseLong(id)).put("first_name", "Test")
                .put("type", "private");
    }

    private static String update(long updateId, String kind, ObjectNode body) {
        ObjectNode update = TelegramGatewayTest.JSON.createObjectNode();
        update.put("update_id", updateId);
        update.set(kind, body);
        return update.toString();
    }
}
