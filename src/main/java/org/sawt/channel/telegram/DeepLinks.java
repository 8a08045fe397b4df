package org.sawt.channel.telegram;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The payload of a deep link that opens an engagement: {@code e_} and the engagement id with or without its dashes,
 * as in {@code https://t.me/<bot>?start=e_0f8fad5bd9cb469fa16570867728950e} (34 characters; Telegram allows 64 of
 * A-Z, a-z, 0-9, _ and -).
 */
final class DeepLinks {

    static final String ENGAGEMENT_PREFIX = "e_";

    private static final Pattern HEX_ID = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern DASHED_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private DeepLinks() {
    }

    /** The engagement a deep-link payload names; empty for anything else. */
    static Optional<UUID> engagementId(String payload) {
        if (payload == null || !payload.startsWith(ENGAGEMENT_PREFIX)) {
            return Optional.empty();
        }
        String id = payload.substring(ENGAGEMENT_PREFIX.length());
        if (DASHED_ID.matcher(id).matches()) {
            return Optional.of(UUID.fromString(id));
        }
        if (HEX_ID.matcher(id).matches()) {
            return Optional.of(UUID.fromString(id.substring(0, 8) + "-" + id.substring(8, 12) + "-"
                    + id.substring(12, 16) + "-" + id.substring(16, 20) + "-" + id.substring(20)));
        }
        return Optional.empty();
    }
}
