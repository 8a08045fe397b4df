package org.sawt.channel.telegram;

import java.util.List;
import java.util.Optional;
import org.sawt.contact.Contact;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Engagements;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The bot's commands. /stop, /help and /start (from a user an agency knows) stand for the configured STOP, HELP and
 * START keywords, so the conversation engine applies them as it does for every channel; /start from a stranger
 * greets them, /start with a deep-link payload opens an engagement, and /language offers the languages.
 */
@Component
class TelegramCommands {

    private final TelegramParticipants participants;
    private final TelegramConversation conversation;
    private final TelegramReplies replies;
    private final Engagements engagements;
    private final String stopWord;
    private final String startWord;
    private final String helpWord;

    TelegramCommands(TelegramParticipants participants, TelegramConversation conversation, TelegramReplies replies,
            Engagements engagements, Environment environment) {
        this.participants = participants;
        this.conversation = conversation;
        this.replies = replies;
        this.engagements = engagements;
        this.stopWord = firstKeyword(environment, "stop", "STOP");
        this.startWord = firstKeyword(environment, "start", "START");
        this.helpWord = firstKeyword(environment, "help", "HELP");
    }

    void handle(TelegramUpdate update, BotCommand command) {
        String chatId = update.chatId();
        switch (command.name()) {
            case "start" -> {
                if (command.hasArgument()) {
                    openDeepLink(update, command.argument());
                } else if (participants.of(chatId).isEmpty()) {
                    replies.greet(chatId, participants.languageOf(chatId, update.languageCode()));
                } else {
                    conversation.say(update, chatId, startWord);
                }
            }
            case "stop" -> conversation.say(update, chatId, stopWord);
            case "language" -> replies.offerLanguages(chatId, participants.languageOf(chatId, update.languageCode()));
            default -> conversation.say(update, chatId, helpWord);
        }
    }

    /** A stranger becomes a contact of the engagement's agency; opening the link is asking to be reached. */
    private void openDeepLink(TelegramUpdate update, String payload) {
        String chatId = update.chatId();
        Optional<Engagement> engagement = DeepLinks.engagementId(payload).flatMap(engagements::find);
        if (engagement.isEmpty()) {
            replies.say(chatId, TelegramPhrase.LINK_NOT_VALID, participants.languageOf(chatId, update.languageCode()));
            return;
        }
        Contact contact = participants.inAgency(engagement.get().agencyId(), chatId, update.languageCode());
        participants.optIn(contact, "opened a consultation link on Telegram");
        conversation.begin(chatId, contact.id(), engagement.get().id());
    }

    /** The first word of a keyword family as configured (a YAML list or a comma-separated variable). */
    private static String firstKeyword(Environment environment, String family, String fallback) {
        return Binder.get(environment).bind("sawt.keywords." + family, Bindable.listOf(String.class))
                .orElse(List.of()).stream().findFirst().orElse(fallback);
    }
}
