package org.sawt.trigger;

import java.time.Instant;
import java.util.UUID;

/**
 * What became of a trigger: the engagement was queued to be sent now, deferred to the end of quiet hours
 * ({@code notBefore}), or skipped ({@code reason} says why). A repeated trigger id gets this same outcome.
 */
record TriggerOutcome(String triggerId, String serviceCode, UUID engagementId, Status status, String reason,
        UUID broadcastId, Instant notBefore, Instant receivedAt) {

    enum Status { QUEUED, DEFERRED, SKIPPED }
}
