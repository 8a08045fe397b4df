package org.sawt.channel.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sawt.sms.SmsEncoding;

/**
 * The short_message of each submit_sm: GSM 03.38 septets or UCS-2, one message up to 160 septets or 70 units, else
 * parts of 153 or 67 behind a concatenation header, one alphabet for all parts.
 */
class SmppSegmentsTest {

    private final SmsEncoding encoding = new SmsEncoding();

    @Test
    void sendsLatinTextUpTo160CharactersAsOneGsmMessage() {
        ShortMessageSegments segments = ShortMessageSegments.of("a".repeat(160), encoding);
        assertThat(segments.dataCoding()).isEqualTo(ShortMessageSegments.GSM_DEFAULT);
        assertThat(segments.withConcatenationHeaders(7)).hasDimensions(1, 160);
    }

    @Test
    void splitsLongerLatinTextIntoPartsOf153Septets() {
        byte[][] messages = ShortMessageSegments.of("a".repeat(161), encoding).withConcatenationHeaders(0xA7);
        assertThat(messages).hasNumberOfRows(2);
        assertThat(Arrays.copyOf(messages[0], 6)).containsExactly(5, 0, 3, 0xA7, 2, 1);
        assertThat(Arrays.copyOf(messages[1], 6)).containsExactly(5, 0, 3, 0xA7, 2, 2);
        assertThat(messages[0]).hasSize(6 + 153);
        assertThat(messages[1]).hasSize(6 + 8);
    }

    @Test
    void writesGsmCharactersAsTheirSeptetsAndExtensionCharactersAfterAnEscape() {
        byte[] message = ShortMessageSegments.of("@$_€{", encoding).withConcatenationHeaders(1)[0];
        assertThat(message).containsExactly(0x00, 0x02, 0x11, 0x1B, 0x65, 0x1B, 0x28);
    }

    @Test
    void sendsArabicUpTo70CharactersAsOneUcs2Message() {
        String arabic = "ب".repeat(70);
        ShortMessageSegments segments = ShortMessageSegments.of(arabic, encoding);
        assertThat(segments.dataCoding()).isEqualTo(ShortMessageSegments.UCS2);
        assertThat(segments.withConcatenationHeaders(1)[0]).isEqualTo(arabic.getBytes(StandardCharsets.UTF_16BE));
    }

    @Test
    void splitsLongerArabicIntoPartsOf67Units() {
        byte[][] messages = ShortMessageSegments.of("ب".repeat(71), encoding).withConcatenationHeaders(9);
        assertThat(messages).hasNumberOfRows(2);
        assertThat(messages[0]).hasSize(6 + 134);
        assertThat(messages[1]).hasSize(6 + 8);
    }

    @Test
    void keepsUcs2ForAPartOfAnArabicTextThatHoldsOnlyDigits() {
        String text = "ب".repeat(67) + "1234";
        byte[][] messages = ShortMessageSegments.of(text, encoding).withConcatenationHeaders(9);
        assertThat(Arrays.copyOfRange(messages[1], 6, messages[1].length))
                .isEqualTo("1234".getBytes(StandardCharsets.UTF_16BE));
    }

    @Test
    void handsCamelSmppThePartsUnchanged() {
        ShortMessageSegments segments = ShortMessageSegments.of("ب".repeat(100), encoding);
        assertThat(new ConcatenatingSplitter(segments, 42).split(new byte[0]))
                .isDeepEqualTo(segments.withConcatenationHeaders(42));
    }
}
