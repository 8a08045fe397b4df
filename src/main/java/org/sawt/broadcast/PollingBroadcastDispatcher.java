package org.sawt.broadcast;

import java.time.Duration;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.sawt.channel.Channels;
import org.sawt.channel.OutboundMessage;
import org.sawt.channel.Outbox;
import org.sawt.contact.Contacts;
import org.sawt.conversation.Conversations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Claims what the outbox has due (safe with several instances) and hands it to the outbound route: queued
 * invitations, after checking consent once more at the moment of sending and starting each participant's
 * conversation, and replies that an instance stopped before sending. Messages for a channel that cannot take them
 * now (an SMPP link that is down) wait in the outbox, so one stalled provider does not hold up the others.
 */
@Component("broadcastDispatcher")
public class PollingBroadcastDispatcher implements BroadcastDispatcher {

    /** How long a message waits before its channel is asked again whether it can take it. */
    private static final Duration NOT_READY_WAIT = Duration.ofSeconds(2);

    private final Outbox outbox;
    private final Channels channels;
    private final Contacts contacts;
    private final Conversations conversations;
    private final ProducerTemplate camel;
    private final int batchSize;

    PollingBroadcastDispatcher(Outbox outbox, Channels channels, Contacts contacts, Conversations conversations,
            ProducerTemplate camel, @Value("${sawt.dispatch.batch-size:50}") int batchSize) {
        this.outbox = outbox;
        this.channels = channels;
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
        if (!channels.ready(message.channel())) {
            outbox.postpone(message, NOT_READY_WAIT);
            return;
        }
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
