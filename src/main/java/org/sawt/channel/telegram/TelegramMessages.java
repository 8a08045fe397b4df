package org.sawt.channel.telegram;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Messages users send the bot. In a private chat: a shared contact card, a command, or text (a caption counts as
 * text) for the conversation; anything else gets a polite "text or buttons, please". In groups the bot only answers
 * commands, to say it talks in private chats.
 */
@Component
class TelegramMessages {

    private final TelegramCommands commands;
    private final TelegramPhoneLinks phoneLinks;
    private final TelegramConversation conversation;
    private final TelegramParticipants participants;
    private final TelegramReplies replies;

    TelegramMessages(TelegramCommands commands, TelegramPhoneLinks phoneLinks, TelegramConversation conversation,
            TelegramParticipants participants, TelegramReplies replies) {
        this.commands = commands;
        this.phoneLinks = phoneLinks;
        this.conversation = conversation;
        this.participants = participants;
        this.replies = replies;
    }

    void received(TelegramUpdate update) {
        String chatId = update.chatId();
        if (chatId == null) {
            return;
        }
        Optional<BotCommand> command = BotCommand.parse(update.text());
        if (!update.privateChat()) {
            if (update.groupChat() && command.isPresent()) {
                notice(update, TelegramPhrase.PRIVATE_CHATS_ONLY);
            }
            return;
        }
        Optional<TelegramUpdate.SharedContact> card = update.contact();
        if (card.isPresent()) {
            phoneLinks.shared(update, card.get());
        } else if (command.isPresent()) {
            commands.handle(update, command.get());
        } else if (update.text() == null || update.text().isBlank()) {
            notice(update, TelegramPhrase.TEXT_ONLY);
        } else {
            conversation.say(update, chatId, update.text());
        }
    }

    /** An answer changed after sending is not re-read: a reply already went out for the original. */
    void edited(TelegramUpdate update) {
        if (update.chatId() != null && update.privateChat()) {
            notice(update, TelegramPhrase.EDITS_NOT_READ);
        }
    }

    /** The bot was added to a group: it says once that it talks in private chats only. */
    void addedToGroup(TelegramUpdate update) {
        notice(update, TelegramPhrase.PRIVATE_CHATS_ONLY);
    }

    private void notice(TelegramUpdate update, TelegramPhrase phrase) {
        String chatId = update.chatId();
        replies.say(chatId, phrase, participants.languageOf(chatId, update.languageCode()));
    }
}
