package org.sawt.channel.twilio;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The gateway's Twilio webhook addresses as Twilio sees them: behind proxies the request's own URL differs from
 * the public one Twilio signed, so signatures are checked against {@code sawt.public-url} + path + query.
 */
@Component
class TwilioWebhookUrls {

    static final String BASE_PATH = "/channels/twilio";
    private static final String STATUS_PATH = BASE_PATH + "/status";
    static final String VOICE_PATH = BASE_PATH + "/voice";

    private final String publicUrl;

    TwilioWebhookUrls(@Value("${sawt.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Where Twilio reports the status of the messages we send. */
    String statusCallback() {
        return publicUrl + STATUS_PATH;
    }

    /** Where Twilio asks what to say when a call starts, and after each keypress ({@code step}: the input's number). */
    String voice(int step) {
        return publicUrl + VOICE_PATH + (step == 0 ? "" : "?step=" + step);
    }

    /** Where Twilio reports how a call we placed ended. */
    String voiceStatusCallback() {
        return publicUrl + VOICE_PATH + "/status";
    }

    /** Where Twilio fetches a recorded prompt. */
    String prompt(String languageCode, String file) {
        return publicUrl + VOICE_PATH + "/prompts/" + languageCode + "/" + file;
    }

    /** The public URL of this request: what Twilio signed. */
    String publicUrlOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return publicUrl + path + (query == null ? "" : "?" + query);
    }
}
