package org.sawt.channel.twilio;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sawt.ApiClient;

/**
 * Plays Twilio calling the gateway's webhooks: form posts signed the way Twilio signs them (HMAC-SHA1 over the
 * public URL and the sorted fields, computed here independently of the SDK), or signed wrongly, or not at all.
 */
public final class TwilioWebhookClient {

    private final String localUrl;
    private final String publicUrl;
    private final String authToken;

    TwilioWebhookClient(String localUrl, String publicUrl, String authToken) {
        this.localUrl = localUrl;
        this.publicUrl = publicUrl;
        this.authToken = authToken;
    }

    /** Posts the fields, signed by Twilio for the public URL of {@code path}. */
    ApiClient.Reply post(String path, List<Map.Entry<String, String>> fields) {
        return post(path, encode(fields), signature(authToken, publicUrl + path, fields));
    }

    /** Posts a raw form body (a recorded Twilio payload), signed by Twilio for the public URL of {@code path}. */
    ApiClient.Reply postRecorded(String path, String formBody) {
        return post(path, formBody, signature(authToken, publicUrl + path, decode(formBody)));
    }

    /** Posts the form body with the given signature header, or none when {@code signature} is null. */
    ApiClient.Reply post(String path, String formBody, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(localUrl + path))
                .POST(HttpRequest.BodyPublishers.ofString(formBody, StandardCharsets.UTF_8))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return ApiClient.exchange(request.build());
    }

    public static String signature(String authToken, String url, List<Map.Entry<String, String>> fields) {
        String signed = url + fields.stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(field -> field.getKey() + field.getValue()).collect(Collectors.joining());
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static List<Map.Entry<String, String>> decode(String formBody) {
        return Arrays.stream(formBody.split("&")).map(pair -> {
            String[] parts = pair.split("=", 2);
            return Map.entry(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }).toList();
    }
}
