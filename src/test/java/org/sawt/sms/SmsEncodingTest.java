package org.sawt.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawt.sms.SmsSegments.Encoding;

/** Splitting, encoding and smart mode of SmsEncoding beyond the fixture's cases. */
class SmsEncodingTest {

    private final SmsEncoding sms = new SmsEncoding();

    @Test
    void neverSplitsAnExtensionCharacterAcrossParts() {
        String text = "a".repeat(152) + "{" + "a".repeat(10);

        List<String> parts = sms.split(text);

        assertThat(parts).containsExactly("a".repeat(152), "{" + "a".repeat(10));
        assertThat(sms.analyse(text)).isEqualTo(new SmsSegments(Encoding.GSM7, 164, 2, 153, 141));
    }

    @Test
    void aCutExtensionCharacterCanCostAnExtraSegment() {
        String text = "a".repeat(152) + "€" + "a".repeat(152);

        assertThat(sms.analyse(text).units()).isEqualTo(306);
        assertThat(sms.analyse(text).segments()).isEqualTo(3);
        assertThat(sms.split(text)).extracting(part -> sms.analyse(part).units()).containsExactly(152, 153, 1);
    }

    @Test
    void neverSplitsASurrogatePairAcrossParts() {
        String text = "ب".repeat(66) + "😀" + "ب".repeat(3);

        List<String> parts = sms.split(text);

        assertThat(parts).containsExactly("ب".repeat(66), "😀" + "ب".repeat(3));
        assertThat(sms.analyse(text)).isEqualTo(new SmsSegments(Encoding.UCS2, 71, 2, 67, 62));
    }

    @Test
    void splitsArabicIntoPartsOfSixtySevenUnits() {
        String text = "نعم ".repeat(40);

        List<String> parts = sms.split(text);

        assertThat(parts).extracting(String::length).containsExactly(67, 67, 26);
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void sendsAnEmptyTextAsOneEmptyPart() {
        assertThat(sms.analyse("")).isEqualTo(new SmsSegments(Encoding.GSM7, 0, 1, 160, 160));
        assertThat(sms.split("")).containsExactly("");
    }

    @Test
    void encodesGsmTextAsUnpackedSeptetsWithEscapes() {
        assertThat(HexFormat.of().formatHex(sms.encode("@a€\n"))).isEqualTo("00611b650a");
    }

    @Test
    void encodesOtherTextAsBigEndianUcs2() {
        assertThat(HexFormat.of().formatHex(sms.encode("نعم"))).isEqualTo("064606390645");
    }

    @Test
    void smartModeKeepsLatinTextInGsm7() {
        String text = "“Vote” — it’s open… now\u00A0!";

        assertThat(sms.analyse(text).encoding()).isEqualTo(Encoding.UCS2);
        assertThat(sms.smarten(text)).isEqualTo("\"Vote\" - it's open... now !");
        assertThat(sms.analyse(text, true)).isEqualTo(sms.analyse("\"Vote\" - it's open... now !"));
    }

    @Test
    void smartModeLeavesTextThatNeedsUcs2AsWritten() {
        String arabic = "«صوّت» – “نعم” أو ‘لا’…";
        String persian = "می‌خواهم شرکت کنم — “بلی”";
        String frenchWithCircumflex = "L’enquête — participez";

        assertThat(sms.smarten(arabic)).isSameAs(arabic);
        assertThat(sms.smarten(persian)).isSameAs(persian);
        assertThat(sms.smarten(frenchWithCircumflex)).isSameAs(frenchWithCircumflex);
        assertThat(sms.analyse(arabic, true)).isEqualTo(sms.analyse(arabic));
    }

    @Test
    void smartModeKeepsGuillemets() {
        String text = "Répondez «oui» ou «non»";

        assertThat(sms.smarten(text)).isEqualTo(text);
        assertThat(sms.analyse(text, true).encoding()).isEqualTo(Encoding.UCS2);
    }

    @Test
    void smartModeChangesNothingWithoutLookalikes() {
        String text = "Reply YES or NO";

        assertThat(sms.smarten(text)).isSameAs(text);
    }
}
