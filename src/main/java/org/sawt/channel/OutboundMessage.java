package org.sawt.channel;

import java.util.UUID;

/** A message to one address on one channel, stored in the outbox before it is sent. */
public record OutboundMessage(UUID id, String channel, String address, String text, UUID contactId,
        UUID engagementId, UUID broadcastId) {

    /** A new message with a fresh id. */
    public static OutboundMessage to(String channel, String address, String text, UUID contactId,
            UUID engagementId, UUID broadcastId) {
        return new OutboundMessage(UUID.randomUUID(), channel, address, text, contactId, engagementId, broadcastId);
    }
}
