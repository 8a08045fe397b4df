package org.sawt.channel.twilio;

import org.sawt.channel.ChannelAdapter;
import org.sawt.channel.OutboundMessage;
import org.sawt.shared.AddressKind;
import org.sawt.sms.BillingUnit;
import org.springframework.stereotype.Component;

/** SMS through Twilio or a Twilio-compatible provider; on with the account and a number or Messaging Service. */
@Component
public class TwilioSmsAdapter implements ChannelAdapter {

    static final String NAME = "twilio-sms";

    private final TwilioSettings settings;
    private final TwilioMessages messages;

    TwilioSmsAdapter(TwilioSettings settings, TwilioMessages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AddressKind addressKind() {
        return AddressKind.PHONE;
    }

    @Override
    public boolean enabled() {
        return settings.hasAccount() && (settings.fromNumber() != null || settings.messagingServiceSid() != null);
    }

    /** Twilio bills SMS per segment. */
    @Override
    public BillingUnit billingUnit() {
        return BillingUnit.SEGMENT;
    }

    /** A Messaging Service, when set, picks the sender from its pool; otherwise the message comes from the number. */
    @Override
    public String send(OutboundMessage message) {
        String from = settings.messagingServiceSid() == null ? settings.fromNumber() : null;
        return messages.create(message, message.address(), from, settings.messagingServiceSid());
    }
}
