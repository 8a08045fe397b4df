package org.sawt.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are delivered.
 *
 * @param timeout            how long one attempt may take until the receiver's answer (15-30 s recommended)
 * @param retrySchedule      the wait after each failed attempt; when it is used up the event is dead-lettered
 * @param jitter             each wait is varied at random by up to this fraction, so failed receivers are not
 *                           hit by every retry at the same moment
 * @param maxRetryAfter      the longest Retry-After of a receiver that is honoured
 * @param rotationOverlap    how long the previous secret keeps signing after a rotation
 * @param workers            lanes (subscription and engagement) delivered at the same time per instance
 * @param eventsPerLease     the most events delivered from one lane before it is handed back
 * @param allowPrivateNetworks receivers may be on loopback, private, link-local or CGNAT addresses (off: such
 *                           URLs are refused, see {@link ReceiverGuard})
 */
@ConfigurationProperties("sawt.webhooks")
record WebhookSettings(Duration timeout, List<Duration> retrySchedule, double jitter, Duration maxRetryAfter,
        Duration rotationOverlap, int workers, int eventsPerLease, boolean allowPrivateNetworks) {

    /** Connecting counts apart from the answer; it should never take long. */
    Duration connectTimeout() {
        return timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10);
    }

    /** A lane is leased long enough for a few attempts; a worker stops taking events well before it ends. */
    Duration lease() {
        return timeout.plus(connectTimeout()).multipliedBy(4);
    }
}
