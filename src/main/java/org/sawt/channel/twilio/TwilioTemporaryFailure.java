package org.sawt.channel.twilio;

/** Twilio could not take the message now (429, 5xx, no answer); the shared error handler retries it. */
class TwilioTemporaryFailure extends RuntimeException {

    TwilioTemporaryFailure(String message) {
        super(message);
    }
}
