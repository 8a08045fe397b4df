package org.sawt.channel.telegram;

/**
 * Telegram could not take the message now (a 5xx, no answer, or a 429 asking to wait longer than the adapter waits);
 * the shared error handler retries it. {@code retryAfterSeconds} is Telegram's wait when it gave one, else 0.
 */
class TelegramTemporaryFailure extends RuntimeException {

    private final int retryAfterSeconds;

    TelegramTemporaryFailure(String message, int retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
