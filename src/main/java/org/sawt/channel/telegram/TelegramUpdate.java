package org.sawt.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * One Bot API Update, read leniently from its JSON: any field may be missing or of an older shape, and kinds the
 * gateway does not use are {@link Kind#OTHER}, so no update can fail to be read.
 */
final class TelegramUpdate {

    /** The update kinds the bot asks Telegram for (setWebhook's and getUpdates' allowed_updates). */
    static final List<String> ALLOWED_UPDATES =
            List.of("message", "edited_message", "callback_query", "my_chat_member");

    /** The update kinds the gateway acts on. */
    enum Kind { MESSAGE, EDITED_MESSAGE, CALLBACK_QUERY, MY_CHAT_MEMBER, OTHER }

    /** A contact card sent in a message; {@code userId} is set when it is a Telegram user's own card. */
    record SharedContact(String phoneNumber, String userId) {
    }

    private final JsonNode json;
    private final Kind kind;

    TelegramUpdate(JsonNode json) {
        this.json = json;
        this.kind = present(json.path("message")) ? Kind.MESSAGE
                : present(json.path("edited_message")) ? Kind.EDITED_MESSAGE
                : present(json.path("callback_query")) ? Kind.CALLBACK_QUERY
                : present(json.path("my_chat_member")) ? Kind.MY_CHAT_MEMBER
                : Kind.OTHER;
    }

    Kind kind() {
        return kind;
    }

    Optional<Long> updateId() {
        JsonNode id = json.path("update_id");
        return id.isIntegralNumber() ? Optional.of(id.asLong()) : Optional.empty();
    }

    /** The id the inbound log de-duplicates on (only updates with an update_id are handled). */
    String providerMessageId() {
        return "tg-" + updateId().orElseThrow();
    }

    /** The chat the update happened in: a private chat's id is the user's id. */
    String chatId() {
        return text(chat().path("id"));
    }

    boolean privateChat() {
        String type = text(chat().path("type"));
        // Telegram's oldest published examples have no chat type; a chat whose id is the sender's is private
        return type == null ? chatId() != null && chatId().equals(fromId()) : "private".equals(type);
    }

    boolean groupChat() {
        String type = text(chat().path("type"));
        return "group".equals(type) || "supergroup".equals(type);
    }

    String fromId() {
        return text(sender().path("id"));
    }

    /** The sender's app language (an IETF tag such as {@code en} or {@code pt-br}), when Telegram sent it. */
    String languageCode() {
        return text(sender().path("language_code"));
    }

    /** A message's text, or a media message's caption. */
    String text() {
        JsonNode message = message();
        String text = text(message.path("text"));
        return text != null ? text : text(message.path("caption"));
    }

    Optional<SharedContact> contact() {
        JsonNode contact = message().path("contact");
        String phone = text(contact.path("phone_number"));
        return phone == null ? Optional.empty() : Optional.of(new SharedContact(phone, text(contact.path("user_id"))));
    }

    String callbackId() {
        return text(json.path("callback_query").path("id"));
    }

    String callbackData() {
        return text(json.path("callback_query").path("data"));
    }

    /** The id of the bot's message whose button was pressed. */
    Optional<Integer> callbackMessageId() {
        JsonNode id = message().path("message_id");
        return kind == Kind.CALLBACK_QUERY && id.isIntegralNumber() ? Optional.of(id.asInt()) : Optional.empty();
    }

    /** The label of the pressed button, read from the keyboard of the message it belongs to. */
    Optional<String> pressedButtonLabel() {
        String data = callbackData();
        return StreamSupport.stream(message().path("reply_markup").path("inline_keyboard").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .filter(button -> data != null && data.equals(text(button.path("callback_data"))))
                .map(button -> text(button.path("text")))
                .findFirst();
    }

    /** The bot's new status in the chat of a my_chat_member update: {@code kicked} when a user blocked the bot. */
    String newMemberStatus() {
        return text(json.path("my_chat_member").path("new_chat_member").path("status"));
    }

    private JsonNode message() {
        return switch (kind) {
            case MESSAGE -> json.path("message");
            case EDITED_MESSAGE -> json.path("edited_message");
            case CALLBACK_QUERY -> json.path("callback_query").path("message");
            default -> MissingNode.getInstance();
        };
    }

    private JsonNode chat() {
        return kind == Kind.MY_CHAT_MEMBER ? json.path("my_chat_member").path("chat") : message().path("chat");
    }

    private JsonNode sender() {
        return switch (kind) {
            case CALLBACK_QUERY -> json.path("callback_query").path("from");
            case MY_CHAT_MEMBER -> json.path("my_chat_member").path("from");
            default -> message().path("from");
        };
    }

    private static boolean present(JsonNode node) {
        return node.isObject();
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.isContainerNode() ? null : node.asText();
    }
}
