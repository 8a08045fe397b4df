package org.sawt.channel.smpp;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jsmpp.bean.DeliverSm;
import org.sawt.channel.InboundMessage;
import org.springframework.stereotype.Component;

/**
 * Turns a citizen's deliver_sm into an {@link InboundMessage}. A part of a longer message gives null until its
 * last part arrives, and then the whole message. SMPP gives a mobile-originated message no id, so each gets a
 * fresh one: an SMSC that repeats a deliver_sm whose answer it lost delivers it twice.
 */
@Component
public class SmppInbound {

    private final SourceAddresses sourceAddresses;
    private final MultipartMessages multipartMessages;

    SmppInbound(SourceAddresses sourceAddresses, MultipartMessages multipartMessages) {
        this.sourceAddresses = sourceAddresses;
        this.multipartMessages = multipartMessages;
    }

    /** The message, or null while parts of it are still missing. */
    public InboundMessage toInboundMessage(DeliverSm deliverSm) {
        String source = sourceAddresses.toE164(deliverSm.getSourceAddrTon(), deliverSm.getSourceAddr());
        ShortMessagePart part = ShortMessagePart.of(deliverSm);
        Optional<byte[]> payload = part.concatenation() == null ? Optional.of(part.payload())
                : multipartMessages.add(source, part);
        return payload.map(bytes -> new InboundMessage(SmppAdapter.NAME, source,
                        ShortMessageText.decode(part.dataCoding(), bytes), "smpp-" + UUID.randomUUID(), Instant.now()))
                .orElse(null);
    }
}
