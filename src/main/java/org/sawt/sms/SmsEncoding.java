package org.sawt.sms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sawt.sms.SmsSegments.Encoding;
import org.springframework.stereotype.Component;

/**
 * The one place that decides how a text goes out as SMS: GSM 03.38 default alphabet or UCS-2, how many segments it
 * is billed as, and where a long text is cut into concatenated parts.
 *
 * <p>A text is GSM-7 only when every character is in the GSM 03.38 basic or extension table; one other character
 * (an Arabic letter, a ç, an emoji) makes the whole text UCS-2. Parts are filled greedily, and a cut never falls
 * inside an extension character's escape pair or inside a surrogate pair, so a part may hold one unit less than
 * its capacity.
 */
@Component
public class SmsEncoding {

    /** Segments, units and encoding of the text exactly as given. */
    public SmsSegments analyse(String text) {
        Layout layout = layout(text);
        return new SmsSegments(layout.encoding(), layout.units(), layout.partEnds().size(), layout.perPart(),
                layout.perPart() - layout.lastPartUnits());
    }

    /** Like {@link #analyse(String)}, of {@link #smarten(String) the smartened text} when {@code smart} is set. */
    public SmsSegments analyse(String text, boolean smart) {
        return analyse(smart ? smarten(text) : text);
    }

    /**
     * The text with typographic look-alikes (curly quotes, dashes, ellipsis, special spaces) replaced by plain
     * characters, but only when that makes the whole text GSM-7; otherwise the text as given. A text that needs
     * UCS-2 anyway (Arabic, Persian, emoji) gains nothing from the change, so it is never touched.
     */
    public String smarten(String text) {
        String replaced = TypographicLookalikes.replaceIn(text);
        return !replaced.equals(text) && Gsm0338.canEncode(replaced) ? replaced : text;
    }

    /** The parts the text is sent as, in order; one part (possibly empty) when it fits a single SMS. */
    public List<String> split(String text) {
        List<Integer> ends = layout(text).partEnds();
        List<String> parts = new ArrayList<>(ends.size());
        int start = 0;
        for (int end : ends) {
            parts.add(text.substring(start, end));
            start = end;
        }
        return List.copyOf(parts);
    }

    /**
     * The bytes of a text (normally one part from {@link #split(String)}) for an SMSC: GSM-7 as unpacked septets,
     * one per octet with the escape before extension characters (SMPP data_coding 0), or UCS-2 big-endian (8).
     */
    /** Reads GSM 03.38 text as SMPP carries it (data_coding 0): unpacked, one septet per byte. */
    public static String decodeGsm7(byte[] septets) {
        return Gsm0338.decode(septets);
    }

    public byte[] encode(String text) {
        if (!Gsm0338.canEncode(text)) {
            return text.getBytes(StandardCharsets.UTF_16BE);
        }
        ByteArrayOutputStream septets = new ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int basic = Gsm0338.basicSeptet(c);
            if (basic >= 0) {
                septets.write(basic);
            } else {
                septets.write(Gsm0338.ESCAPE);
                septets.write(Gsm0338.extensionSeptet(c));
            }
        }
        return septets.toByteArray();
    }

    private static Layout layout(String text) {
        Encoding encoding = Gsm0338.canEncode(text) ? Encoding.GSM7 : Encoding.UCS2;
        int units = encoding == Encoding.GSM7 ? septets(text) : text.length();
        if (units <= encoding.singlePartUnits()) {
            return new Layout(encoding, units, List.of(text.length()), encoding.singlePartUnits(), units);
        }
        int capacity = encoding.concatenatedPartUnits();
        List<Integer> ends = new ArrayList<>(units / capacity + 2);
        int inPart = 0;
        int i = 0;
        while (i < text.length()) {
            int chars = encoding == Encoding.UCS2 && startsSurrogatePair(text, i) ? 2 : 1;
            int width = encoding == Encoding.GSM7 ? Gsm0338.septets(text.charAt(i)) : chars;
            if (inPart + width > capacity) {
                ends.add(i);
                inPart = 0;
            }
            inPart += width;
            i += chars;
        }
        ends.add(text.length());
        return new Layout(encoding, units, ends, capacity, inPart);
    }

    private static int septets(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            septets += Gsm0338.septets(text.charAt(i));
        }
        return septets;
    }

    private static boolean startsSurrogatePair(String text, int index) {
        return Character.isHighSurrogate(text.charAt(index)) && index + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(index + 1));
    }

    /** Where the parts of a text end (exclusive char indexes), with the units of its last part. */
    private record Layout(Encoding encoding, int units, List<Integer> partEnds, int perPart, int lastPartUnits) {
    }
}
