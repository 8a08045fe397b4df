package org.sawt.channel;

/**
 * The provider refused a message for a reason retrying cannot fix (bad number, unsubscribed recipient,
 * most 4xx answers); the shared error handler does not retry it. Any other exception is retried.
 */
public class PermanentSendFailure extends RuntimeException {

    public PermanentSendFailure(String message) {
        super(message);
    }

    public PermanentSendFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
