package org.sawt.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.sawt.event.CloudEvents;
import org.sawt.event.StoredEvent;
import org.springframework.stereotype.Component;

/**
 * Makes one delivery attempt: POSTs the CloudEvent with the Standard Webhooks headers. {@code webhook-id} is the
 * event id, the same on every attempt; {@code webhook-timestamp} and the signatures are those of this attempt.
 * Redirects are not followed (the spec counts them as failures: update the URL instead). A receiver whose host now
 * resolves to a forbidden address ({@link ReceiverGuard}) is not called: the attempt fails with the reason. The
 * client then resolves the host again, but through the JVM's address cache (30 s), so it connects to the addresses
 * just checked.
 */
@Component
class WebhookSender {

    private static final int ERROR_BODY_CHARS = 300;

    private final CloudEvents cloudEvents;
    private final WebhookSettings settings;
    private final ReceiverGuard guard;
    private final HttpClient http;

    WebhookSender(CloudEvents cloudEvents, WebhookSettings settings, ReceiverGuard guard) {
        this.cloudEvents = cloudEvents;
        this.settings = settings;
        this.guard = guard;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.connectTimeout()).build();
    }

    DeliveryOutcome send(Subscriptions.Endpoint endpoint, StoredEvent event) {
        Optional<String> refusal = guard.refusal(endpoint.url());
        if (refusal.isPresent()) {
            return new DeliveryOutcome(0, "not sent: " + refusal.get(), null);
        }
        String id = event.eventId().toString();
        long timestamp = Instant.now().getEpochSecond();
        String body = cloudEvents.body(event);
        HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                .timeout(settings.timeout())
                .header("Content-Type", CloudEvents.MEDIA_TYPE + "; charset=utf-8")
                .header("User-Agent", "Sawt-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", endpoint.signatures(id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream answer = response.body()) {
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return new DeliveryOutcome(status, null, null);
                }
                String text = new String(answer.readNBytes(ERROR_BODY_CHARS), StandardCharsets.UTF_8);
                return new DeliveryOutcome(status, "HTTP " + status + (text.isBlank() ? "" : ": " + text.strip()),
                        retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
            }
        } catch (HttpTimeoutException e) {
            return new DeliveryOutcome(0, "no answer within " + settings.timeout().toSeconds() + " s", null);
        } catch (IOException e) {
            return new DeliveryOutcome(0, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryOutcome(0, "interrupted: the instance is stopping", null);
        }
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(Instant.now(),
                        ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
