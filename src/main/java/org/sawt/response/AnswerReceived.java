package org.sawt.response;

import java.time.Instant;
import java.util.UUID;

/** One accepted answer to one question, with where it came from. */
public record AnswerReceived(UUID engagementId, UUID contactId, String questionKey, Object value, String channel,
        UUID inboundMessageId, Instant receivedAt) {
}
