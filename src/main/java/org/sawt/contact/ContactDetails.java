package org.sawt.contact;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Language;

/**
 * A contact's validated, normalised details: E.164 phone, lower-case email, a known language, optional year of
 * birth and gender. {@code languageGiven} is false when the default language was filled in, so updates keep the
 * contact's own.
 */
record ContactDetails(String phone, String telegramChatId, String email, Language language, boolean languageGiven,
        Integer birthYear, String gender) {

    /** The addresses given, by kind, in the order phone, Telegram, email. */
    Map<AddressKind, String> addresses() {
        Map<AddressKind, String> addresses = new EnumMap<>(AddressKind.class);
        putIfPresent(addresses, AddressKind.PHONE, phone);
        putIfPresent(addresses, AddressKind.TELEGRAM, telegramChatId);
        putIfPresent(addresses, AddressKind.EMAIL, email);
        return addresses;
    }

    /** A new contact of the agency with these details, a fresh id and a fresh public id. */
    Contact asNewContact(UUID agencyId) {
        return new Contact(UUID.randomUUID(), agencyId, PublicIds.next(), language, phone, telegramChatId, email,
                false, Instant.now().truncatedTo(ChronoUnit.MICROS), birthYear, gender);
    }

    /** Why these details cannot be merged into the contact: it already has a different address of a kind. */
    Optional<String> conflictWith(Contact existing) {
        return addresses().entrySet().stream()
                .filter(given -> existing.address(given.getKey()).filter(a -> !a.equals(given.getValue())).isPresent())
                .map(given -> "matches contact " + existing.id() + ", which has a different "
                        + fieldName(given.getKey()))
                .findFirst();
    }

    /** Which of these addresses the given contacts already hold, as "phone +962... already belongs to contact ...". */
    List<String> addressesHeldBy(List<Contact> contacts) {
        return addresses().entrySet().stream()
                .flatMap(given -> contacts.stream()
                        .filter(holder -> holder.address(given.getKey()).orElse("").equals(given.getValue()))
                        .map(holder -> fieldName(given.getKey()) + " " + given.getValue()
                                + " already belongs to contact " + holder.id()))
                .toList();
    }

    /** The contact with the addresses it lacked filled in, and the language and demographics that were given. */
    Contact mergeInto(Contact existing) {
        return new Contact(existing.id(), existing.agencyId(), existing.publicId(),
                languageGiven ? language : existing.language(),
                existing.phone() == null ? phone : existing.phone(),
                existing.telegramChatId() == null ? telegramChatId : existing.telegramChatId(),
                existing.email() == null ? email : existing.email(),
                existing.optedOut(), existing.createdAt(),
                birthYear != null ? birthYear : existing.birthYear(), gender != null ? gender : existing.gender());
    }

    /** The request field (and CSV column) that holds addresses of this kind. */
    static String fieldName(AddressKind kind) {
        return switch (kind) {
            case PHONE -> "phone";
            case TELEGRAM -> "telegramChatId";
            case EMAIL -> "email";
        };
    }

    private static void putIfPresent(Map<AddressKind, String> addresses, AddressKind kind, String address) {
        if (address != null) {
            addresses.put(kind, address);
        }
    }
}
