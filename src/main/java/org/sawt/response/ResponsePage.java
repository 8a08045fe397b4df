package org.sawt.response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One page of responses; {@code nextCursor} is null on the last page. */
public record ResponsePage(List<Item> items, Long nextCursor) {

    /** A participant's response, under their pseudonymous id only. */
    public record Item(String participantId, Map<String, Object> answers, String channel, Instant receivedAt,
            Instant updatedAt) {
    }
}
