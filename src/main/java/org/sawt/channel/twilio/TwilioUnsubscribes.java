package org.sawt.channel.twilio;

import java.util.Set;
import org.sawt.channel.DeliveryReportApplied;
import org.sawt.channel.OutboundMessage;
import org.sawt.contact.Contacts;
import org.sawt.shared.AddressKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Twilio error 21610: the recipient replied STOP to the carrier, so Twilio no longer delivers from our sender. The
 * address opts out as a STOP does, whether Twilio refused a message with that error or reported it in a status
 * callback, on time or before the message's SID was stored (then the report is applied when the SID is).
 */
@Component
class TwilioUnsubscribes {

    static final int ERROR_CODE = 21610;
    static final String REASON = "carrier reported unsubscribed (21610)";
    private static final Set<String> MESSAGING_CHANNELS = Set.of(TwilioSmsAdapter.NAME, TwilioWhatsAppAdapter.NAME);
    private static final String REPORTED_ERROR = TwilioDeliveryReports.error(String.valueOf(ERROR_CODE));

    private final Contacts contacts;

    TwilioUnsubscribes(Contacts contacts) {
        this.contacts = contacts;
    }

    /** Opts out the address the message was for. */
    void optOut(OutboundMessage message) {
        contacts.optOutAddress(AddressKind.PHONE, message.address(), message.channel(), REASON);
    }

    @EventListener
    void onDeliveryReport(DeliveryReportApplied report) {
        if (REPORTED_ERROR.equals(report.error()) && MESSAGING_CHANNELS.contains(report.message().channel())) {
            optOut(report.message());
        }
    }
}
