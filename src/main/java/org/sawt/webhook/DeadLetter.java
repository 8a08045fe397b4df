package org.sawt.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * An event a subscription gave up on: {@code DEAD}, {@code REPLAYING} (asked for again, being delivered) or
 * {@code REPLAYED}; {@code event} is the CloudEvent as it is sent.
 */
record DeadLetter(long id, String status, int attempts, String lastError, Instant failedAt, Instant replayedAt,
        JsonNode event) {
}
