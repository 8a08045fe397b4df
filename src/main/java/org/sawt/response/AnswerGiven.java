package org.sawt.response;

import java.time.Instant;
import java.util.UUID;

/**
 * One answer as it was given (a revision: a changed answer is a new one), in the order of {@code id}, which never
 * changes; {@code responseId} groups the answers of one participant in the engagement.
 */
public record AnswerGiven(long id, UUID responseId, UUID contactId, String questionKey, Object answer,
        String channel, Instant receivedAt) {
}
