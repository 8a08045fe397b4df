package org.sawt.channel.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sawt.contact.Contact;
import org.sawt.contact.ContactSettings;
import org.sawt.contact.Contacts;
import org.sawt.contact.NewContact;
import org.sawt.contact.TelegramIdentities;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Caller;
import org.sawt.shared.ConflictException;
import org.sawt.shared.Language;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The contacts behind a Telegram chat: the language to talk to it in, creating one from a deep link, its choice of
 * language, and marking it unreachable when the user blocks the bot.
 */
@Component
class TelegramParticipants {

    /** No state "unreachable on Telegram" exists, so blocking the bot opts out; /start (Telegram's Restart) opts in. */
    static final String BLOCKED_REASON = "blocked the bot on Telegram";

    /** A language picked before the chat belongs to any contact is kept this long, for the contact made later. */
    private static final Duration CHOSEN_LANGUAGE_TTL = Duration.ofDays(30);

    private final Contacts contacts;
    private final TelegramIdentities identities;
    private final StringRedisTemplate redis;
    private final Language defaultLanguage;

    TelegramParticipants(Contacts contacts, TelegramIdentities identities, StringRedisTemplate redis,
            ContactSettings contactSettings) {
        this.contacts = contacts;
        this.identities = identities;
        this.redis = redis;
        this.defaultLanguage = contactSettings.defaultLanguage();
    }

    /** The contacts reached at this chat, one per agency, newest first. */
    List<Contact> of(String chatId) {
        return contacts.findByAddress(AddressKind.TELEGRAM, chatId);
    }

    /** The chat's language: its contact's, else one it picked, else the app's when supported, else the default. */
    Language languageOf(String chatId, String telegramLanguageCode) {
        return of(chatId).stream().findFirst().map(Contact::language)
                .or(() -> chosenLanguage(chatId))
                .or(() -> supported(telegramLanguageCode))
                .orElse(defaultLanguage);
    }

    /** The agency's contact at this chat, created (in the chat's language) when there is none yet. */
    Contact inAgency(UUID agencyId, String chatId, String telegramLanguageCode) {
        Optional<Contact> existing = of(chatId).stream().filter(c -> c.agencyId().equals(agencyId)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        String language = languageOf(chatId, telegramLanguageCode).code();
        try {
            return contacts.create(Caller.system(), agencyId, new NewContact(null, chatId, null, language));
        } catch (ConflictException e) {
            // another instance handled the same user's other update a moment ago
            return of(chatId).stream().filter(c -> c.agencyId().equals(agencyId)).findFirst().orElseThrow(() -> e);
        }
    }

    /** Opts the contact back in when it had opted out: opening a deep link is asking to be reached. */
    void optIn(Contact contact, String reason) {
        if (contact.optedOut()) {
            contacts.optIn(contact.id(), TelegramAdapter.NAME, reason);
        }
    }

    void changeLanguage(String chatId, Language language) {
        if (identities.changeTelegramLanguage(chatId, language) == 0) {
            redis.opsForValue().set(languageKey(chatId), language.code(), CHOSEN_LANGUAGE_TTL);
        }
    }

    /** The user blocked the bot: every contact at this chat stops receiving messages. */
    void markBlocked(String chatId) {
        of(chatId).forEach(c -> contacts.optOut(c.id(), TelegramAdapter.NAME, BLOCKED_REASON));
    }

    private Optional<Language> chosenLanguage(String chatId) {
        return Optional.ofNullable(redis.opsForValue().get(languageKey(chatId))).flatMap(Language::fromCode);
    }

    /** Telegram sends IETF tags ("en", "pt-br"); the primary subtag is what Sawt's languages are keyed by. */
    private static Optional<Language> supported(String telegramLanguageCode) {
        if (telegramLanguageCode == null) {
            return Optional.empty();
        }
        return Language.fromCode(telegramLanguageCode.split("[-_]")[0]);
    }

    private static String languageKey(String chatId) {
        return "sawt:telegram:language:" + chatId;
    }
}
