package org.sawt.sms;

/**
 * How a text travels as SMS: its encoding, its length in units of that encoding (septets for GSM-7, UTF-16 code
 * units for UCS-2), the number of segments billed, the units each segment holds (less when concatenated, because
 * of the 6-octet concatenation header) and the units still free in the last segment.
 */
public record SmsSegments(Encoding encoding, int units, int segments, int perSegment, int remaining) {

    /** The two alphabets an SMS is sent in, with the units one segment holds alone or as part of a long message. */
    public enum Encoding {
        /** GSM 03.38 default alphabet, 7-bit septets; extension-table characters take two. */
        GSM7(160, 153),
        /** UCS-2, 16-bit units; characters outside the BMP (emoji) take a surrogate pair, two units. */
        UCS2(70, 67);

        private final int singlePartUnits;
        private final int concatenatedPartUnits;

        Encoding(int singlePartUnits, int concatenatedPartUnits) {
            this.singlePartUnits = singlePartUnits;
            this.concatenatedPartUnits = concatenatedPartUnits;
        }

        /** Units one segment holds when the text fits in a single SMS. */
        public int singlePartUnits() {
            return singlePartUnits;
        }

        /** Units each part of a concatenated SMS holds next to its user data header. */
        public int concatenatedPartUnits() {
            return concatenatedPartUnits;
        }
    }
}
