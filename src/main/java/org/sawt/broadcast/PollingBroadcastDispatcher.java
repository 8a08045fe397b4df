package org.sawt.broadcast;

import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.sawt.channel.OutboundMessage;
import org.sawt.channel.Outbox;
import org.sawt.contact.Contacts;
import org.sawt.conversation.Conversations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Claims what the outbox has due (safe with several instances) and hands it to the outbound route: queued
 * invitations, after checking consent once more at the moment of sending and starting each participant's
 * conversation, and replies that an instance stopped before sending.
 */
@Component("broadcastDispatcher")
public class PollingBroadcastDispatcher implements BroadcastDispatcher {

    private final Outbox outbox;
    private final Contacts contacts;
    private final Conversations conversations;
    private final ProducerTemplate camel;
    private final int batchSize;

    PollingBroadcastDispatcher(Outbox outbox, Contacts contacts, Conversations conversations, ProducerTemplate camel,
            @Value("${sawt.dispatch.batch-size:50}") int batchSize) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.conversations = conversations;
        this.camel = camel;
        this.batchSize = batchSize;
    }

    /** Sends batch after batch until the queue is empty, so a large broadcast does not wait for timer ticks. */
    @Override
    public int dispatchPending() {
        int sent = 0;
        List<OutboundMessage> batch;
        do {
            batch = outbox.claimDue(batchSize);
            batch.forEach(this::dispatch);
            sent += batch.size();
        } while (batch.size() == batchSize);
        return sent;
    }

    private void dispatch(OutboundMessage message) {
        if (message.broadcastId() == null) {
            camel.sendBody("direct:outbound", message); // a reply left behind by a stopped instance
            return;
        }
        if (contacts.isOptedOut(message.contactId())) {
            outbox.markSkipped(message.id(), "contact opted out before the invitation was sent");
            return;
        }
        conversations.invited(message.channel(), message.address(), message.contactId(), message.engagementId());
        camel.sendBody("direct:outbound", message);
    }
}
