package org.sawt.channel.telegram;

import java.util.List;
import java.util.Optional;
import org.sawt.contact.Contact;
import org.sawt.contact.Contacts;
import org.sawt.contact.InvalidPhoneNumberException;
import org.sawt.contact.PhoneNumbers;
import org.sawt.contact.TelegramIdentities;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Engagements;
import org.sawt.shared.Language;
import org.springframework.stereotype.Component;

/**
 * "Share my phone number": a user's own contact card links their chat to every contact with that phone, so a person
 * invited by SMS is the same participant on Telegram, and the consultation they were last invited to continues here.
 */
@Component
class TelegramPhoneLinks {

    private final TelegramParticipants participants;
    private final TelegramIdentities identities;
    private final PhoneNumbers phoneNumbers;
    private final TelegramReplies replies;
    private final TelegramConversation conversation;
    private final Contacts contacts;
    private final Engagements engagements;

    TelegramPhoneLinks(TelegramParticipants participants, TelegramIdentities identities, PhoneNumbers phoneNumbers,
            TelegramReplies replies, TelegramConversation conversation, Contacts contacts, Engagements engagements) {
        this.participants = participants;
        this.identities = identities;
        this.phoneNumbers = phoneNumbers;
        this.replies = replies;
        this.conversation = conversation;
        this.contacts = contacts;
        this.engagements = engagements;
    }

    void shared(TelegramUpdate update, TelegramUpdate.SharedContact card) {
        String chatId = update.chatId();
        Language language = participants.languageOf(chatId, update.languageCode());
        // Telegram vouches for the number only on the sender's own card; anyone's card can be forwarded
        if (card.userId() == null || !card.userId().equals(update.fromId())) {
            replies.say(chatId, TelegramPhrase.OWN_NUMBER_ONLY, language, TelegramKeyboards.sharePhone(language));
            return;
        }
        String phone;
        try {
            phone = phoneNumbers.toE164(international(card.phoneNumber()));
        } catch (InvalidPhoneNumberException e) {
            replies.say(chatId, TelegramPhrase.INVALID_PHONE, language, TelegramKeyboards.removeKeyboard());
            return;
        }
        List<Contact> linked = identities.linkTelegram(phone, chatId);
        if (linked.isEmpty()) {
            replies.say(chatId, TelegramPhrase.PHONE_NOT_REGISTERED, language, TelegramKeyboards.removeKeyboard());
            return;
        }
        replies.say(chatId, TelegramPhrase.LINKED, linked.get(0).language(), TelegramKeyboards.removeKeyboard());
        continueLatestOpenEngagement(chatId, linked);
    }

    private void continueLatestOpenEngagement(String chatId, List<Contact> linked) {
        for (Contact contact : linked) {
            Optional<Engagement> open = contacts.latestEngagement(contact.id()).flatMap(engagements::find)
                    .filter(engagement -> engagement.status().acceptsResponses());
            if (open.isPresent()) {
                conversation.begin(chatId, contact.id(), open.get().id());
                return;
            }
        }
    }

    /** Telegram writes the user's own number in international form, without the plus. */
    private static String international(String phoneNumber) {
        String number = phoneNumber.strip();
        return number.startsWith("+") ? number : "+" + number;
    }
}
