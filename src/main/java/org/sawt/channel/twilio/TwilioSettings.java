package org.sawt.channel.twilio;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Twilio account and senders, from the environment (TWILIO_*); an account without any sender is refused at
 * start. {@code apiBaseUrl} points the SDK at a Twilio-compatible provider or a test fake.
 */
@ConfigurationProperties("sawt.channels.twilio")
record TwilioSettings(String accountSid, String authToken, String fromNumber, String messagingServiceSid,
        String whatsappFrom, URI apiBaseUrl) {

    private static final URI TWILIO_API = URI.create("https://api.twilio.com");

    TwilioSettings {
        accountSid = blankToNull(accountSid);
        authToken = blankToNull(authToken);
        fromNumber = blankToNull(fromNumber);
        messagingServiceSid = blankToNull(messagingServiceSid);
        whatsappFrom = blankToNull(whatsappFrom);
        apiBaseUrl = apiBaseUrl == null || apiBaseUrl.toString().isBlank() ? TWILIO_API : apiBaseUrl;
        if (accountSid != null && authToken != null && fromNumber == null && messagingServiceSid == null
                && whatsappFrom == null) {
            throw new IllegalStateException("Twilio has an account (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN) but no "
                    + "sender: set TWILIO_FROM_NUMBER, TWILIO_MESSAGING_SERVICE_SID or TWILIO_WHATSAPP_FROM");
        }
    }

    /** Whether the account credentials are there; without them nothing can be sent or verified. */
    boolean hasAccount() {
        return accountSid != null && authToken != null;
    }

    /** Settings with every secret left out, safe for logs and error messages. */
    @Override
    public String toString() {
        return "TwilioSettings[accountSid=" + accountSid + ", authToken=" + (authToken == null ? "unset" : "***")
                + ", fromNumber=" + fromNumber + ", messagingServiceSid=" + messagingServiceSid
                + ", whatsappFrom=" + whatsappFrom + ", apiBaseUrl=" + apiBaseUrl + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
