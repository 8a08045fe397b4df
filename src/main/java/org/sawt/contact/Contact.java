package org.sawt.contact;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.sawt.shared.AddressKind;
import org.sawt.shared.Language;

/**
 * A participant of one agency: where to reach them, their language, whether they opted out, and the optional
 * demographics the agency gave ({@code gender} is female, male or other); only bands of those leave the gateway.
 */
public record Contact(UUID id, UUID agencyId, String publicId, Language language, String phone,
        String telegramChatId, String email, boolean optedOut, Instant createdAt, Integer birthYear, String gender) {

    /** The address of this kind, if the contact has one; phones are E.164. */
    public Optional<String> address(AddressKind kind) {
        return Optional.ofNullable(switch (kind) {
            case PHONE -> phone;
            case TELEGRAM -> telegramChatId;
            case EMAIL -> email;
        });
    }
}
