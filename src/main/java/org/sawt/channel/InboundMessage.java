package org.sawt.channel;

import java.time.Instant;

/**
 * What every channel adapter turns a provider's request into: who wrote (an address of the channel's
 * {@link org.sawt.shared.AddressKind}), what they wrote, and the provider's id for de-duplication.
 */
public record InboundMessage(String channel, String address, String text, String providerMessageId,
        Instant receivedAt) {
}
