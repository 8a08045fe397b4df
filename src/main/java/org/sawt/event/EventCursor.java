package org.sawt.event;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.sawt.shared.InvalidRequestException;

/** The opaque polling cursor: a position in the event stream. */
final class EventCursor {

    private static final String PREFIX = "e:";

    private EventCursor() {
    }

    static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor stands for; the start of the stream when there is none. */
    static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (plain.startsWith(PREFIX)) {
                long position = Long.parseLong(plain.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw InvalidRequestException.of("after",
                "is not a cursor this API gave out; pass nextCursor from the previous page, or nothing to start");
    }
}
