package org.sawt.channel;

import java.util.UUID;

/** An inbound message after it was stored: from here on it cannot be lost. */
public record AcceptedInbound(UUID id, InboundMessage message) {
}
