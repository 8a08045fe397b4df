package org.sawt.sms;

import java.util.Arrays;

/** The GSM 03.38 (3GPP TS 23.038) default alphabet and its extension table, with each character's septet code. */
final class Gsm0338 {

    /** Septet that announces a character from the extension table. */
    static final int ESCAPE = 0x1B;

    /** The basic table: the character at index i is septet i; index 0x1B is the escape, not a character. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ"
            + " !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** The extension table in use everywhere: each character here follows an escape, as the septet below it. */
    private static final String EXTENSION = "\f^{}\\[~]|€";
    private static final byte[] EXTENSION_SEPTETS = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    private static final int NONE = -1;
    private static final int EXTENDED = 0x100;

    /** Indexed by char: NONE, a basic septet, or EXTENDED plus an extension septet; flat, so analysis is cheap. */
    private static final short[] CODES = codes();

    private Gsm0338() {
    }

    /** Septets the character takes (1, or 2 for the extension table), or 0 when GSM 03.38 cannot represent it. */
    static int septets(char c) {
        int code = CODES[c];
        if (code == NONE) {
            return 0;
        }
        return code >= EXTENDED ? 2 : 1;
    }

    /** True when every character of the text is in the basic or extension table. */
    static boolean canEncode(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (CODES[text.charAt(i)] == NONE) {
                return false;
            }
        }
        return true;
    }

    /** The basic-table septet of the character, or -1 when it is not in the basic table. */
    static int basicSeptet(char c) {
        int code = CODES[c];
        return code >= EXTENDED ? NONE : code;
    }

    /** The extension-table septet (the one after the escape) of the character, or -1 when it is not there. */
    static int extensionSeptet(char c) {
        int code = CODES[c];
        return code >= EXTENDED ? code - EXTENDED : NONE;
    }

    /** Text from unpacked septets; an escape before an unknown code reads as that basic character (TS 23.038). */
    static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int septet = septets[i] & 0x7F;
            if (septet != ESCAPE) {
                text.append(BASIC.charAt(septet));
            } else if (i + 1 < septets.length) {
                int code = septets[++i] & 0x7F;
                int index = extensionIndex(code);
                text.append(index >= 0 ? EXTENSION.charAt(index) : code == ESCAPE ? ' ' : BASIC.charAt(code));
            }
        }
        return text.toString();
    }

    private static int extensionIndex(int septet) {
        for (int i = 0; i < EXTENSION_SEPTETS.length; i++) {
            if (EXTENSION_SEPTETS[i] == septet) {
                return i;
            }
        }
        return NONE;
    }

    private static short[] codes() {
        short[] codes = new short[Character.MAX_VALUE + 1];
        Arrays.fill(codes, (short) NONE);
        for (int septet = 0; septet < BASIC.length(); septet++) {
            if (septet != ESCAPE) {
                codes[BASIC.charAt(septet)] = (short) septet;
            }
        }
        for (int i = 0; i < EXTENSION.length(); i++) {
            codes[EXTENSION.charAt(i)] = (short) (EXTENDED + EXTENSION_SEPTETS[i]);
        }
        return codes;
    }
}
