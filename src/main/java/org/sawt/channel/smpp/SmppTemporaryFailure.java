package org.sawt.channel.smpp;

/** The SMSC could not take a message now (bind down, throttled, queue full, no answer); the send is retried. */
class SmppTemporaryFailure extends RuntimeException {

    SmppTemporaryFailure(String message) {
        super(message);
    }

    SmppTemporaryFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
