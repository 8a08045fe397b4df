package org.sawt.response;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction that stored an answer, so listeners (the event outbox) commit or roll back
 * with it. {@code firstAnswer} is true when the answer created the participant's response;
 * {@code previousAnswerJson} is the replaced answer as JSON, or null. {@code birthYear} and {@code gender} are the
 * participant's as stored (null: not stated), read with the answer so listeners need not look them up.
 */
public record ResponseRecorded(UUID engagementId, UUID contactId, String questionKey, Object answer,
        String previousAnswerJson, boolean firstAnswer, String channel, Instant receivedAt, Integer birthYear,
        String gender) {
}
