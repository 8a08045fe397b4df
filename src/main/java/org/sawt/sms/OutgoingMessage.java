package org.sawt.sms;

import java.util.Objects;

/**
 * One message about to be sent: the recipient's address (an E.164 number on phone channels, a chat id or an email
 * address otherwise) and the text exactly as it will go out.
 */
public record OutgoingMessage(String address, String text) {

    public OutgoingMessage {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(text, "text");
    }
}
