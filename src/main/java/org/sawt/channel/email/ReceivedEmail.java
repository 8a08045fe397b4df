package org.sawt.channel.email;

import java.time.Instant;
import java.util.List;

/**
 * An email read from the mailbox, reduced to what the gateway uses: what kind it is, who sent it (lower case),
 * its Message-ID, the new text only, the reply token found in its recipients or subject, and for a bounce the
 * addresses that failed and the Message-ID of our message that bounced.
 */
public record ReceivedEmail(Kind kind, String sender, String messageId, String text, Instant receivedAt, String token,
        List<String> failedRecipients, String bouncedMessageId) {

    /** What the gateway does with it. */
    public enum Kind {
        /** Written by a person: an answer, a keyword or a question. */
        REPLY,
        /** A delivery failure report: the address is undeliverable. */
        BOUNCE,
        /** Written by a machine (out-of-office, delay notice, list mail): not counted, not answered. */
        AUTOMATIC
    }

    public ReceivedEmail {
        failedRecipients = failedRecipients == null ? List.of() : List.copyOf(failedRecipients);
    }

    public boolean isBounce() {
        return kind == Kind.BOUNCE;
    }

    public boolean isAutomatic() {
        return kind == Kind.AUTOMATIC;
    }

    /** Names the kind only: addresses and text are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "ReceivedEmail[kind=" + kind + ", messageId=" + messageId + "]";
    }
}
