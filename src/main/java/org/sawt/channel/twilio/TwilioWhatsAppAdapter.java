package org.sawt.channel.twilio;

import org.sawt.channel.ChannelAdapter;
import org.sawt.channel.OutboundMessage;
import org.sawt.shared.AddressKind;
import org.springframework.stereotype.Component;

/**
 * WhatsApp through Twilio's Messages API: the same account and webhooks as SMS, with addresses written
 * {@code whatsapp:+E164}. On when the account and TWILIO_WHATSAPP_FROM (the WhatsApp sender's number) are set.
 */
@Component
public class TwilioWhatsAppAdapter implements ChannelAdapter {

    static final String NAME = "twilio-whatsapp";
    static final String ADDRESS_PREFIX = "whatsapp:";

    private final TwilioSettings settings;
    private final TwilioMessages messages;

    TwilioWhatsAppAdapter(TwilioSettings settings, TwilioMessages messages) {
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
        return settings.hasAccount() && settings.whatsappFrom() != null;
    }

    @Override
    public String send(OutboundMessage message) {
        return messages.create(message, whatsApp(message.address()), whatsApp(settings.whatsappFrom()), null);
    }

    private static String whatsApp(String phone) {
        return phone.startsWith(ADDRESS_PREFIX) ? phone : ADDRESS_PREFIX + phone;
    }
}
