package org.sawt.contact;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.sawt.shared.InvalidRequestException;

/** Position after the last contact of a page: (created_at, id), opaque to clients. */
record ContactCursor(Instant createdAt, UUID id) {

    static ContactCursor after(Contact last) {
        return new ContactCursor(last.createdAt(), last.id());
    }

    String encode() {
        String plain = createdAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a previous page returned; anything else is a 400 on {@code cursor}. */
    static ContactCursor decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", 2);
            return new ContactCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw InvalidRequestException.of("cursor", "is not a cursor returned by this API");
        }
    }
}
