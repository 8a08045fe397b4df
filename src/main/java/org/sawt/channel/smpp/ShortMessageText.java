package org.sawt.channel.smpp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jsmpp.bean.Alphabet;
import org.sawt.sms.SmsEncoding;

/** Decodes short_message bytes by their data_coding: GSM 03.38, UCS-2, IA5/ASCII, else Latin-1. */
final class ShortMessageText {

    private ShortMessageText() {
    }

    static String decode(byte dataCoding, byte[] bytes) {
        switch (alphabet(dataCoding)) {
            case ALPHA_DEFAULT:
                return SmsEncoding.decodeGsm7(withoutTrailingNul(bytes));
            case ALPHA_UCS2:
                return new String(bytes, StandardCharsets.UTF_16BE);
            case ALPHA_IA5:
                return new String(withoutTrailingNul(bytes), StandardCharsets.US_ASCII);
            default:
                return new String(withoutTrailingNul(bytes), StandardCharsets.ISO_8859_1);
        }
    }

    private static Alphabet alphabet(byte dataCoding) {
        try {
            return Alphabet.parseDataCoding(dataCoding);
        } catch (IllegalArgumentException reserved) {
            return Alphabet.ALPHA_LATIN1;
        }
    }

    /** Some SMSCs end short_message with a C-string NUL, which GSM 03.38 would read as '@'. */
    private static byte[] withoutTrailingNul(byte[] bytes) {
        return bytes.length > 0 && bytes[bytes.length - 1] == 0 ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }
}
