package org.sawt.webhook;

import java.time.Duration;

/**
 * How one attempt ended. {@code status} is the receiver's HTTP status, 0 when there was no answer (refused,
 * reset, timed out); {@code retryAfter} its Retry-After, if any.
 */
record DeliveryOutcome(int status, String error, Duration retryAfter) {

    boolean delivered() {
        return status >= 200 && status < 300;
    }

    /** 410 Gone: the receiver wants no more webhooks from us. */
    boolean gone() {
        return status == 410;
    }

    /** 429, 502, 504: the receiver is overloaded; the whole endpoint should slow down, not just this lane. */
    boolean slowDown() {
        return status == 429 || status == 502 || status == 504;
    }
}
