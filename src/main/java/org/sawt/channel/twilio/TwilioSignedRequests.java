package org.sawt.channel.twilio;

import jakarta.servlet.http.HttpServletRequest;
import org.sawt.shared.ForbiddenException;
import org.sawt.shared.NotFoundException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Admits only requests Twilio signed for our public URL, for every Twilio webhook (messages, calls). */
final class TwilioSignedRequests {

    private final TwilioSignature signatures;
    private final TwilioWebhookUrls urls;

    TwilioSignedRequests(TwilioSettings settings, TwilioWebhookUrls urls) {
        this.signatures = settings.hasAccount() ? new TwilioSignature(settings.authToken()) : null;
        this.urls = urls;
    }

    /** The form fields when signed; 404 without a Twilio account, 403 when the signature is missing or wrong. */
    MultiValueMap<String, String> requireSigned(MultiValueMap<String, String> form, String signature,
            HttpServletRequest request, String channel) {
        if (signatures == null) {
            throw new NotFoundException("Channel", channel);
        }
        MultiValueMap<String, String> fields = form == null ? new LinkedMultiValueMap<>() : form;
        if (!signatures.matches(urls.publicUrlOf(request), fields, signature)) {
            throw new ForbiddenException("The " + TwilioWebhookController.SIGNATURE_HEADER + " header is missing or "
                    + "is not Twilio's signature of this request; check TWILIO_AUTH_TOKEN and that SAWT_PUBLIC_URL is "
                    + "the address Twilio calls.");
        }
        return fields;
    }
}
