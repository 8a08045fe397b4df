package org.sawt.webhook;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;

/** When to try a failed delivery again: exponential steps with jitter, or never (dead letter). */
@Component
class RetrySchedule {

    private final WebhookSettings settings;

    RetrySchedule(WebhookSettings settings) {
        this.settings = settings;
    }

    /**
     * The wait after the {@code failedAttempts}-th failure (1 for the first), at least the receiver's Retry-After
     * (capped); empty once the schedule is used up.
     */
    Optional<Duration> after(int failedAttempts, Duration retryAfter) {
        if (failedAttempts > settings.retrySchedule().size()) {
            return Optional.empty();
        }
        Duration step = settings.retrySchedule().get(failedAttempts - 1);
        double factor = 1 + settings.jitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        Duration wait = Duration.ofMillis(Math.round(step.toMillis() * factor));
        if (retryAfter != null) {
            Duration honoured = retryAfter.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : retryAfter;
            wait = honoured.compareTo(wait) > 0 ? honoured : wait;
        }
        return Optional.of(wait);
    }
}
