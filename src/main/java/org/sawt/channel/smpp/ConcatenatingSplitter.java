package org.sawt.channel.smpp;

import org.apache.camel.component.smpp.SmppSplitter;

/**
 * Hands camel-smpp the short messages we encoded and split ourselves (header {@code CamelSmppSplitter}): its own
 * splitters take the body as bytes of a Java charset, and GSM 03.38 is none, so it would send Latin-1 with
 * data_coding 0 (no € or {, a wrong @ and _), and may cut between an escape and its code.
 */
final class ConcatenatingSplitter extends SmppSplitter {

    private final byte[][] shortMessages;

    ConcatenatingSplitter(ShortMessageSegments segments, int reference) {
        // the lengths only drive SmppSplitter.split, which this class replaces
        super(0, 0, 0);
        this.shortMessages = segments.withConcatenationHeaders(reference);
    }

    @Override
    public byte[][] split(byte[] bodyInJavaCharset) {
        return shortMessages.clone();
    }
}
