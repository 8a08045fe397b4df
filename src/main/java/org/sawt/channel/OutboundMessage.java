package org.sawt.channel;

import java.util.List;
import java.util.UUID;

/**
 * A message to one address on one channel, stored in the outbox before it is sent. {@code text} is complete on
 * its own (options are written out in it); {@code choices} lets channels with buttons offer them as well.
 */
public record OutboundMessage(UUID id, String channel, String address, String text, List<Choice> choices,
        UUID contactId, UUID engagementId, UUID broadcastId) {

    public OutboundMessage {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A new message with a fresh id and no choices. */
    public static OutboundMessage to(String channel, String address, String text, UUID contactId,
            UUID engagementId, UUID broadcastId) {
        return new OutboundMessage(UUID.randomUUID(), channel, address, text, List.of(), contactId, engagementId,
                broadcastId);
    }

    public OutboundMessage withChoices(List<Choice> offered) {
        return new OutboundMessage(id, channel, address, text, offered, contactId, engagementId, broadcastId);
    }
}
