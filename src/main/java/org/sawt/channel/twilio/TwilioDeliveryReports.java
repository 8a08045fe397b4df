package org.sawt.channel.twilio;

import java.util.Optional;
import org.sawt.channel.Outbox;
import org.sawt.contact.Contacts;
import org.sawt.shared.AddressKind;
import org.sawt.shared.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Applies Twilio's status callbacks to the messages we sent: the new status, Twilio's ErrorCode as the error, and
 * error 21610 (the recipient unsubscribed from our sender by replying STOP to the carrier) opts the contact out.
 */
@Component
class TwilioDeliveryReports {

    private final Outbox outbox;
    private final Contacts contacts;

    TwilioDeliveryReports(Outbox outbox, Contacts contacts) {
        this.outbox = outbox;
        this.contacts = contacts;
    }

    /** Records one status callback; a 400 names a missing MessageSid or an unknown MessageStatus. */
    void record(MultiValueMap<String, String> form) {
        String sid = form.getFirst("MessageSid");
        String messageStatus = form.getFirst("MessageStatus");
        Optional<Outbox.Status> status = TwilioStatuses.toOutbox(messageStatus);
        FieldErrors errors = new FieldErrors();
        errors.check(sid != null && !sid.isBlank(), "MessageSid", "is required");
        errors.check(status.isPresent(), "MessageStatus", "unknown status '" + messageStatus + "'");
        errors.throwIfAny();
        // Our outbound route marks a message SENT once Twilio took it; on-the-way reports add nothing, and as
        // callbacks may arrive out of order, a late "sent" must not overwrite "delivered".
        if (status.get() == Outbox.Status.SENT) {
            return;
        }
        String errorCode = form.getFirst("ErrorCode");
        boolean hasError = errorCode != null && !errorCode.isBlank();
        String channel = TwilioInboundMessages.channelOf(form.getFirst("To"));
        outbox.recordDeliveryReport(channel, sid, status.get(), hasError ? "Twilio error " + errorCode : null)
                .filter(message -> String.valueOf(TwilioMessages.UNSUBSCRIBED_RECIPIENT).equals(errorCode))
                .ifPresent(message -> contacts.optOutAddress(AddressKind.PHONE, message.address(), channel,
                        TwilioMessages.UNSUBSCRIBED_REASON));
    }
}
