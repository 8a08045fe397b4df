package org.sawt.channel.telegram;

import org.sawt.shared.Language;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;

/**
 * What the bot says and does on its own, outside consultations: phrases, menus, acknowledging a button and editing
 * the message it belonged to. These go straight to the Bot API, best effort; consultation messages go through the
 * outbox instead, so they are stored and retried.
 */
@Component
class TelegramReplies {

    private final TelegramBotApi api;

    TelegramReplies(TelegramBotApi api) {
        this.api = api;
    }

    void say(String chatId, TelegramPhrase phrase, Language language) {
        say(chatId, phrase, language, null);
    }

    void say(String chatId, TelegramPhrase phrase, Language language, ReplyKeyboard keyboard) {
        api.bestEffort(SendMessage.builder().chatId(chatId).text(phrase.in(language)).replyMarkup(keyboard).build());
    }

    /** The welcome for a user no agency knows yet, with the button that shares their phone number. */
    void greet(String chatId, Language language) {
        say(chatId, TelegramPhrase.GREETING, language, TelegramKeyboards.sharePhone(language));
    }

    void offerLanguages(String chatId, Language language) {
        say(chatId, TelegramPhrase.CHOOSE_LANGUAGE, language, TelegramKeyboards.languages());
    }

    /** Stops the button's spinner in the user's app. */
    void acknowledge(String callbackQueryId) {
        api.bestEffort(new AnswerCallbackQuery(callbackQueryId));
    }

    /** Replaces a message's text and removes its keyboard, so a choice cannot be pressed twice. */
    void edit(String chatId, int messageId, String text) {
        api.bestEffort(EditMessageText.builder().chatId(chatId).messageId(messageId).text(text).build());
    }
}
