package org.sawt.conversation;

import java.util.List;
import java.util.UUID;
import org.sawt.channel.AcceptedInbound;
import org.sawt.channel.Choice;
import org.sawt.channel.InboundLog.Outcome;
import org.sawt.channel.InboundMessage;
import org.sawt.channel.OutboundMessage;
import org.sawt.channel.Outbox;
import org.sawt.contact.Contact;
import org.sawt.engagement.Engagement;
import org.springframework.stereotype.Component;

/** Ends the handling of an inbound message: records its outcome and queues the one reply it gets. */
@Component
class Replies {

    private final Outbox outbox;

    Replies(Outbox outbox) {
        this.outbox = outbox;
    }

    List<OutboundMessage> send(AcceptedInbound inbound, Contact contact, Engagement engagement, Outcome outcome,
            String text) {
        return send(inbound, contact, engagement, outcome, text, List.of());
    }

    List<OutboundMessage> send(AcceptedInbound inbound, Contact contact, Engagement engagement, Outcome outcome,
            String text, List<Choice> choices) {
        UUID contactId = contact == null ? null : contact.id();
        UUID engagementId = engagement == null ? null : engagement.id();
        InboundMessage message = inbound.message();
        OutboundMessage reply = OutboundMessage.to(message.channel(), message.address(), text, contactId,
                engagementId, null).withChoices(choices);
        outbox.queueReply(reply, inbound.id(), outcome);
        return List.of(reply);
    }
}
