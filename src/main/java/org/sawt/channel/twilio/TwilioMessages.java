package org.sawt.channel.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.util.regex.Pattern;
import org.sawt.channel.OutboundMessage;
import org.sawt.channel.PermanentSendFailure;
import org.springframework.stereotype.Component;

/**
 * Creates messages through Twilio's Messages API (SMS and WhatsApp alike). Answers Twilio asks to retry (429, 5xx)
 * fail as {@link TwilioTemporaryFailure} (see {@link TwilioRestClients}), as do lost connections; any other refusal
 * is permanent, with Twilio's code and message as the reason.
 */
@Component
class TwilioMessages {

    private static final Pattern PHONE_NUMBER = Pattern.compile("(?<![\\w+])\\+?\\d{7,15}(?!\\w)");

    private final TwilioWebhookUrls urls;
    private final TwilioUnsubscribes unsubscribes;
    private final TwilioRestClient client;

    TwilioMessages(TwilioSettings settings, TwilioWebhookUrls urls, TwilioUnsubscribes unsubscribes) {
        this.urls = urls;
        this.unsubscribes = unsubscribes;
        this.client = settings.hasAccount() ? TwilioRestClients.create(settings) : null;
    }

    /** Sends {@code message} to {@code to} from a number, or through a Messaging Service when {@code from} is null. */
    String create(OutboundMessage message, String to, String from, String messagingServiceSid) {
        if (client == null) {
            throw new PermanentSendFailure("Twilio is not configured: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN");
        }
        MessageCreator creator = from != null
                ? Message.creator(new PhoneNumber(to), new PhoneNumber(from), message.text())
                : Message.creator(new PhoneNumber(to), messagingServiceSid, message.text());
        try {
            return creator.setStatusCallback(urls.statusCallback()).create(client).getSid();
        } catch (ApiConnectionException e) {
            throw new TwilioTemporaryFailure("Twilio did not answer: " + e.getMessage());
        } catch (ApiException e) {
            throw refusal(message, e);
        }
    }

    // Twilio's messages may name the recipient's number: only the masked reason goes on, never the SDK's exception,
    // so the number reaches neither the logs nor the dead letters.
    private RuntimeException refusal(OutboundMessage message, ApiException e) {
        String reason = maskedReason(e);
        if (e.getStatusCode() == null) {
            return new TwilioTemporaryFailure("Twilio's answer could not be read: " + reason);
        }
        if (Integer.valueOf(TwilioUnsubscribes.ERROR_CODE).equals(e.getCode())) {
            unsubscribes.optOut(message);
        }
        return new PermanentSendFailure(reason);
    }

    /** Twilio's code and message with any phone number in it masked. */
    static String maskedReason(ApiException e) {
        return "Twilio error " + e.getCode() + " (HTTP " + e.getStatusCode() + "): "
                + PHONE_NUMBER.matcher(String.valueOf(e.getMessage())).replaceAll("<number>");
    }
}
