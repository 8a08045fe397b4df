package org.sawt.channel.telegram;

import org.sawt.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Inline-keyboard presses: each is acknowledged at once; an answer button edits its message to show the choice
 * (removing the keyboard) and sends the button's value to the conversation as if typed; a language button sets the
 * chat's language.
 */
@Component
class TelegramCallbacks {

    private static final String CHOSEN_MARK = "\n\n✅ ";

    private final TelegramReplies replies;
    private final TelegramConversation conversation;
    private final TelegramParticipants participants;

    TelegramCallbacks(TelegramReplies replies, TelegramConversation conversation, TelegramParticipants participants) {
        this.replies = replies;
        this.conversation = conversation;
        this.participants = participants;
    }

    void pressed(TelegramUpdate update) {
        if (update.callbackId() != null) {
            replies.acknowledge(update.callbackId());
        }
        String chatId = update.chatId();
        String data = update.callbackData();
        // buttons on inline-mode messages (no chat) and in groups are not the bot's questions
        if (chatId == null || data == null || !update.privateChat()) {
            return;
        }
        if (data.startsWith(TelegramKeyboards.LANGUAGE_CALLBACK_PREFIX)) {
            Language.fromCode(data.substring(TelegramKeyboards.LANGUAGE_CALLBACK_PREFIX.length()))
                    .ifPresent(language -> languageChosen(update, chatId, language));
            return;
        }
        String label = update.pressedButtonLabel().orElse(data);
        String shown = ((update.text() == null ? "" : update.text()) + CHOSEN_MARK + label).strip();
        update.callbackMessageId().ifPresent(messageId -> replies.edit(chatId, messageId, shown));
        conversation.say(update, chatId, data);
    }

    private void languageChosen(TelegramUpdate update, String chatId, Language language) {
        participants.changeLanguage(chatId, language);
        String confirmation = TelegramPhrase.LANGUAGE_CHANGED.in(language);
        update.callbackMessageId().ifPresentOrElse(messageId -> replies.edit(chatId, messageId, confirmation),
                () -> replies.say(chatId, TelegramPhrase.LANGUAGE_CHANGED, language));
    }
}
