package org.sawt.channel.twilio;

import java.time.Instant;
import java.util.regex.Pattern;
import org.sawt.channel.InboundMessage;
import org.sawt.contact.InvalidPhoneNumberException;
import org.sawt.contact.PhoneNumbers;
import org.sawt.shared.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Reads Twilio's incoming-message webhook (twilio.com/docs/messaging/guides/webhook-request): the sender, whose
 * {@code whatsapp:} prefix tells WhatsApp from SMS, the text and the MessageSid that makes retries recognisable.
 */
@Component
class TwilioInboundMessages {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    private final PhoneNumbers phoneNumbers;

    TwilioInboundMessages(PhoneNumbers phoneNumbers) {
        this.phoneNumbers = phoneNumbers;
    }

    /** The message, or a 400 naming every missing or unusable field. */
    InboundMessage from(MultiValueMap<String, String> form) {
        FieldErrors errors = new FieldErrors();
        String sid = form.getFirst("MessageSid");
        errors.check(sid != null && !sid.isBlank(), "MessageSid", "is required");
        String from = form.getFirst("From");
        String address = null;
        if (errors.check(from != null && !from.isBlank(), "From", "is required")) {
            address = phone(stripWhatsApp(from), errors);
        }
        errors.throwIfAny();
        String body = form.getFirst("Body");
        return new InboundMessage(channelOf(from), address, body == null ? "" : body, sid, Instant.now());
    }

    /** The channel a Twilio address belongs to: {@code whatsapp:+...} is WhatsApp, anything else SMS. */
    static String channelOf(String twilioAddress) {
        return twilioAddress != null && twilioAddress.startsWith(TwilioWhatsAppAdapter.ADDRESS_PREFIX)
                ? TwilioWhatsAppAdapter.NAME : TwilioSmsAdapter.NAME;
    }

    private static String stripWhatsApp(String address) {
        return address.startsWith(TwilioWhatsAppAdapter.ADDRESS_PREFIX)
                ? address.substring(TwilioWhatsAppAdapter.ADDRESS_PREFIX.length()) : address;
    }

    // Twilio already sends E.164; it is kept as sent even when a new number range is missing from libphonenumber's
    // metadata, so a citizen's answer is never refused for it. Anything else is normalised or refused.
    private String phone(String raw, FieldErrors errors) {
        if (E164.matcher(raw).matches()) {
            return raw;
        }
        try {
            return phoneNumbers.toE164(raw);
        } catch (InvalidPhoneNumberException e) {
            errors.add("From", e.getMessage());
            return null;
        }
    }
}
