package org.sawt.event;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as the outbox holds it once sequenced: {@code id} is the row's insertion number (internal),
 * {@code eventId} the public id, {@code position} the global cursor and {@code sequence} the order within the
 * engagement.
 */
public record StoredEvent(long id, UUID eventId, String type, UUID agencyId, UUID engagementId,
        String portalExternalId, String subject, Instant occurredAt, String dataJson, long position, long sequence) {
}
