package org.sawt.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sawt.sms.SmsSegments.Encoding;

/**
 * Every case of fixtures/sms_segments.json against SmsEncoding. Each field a case states is checked where the
 * component models it: encoding, segments, units (instasent {@code length}), units per segment ({@code perMessage}),
 * units left in the last segment ({@code remaining}, AOSP {@code unitsRemaining}), the units of each part as split,
 * Twilio's bit sizes (7 bits a septet, 16 a UCS-2 unit, 48 header bits a part when concatenated) and the SMSC bytes.
 * Twilio's {@code characters} equals the septet count for GSM-7 text but counts graphemes for UCS-2 text, so it is
 * compared only for GSM-7; for UCS-2 text, {@code unicodeScalars} gives the units instead (plus one per
 * supplementary character, the second half of its surrogate pair). Every case checks at least one field.
 */
class SmsEncodingFixtureTest {

    private static final Pattern TEXT_SPEC =
            Pattern.compile("(\\d+) (GSM-7 default-alphabet ASCII|non-GSM BMP) chars.*");
    private static final int HEADER_BITS = 48;

    private final SmsEncoding sms = new SmsEncoding();

    static Stream<Arguments> cases() throws IOException {
        try (InputStream json = SmsEncodingFixtureTest.class.getResourceAsStream("/fixtures/sms_segments.json")) {
            JsonNode cases = new ObjectMapper().readTree(json);
            return StreamSupport.stream(cases.spliterator(), false).map(c -> Arguments.of(c.get("id").asText(), c));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void followsTheFixture(String id, JsonNode expected) {
        String text = textOf(expected);
        SmsSegments actual = sms.analyse(text);
        int checked = 0;

        if (expected.has("encoding")) {
            assertThat(actual.encoding()).as("encoding").isEqualTo(encodingNamed(expected.get("encoding").asText()));
            checked++;
        }
        if (expected.has("segments")) {
            assertThat(actual.segments()).as("segments").isEqualTo(expected.get("segments").asInt());
            assertThat(sms.split(text)).as("parts").hasSize(expected.get("segments").asInt());
            checked++;
        }
        if (expected.has("length")) {
            assertThat(actual.units()).as("units").isEqualTo(expected.get("length").asInt());
            checked++;
        }
        if (expected.has("perMessage")) {
            assertThat(actual.perSegment()).as("units per segment").isEqualTo(expected.get("perMessage").asInt());
            checked++;
        }
        for (String field : List.of("remaining", "unitsRemaining")) {
            if (expected.has(field)) {
                assertThat(actual.remaining()).as(field).isEqualTo(expected.get(field).asInt());
                checked++;
            }
        }
        if (expected.has("unitsPerSegment")) {
            List<String> parts = sms.split(text);
            assertThat(String.join("", parts)).as("parts joined").isEqualTo(text);
            assertThat(parts.stream().map(part -> sms.analyse(part).units()).toList()).as("units of each part")
                    .isEqualTo(StreamSupport.stream(expected.get("unitsPerSegment").spliterator(), false)
                            .map(JsonNode::asInt).toList());
            checked++;
        }
        if (expected.has("messageSizeBits")) {
            int messageBits = actual.units() * (actual.encoding() == Encoding.GSM7 ? 7 : 16);
            int headerBits = actual.segments() > 1 ? HEADER_BITS * actual.segments() : 0;
            assertThat(messageBits).as("message bits").isEqualTo(expected.get("messageSizeBits").asInt());
            assertThat(messageBits + headerBits).as("total bits").isEqualTo(expected.get("totalSizeBits").asInt());
            checked++;
        }
        if (expected.has("encodedHex")) {
            assertThat(HexFormat.of().formatHex(sms.encode(text))).as("bytes")
                    .isEqualTo(expected.get("encodedHex").asText());
            checked++;
        }
        if (expected.has("characters") && actual.encoding() == Encoding.GSM7) {
            assertThat(actual.units()).as("septets").isEqualTo(expected.get("characters").asInt());
            checked++;
        }
        if (expected.has("unicodeScalars") && actual.encoding() == Encoding.UCS2) {
            long supplementary = text.codePoints().filter(Character::isSupplementaryCodePoint).count();
            assertThat(actual.units()).as("UTF-16 units")
                    .isEqualTo(expected.get("unicodeScalars").asInt() + (int) supplementary);
            checked++;
        }
        assertThat(checked).as("fields checked").isPositive();
    }

    private static String textOf(JsonNode expected) {
        if (expected.has("text")) {
            return expected.get("text").asText();
        }
        Matcher spec = TEXT_SPEC.matcher(expected.get("textSpec").asText());
        assertThat(spec.matches()).as("textSpec understood").isTrue();
        String character = spec.group(2).startsWith("GSM") ? "a" : "Ж";
        return character.repeat(Integer.parseInt(spec.group(1)));
    }

    private static Encoding encodingNamed(String name) {
        switch (name) {
            case "GSM-7":
            case "GSM_7BIT":
                return Encoding.GSM7;
            case "UCS-2":
            case "UTF16":
                return Encoding.UCS2;
            default:
                throw new IllegalArgumentException("Unknown encoding in fixture: " + name);
        }
    }
}
