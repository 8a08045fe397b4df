package org.sawt.channel.twilio;

import java.util.Map;
import java.util.Optional;
import org.sawt.channel.Outbox;

/**
 * Twilio's outbound MessageStatus values and what each means for our outbox. Twilio's list:
 * twilio.com/docs/messaging/api/message-resource#message-status-values; status callbacks:
 * twilio.com/docs/messaging/guides/outbound-message-status-in-status-callbacks.
 */
final class TwilioStatuses {

    private static final Map<String, Outbox.Status> TO_OUTBOX = Map.ofEntries(
            Map.entry("accepted", Outbox.Status.SENT),       // a Messaging Service took it
            Map.entry("scheduled", Outbox.Status.SENT),
            Map.entry("queued", Outbox.Status.SENT),
            Map.entry("sending", Outbox.Status.SENT),
            Map.entry("sent", Outbox.Status.SENT),           // handed to the carrier
            Map.entry("partially_delivered", Outbox.Status.SENT),
            Map.entry("delivered", Outbox.Status.DELIVERED),
            Map.entry("read", Outbox.Status.DELIVERED),      // WhatsApp read receipt
            Map.entry("undelivered", Outbox.Status.FAILED),
            Map.entry("failed", Outbox.Status.FAILED),
            Map.entry("canceled", Outbox.Status.FAILED));

    private TwilioStatuses() {
    }

    /** Our status for Twilio's, or empty for a value Twilio does not use for outbound messages. */
    static Optional<Outbox.Status> toOutbox(String messageStatus) {
        return Optional.ofNullable(messageStatus == null ? null : TO_OUTBOX.get(messageStatus));
    }
}
