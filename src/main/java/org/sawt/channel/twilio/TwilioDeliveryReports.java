package org.sawt.channel.twilio;

import java.util.Optional;
import org.sawt.channel.Outbox;
import org.sawt.shared.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Applies Twilio's status callbacks to the messages we sent: the new status and Twilio's ErrorCode as the error
 * (what error 21610 then does: {@link TwilioUnsubscribes}).
 */
@Component
class TwilioDeliveryReports {

    private final Outbox outbox;

    TwilioDeliveryReports(Outbox outbox) {
        this.outbox = outbox;
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
        outbox.recordDeliveryReport(TwilioInboundMessages.channelOf(form.getFirst("To")), sid, status.get(),
                hasError ? error(errorCode) : null);
    }

    /** The error stored on a message for Twilio's ErrorCode. */
    static String error(String errorCode) {
        return "Twilio error " + errorCode;
    }
}
