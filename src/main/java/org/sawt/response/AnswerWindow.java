package org.sawt.response;

import java.time.Instant;

/**
 * Which answers given to read: ids after {@code afterId} or before {@code beforeId}, received after {@code from}
 * (exclusive) and up to {@code upTo} (inclusive); null bounds do not limit.
 */
public record AnswerWindow(Long afterId, Long beforeId, Instant from, Instant upTo) {
}
