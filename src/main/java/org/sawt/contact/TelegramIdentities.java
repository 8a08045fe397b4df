package org.sawt.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.sawt.audit.AuditLog;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Caller;
import org.sawt.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The contact module's API for Telegram identities: linking a Telegram chat to the person behind a phone number, so
 * they are one participant whichever channel they answer on, and a chat's choice of language.
 */
@Service
public class TelegramIdentities {

    private static final String LINKED = "contact.telegram-linked";

    private final ContactRepository repository;
    private final TransactionOperations tx;
    private final AuditLog audit;

    TelegramIdentities(ContactRepository repository, TransactionOperations tx, AuditLog audit) {
        this.repository = repository;
        this.tx = tx;
        this.audit = audit;
    }

    /**
     * Links the chat to the phone in every agency that knows either. The contact holding the phone gets the chat id;
     * another contact of the same agency holding the chat (one created from a deep link before the phone was shared)
     * gives it up, keeping its earlier answers. In an agency that knows only the chat, its contact gets the phone
     * when it has none. Returns the contacts now holding both, newest first.
     */
    public List<Contact> linkTelegram(String e164Phone, String chatId) {
        return tx.execute(status -> {
            Map<UUID, Contact> chatHolders = new HashMap<>();
            repository.findByAddress(AddressKind.TELEGRAM, chatId).forEach(c -> chatHolders.put(c.agencyId(), c));
            List<Contact> linked = new ArrayList<>();
            for (Contact phoneHolder : repository.findByAddress(AddressKind.PHONE, e164Phone)) {
                Contact chatHolder = chatHolders.remove(phoneHolder.agencyId());
                if (chatHolder != null && !chatHolder.id().equals(phoneHolder.id())) {
                    save(chatHolder, withAddresses(chatHolder, chatHolder.phone(), null), "contact.telegram-unlinked");
                }
                linked.add(chatId.equals(phoneHolder.telegramChatId()) ? phoneHolder
                        : save(phoneHolder, withAddresses(phoneHolder, e164Phone, chatId), LINKED));
            }
            chatHolders.values().stream().filter(c -> c.phone() == null)
                    .forEach(c -> linked.add(save(c, withAddresses(c, e164Phone, chatId), LINKED)));
            return linked;
        });
    }

    /** Sets the language of every contact reached at this chat; returns how many there are. */
    public int changeTelegramLanguage(String chatId, Language language) {
        return tx.execute(status -> {
            List<Contact> holders = repository.findByAddress(AddressKind.TELEGRAM, chatId).stream()
                    .map(c -> new Contact(c.id(), c.agencyId(), c.publicId(), language, c.phone(), c.telegramChatId(),
                            c.email(), c.optedOut(), c.createdAt(), c.birthYear(), c.gender()))
                    .toList();
            repository.update(holders);
            return holders.size();
        });
    }

    /** Writes the contact and audits which address fields changed: address values never go into the audit log. */
    private Contact save(Contact before, Contact after, String action) {
        repository.update(List.of(after));
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.phone(), after.phone())) {
            changed.add("phone");
        }
        if (!Objects.equals(before.telegramChatId(), after.telegramChatId())) {
            changed.add("telegramChatId");
        }
        audit.record(Caller.system(), after.agencyId(), action, "contact", after.id(),
                Map.of("publicId", after.publicId(), "addresses", changed));
        return after;
    }

    private static Contact withAddresses(Contact c, String phone, String telegramChatId) {
        return new Contact(c.id(), c.agencyId(), c.publicId(), c.language(), phone, telegramChatId, c.email(),
                c.optedOut(), c.createdAt(), c.birthYear(), c.gender());
    }
}
