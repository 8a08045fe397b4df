package org.sawt.channel.smpp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sawt.channel.PermanentSendFailure;
import org.sawt.sms.SmsEncoding;
import org.sawt.sms.SmsSegments;

/**
 * A text as the short_message of each submit_sm that carries it, with the data_coding they share: GSM 03.38
 * unpacked septets (0x00) or UCS-2 (0x08). {@link SmsEncoding} decides the alphabet and where a long text is cut;
 * each part of a long text then starts with a concatenation header (05 00 03 reference total sequence).
 */
record ShortMessageSegments(byte dataCoding, List<byte[]> parts) {

    static final byte GSM_DEFAULT = 0x00;
    static final byte UCS2 = 0x08;

    private static final int MAX_PARTS = 255;
    private static final int UDH_LENGTH = 5;
    private static final byte IEI_CONCATENATED_8BIT = 0x00;

    static ShortMessageSegments of(String text, SmsEncoding encoding) {
        boolean gsm = encoding.analyse(text).encoding() == SmsSegments.Encoding.GSM7;
        List<String> parts = encoding.split(text);
        if (parts.size() > MAX_PARTS) {
            throw new PermanentSendFailure("Text needs " + parts.size() + " SMS parts; concatenation allows "
                    + MAX_PARTS);
        }
        // one alphabet for all parts: a part of an Arabic text may happen to hold only GSM characters
        return new ShortMessageSegments(gsm ? GSM_DEFAULT : UCS2, parts.stream()
                .map(part -> gsm ? encoding.encode(part) : part.getBytes(StandardCharsets.UTF_16BE)).toList());
    }

    /** The short_message of each submit_sm: the parts behind their concatenation headers when there are several. */
    byte[][] withConcatenationHeaders(int reference) {
        if (parts.size() == 1) {
            return new byte[][] {parts.get(0)};
        }
        List<byte[]> messages = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            ByteArrayOutputStream message = new ByteArrayOutputStream(UDH_LENGTH + 1 + parts.get(i).length);
            message.writeBytes(new byte[] {UDH_LENGTH, IEI_CONCATENATED_8BIT, 3, (byte) reference,
                    (byte) parts.size(), (byte) (i + 1)});
            message.writeBytes(parts.get(i));
            messages.add(message.toByteArray());
        }
        return messages.toArray(new byte[0][]);
    }
}
