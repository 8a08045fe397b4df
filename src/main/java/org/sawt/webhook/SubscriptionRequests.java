package org.sawt.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.sawt.event.EventType;
import org.sawt.shared.FieldErrors;

/** Checks a subscription's URL (with where it leads) and event types, reporting every problem at once. */
final class SubscriptionRequests {

    private static final int MAX_URL_LENGTH = 2000;

    private SubscriptionRequests() {
    }

    static void check(SubscriptionRequest request, boolean creating, ReceiverGuard guard) {
        FieldErrors errors = new FieldErrors();
        if (request.url() != null || creating) {
            checkUrl(request.url(), guard, errors);
        }
        if (request.events() != null || creating) {
            checkEvents(request.events(), errors);
        }
        errors.throwIfAny();
    }

    /** The event types without repeats, in the order given. */
    static List<String> events(List<String> events) {
        return List.copyOf(new LinkedHashSet<>(events));
    }

    private static void checkUrl(String url, ReceiverGuard guard, FieldErrors errors) {
        if (url == null || url.isBlank()) {
            errors.add("url", "is required: the http or https address that receives the events");
            return;
        }
        if (url.length() > MAX_URL_LENGTH) {
            errors.add("url", "must be at most " + MAX_URL_LENGTH + " characters");
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            errors.add("url", "is not a valid URL: " + e.getReason());
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            errors.add("url", "must start with https:// (or http://)");
        } else if (uri.getHost() == null || uri.getHost().isBlank()) {
            errors.add("url", "must name a host, as in https://portal.example.gov/hooks/sawt");
        } else if (uri.getUserInfo() != null) {
            errors.add("url", "must not hold credentials: requests are authenticated by their signature");
        } else if (uri.getFragment() != null) {
            errors.add("url", "must not have a #fragment");
        } else {
            guard.refusal(uri).ifPresent(reason -> errors.add("url", reason));
        }
    }

    private static void checkEvents(List<String> events, FieldErrors errors) {
        if (events == null || events.isEmpty()) {
            errors.add("events", "must list at least one of " + String.join(", ", EventType.names()));
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            if (EventType.of(events.get(i)).isEmpty()) {
                errors.add("events[" + i + "]", "'" + events.get(i) + "' is not an event type; use one of "
                        + String.join(", ", EventType.names()));
            }
        }
    }
}
