package org.sawt.channel.twilio;

import com.twilio.security.RequestValidator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks {@code X-Twilio-Signature} with the SDK's {@link RequestValidator}: HMAC-SHA1 of the URL and the sorted
 * form fields under the auth token, compared in constant time, with and without the scheme's default port.
 */
final class TwilioSignature {

    private final RequestValidator validator;

    TwilioSignature(String authToken) {
        this.validator = new RequestValidator(authToken);
    }

    /** Whether {@code signature} is Twilio's signature of a form POST of {@code params} to {@code url}. */
    boolean matches(String url, Map<String, List<String>> params, String signature) {
        return signature != null && !signature.isBlank() && validator.validate(url, folded(params), signature);
    }

    // The SDK takes one value per field. Twilio signs a repeated field as field+value for each distinct value in
    // sorted order; joining those values with the field's name hands the SDK exactly the same bytes to sign.
    private static Map<String, String> folded(Map<String, List<String>> params) {
        Map<String, String> folded = new HashMap<>();
        params.forEach((name, values) -> folded.put(name, values.stream()
                .map(value -> value == null ? "" : value)
                .distinct().sorted()
                .collect(Collectors.joining(name))));
        return folded;
    }
}
