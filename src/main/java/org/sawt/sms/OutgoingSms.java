package org.sawt.sms;

import java.util.Objects;

/** One SMS about to be sent: the recipient's E.164 number and the text exactly as it will go out. */
public record OutgoingSms(String e164Phone, String text) {

    public OutgoingSms {
        Objects.requireNonNull(e164Phone, "e164Phone");
        Objects.requireNonNull(text, "text");
    }
}
