package org.sawt.channel.telegram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sawt.channel.Choice;
import org.sawt.shared.Language;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

/** The keyboards the bot shows: answer choices, the language menu, and the "share my phone number" button. */
final class TelegramKeyboards {

    /** Callback data of a language-menu button: this prefix and the language code (answer values are digits). */
    static final String LANGUAGE_CALLBACK_PREFIX = "lang:";

    /** Labels this short (star ratings, yes/no) share one row; longer ones get a row each so none is cut off. */
    private static final int SHORT_LABEL = 4;

    private TelegramKeyboards() {
    }

    /** One button per choice; pressing it sends the choice's value back as callback data. */
    static InlineKeyboardMarkup choices(List<Choice> choices) {
        List<InlineKeyboardButton> buttons = choices.stream()
                .map(choice -> button(choice.label(), choice.value())).toList();
        boolean allShort = choices.stream().allMatch(choice -> choice.label().length() <= SHORT_LABEL);
        List<InlineKeyboardRow> rows = new ArrayList<>();
        if (allShort) {
            rows.add(new InlineKeyboardRow(buttons));
        } else {
            buttons.forEach(button -> rows.add(new InlineKeyboardRow(button)));
        }
        return new InlineKeyboardMarkup(rows);
    }

    /** Every supported language, each named in itself. */
    static InlineKeyboardMarkup languages() {
        return new InlineKeyboardMarkup(Arrays.stream(Language.values())
                .map(language -> new InlineKeyboardRow(button(TelegramPhrase.LANGUAGE_NAME.in(language),
                        LANGUAGE_CALLBACK_PREFIX + language.code())))
                .toList());
    }

    /** A one-time keyboard whose only button shares the user's own contact (Telegram asks them first). */
    static ReplyKeyboardMarkup sharePhone(Language language) {
        KeyboardButton button = KeyboardButton.builder().text(TelegramPhrase.SHARE_PHONE_BUTTON.in(language))
                .requestContact(true).build();
        return ReplyKeyboardMarkup.builder().keyboardRow(new KeyboardRow(button)).resizeKeyboard(true)
                .oneTimeKeyboard(true).build();
    }

    static ReplyKeyboardRemove removeKeyboard() {
        return new ReplyKeyboardRemove(true);
    }

    private static InlineKeyboardButton button(String label, String callbackData) {
        return InlineKeyboardButton.builder().text(label).callbackData(callbackData).build();
    }
}
