package org.sawt.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks PhoneNumbers against fixtures/phone_numbers.json (cases computed with google-libphonenumber 3.2.47):
 * a case with isValid=true must give its e164; any other case must be refused. The national, international and
 * type fields describe formatting this class does not do, so they are not compared. libphonenumber 9.0.19
 * agrees with every case, so none is excused.
 */
class PhoneNumbersTest {

    private final PhoneNumbers phoneNumbers = new PhoneNumbers(new ContactSettings(null, null));

    static Stream<Arguments> cases() throws IOException {
        return StreamSupport.stream(fixture().get("cases").spliterator(), false)
                .map(c -> Arguments.of(c.get("region").asText(), c.get("input").asText(), c.get("inputKind").asText(),
                        c.get("isValid").asBoolean(), c.get("e164").asText()));
    }

    static Stream<Arguments> digitVectors() throws IOException {
        return StreamSupport.stream(fixture().get("normalizationVectorsFromGoogleTests").spliterator(), false)
                .map(v -> Arguments.of(v.get("input").asText(), v.get("expected").asText()));
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @MethodSource("cases")
    void followsTheFixture(String region, String input, String kind, boolean valid, String e164) {
        if (valid) {
            assertThat(phoneNumbers.toE164(input, region)).isEqualTo(e164);
        } else {
            assertThatThrownBy(() -> phoneNumbers.toE164(input, region))
                    .isInstanceOf(InvalidPhoneNumberException.class)
                    .hasMessageStartingWith("'" + input + "' is not a valid phone number for ");
        }
    }

    /** Google's digit vectors (full-width, Arabic-Indic, Persian) placed inside a Jordanian mobile number. */
    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("digitVectors")
    void readsOtherDigitsInsideANumber(String digits, String asciiDigits) {
        assertThat(phoneNumbers.toE164("+962 79 " + digits + " 3456")).isEqualTo("+96279" + asciiDigits + "3456");
    }

    @Test
    void usesTheDefaultRegionForNationalNumbers() {
        assertThat(phoneNumbers.toE164("079 012 3456")).isEqualTo("+962790123456");
        assertThat(new PhoneNumbers(new ContactSettings("ma", null)).toE164("0650123456"))
                .isEqualTo("+212650123456");
    }

    @Test
    void acceptsDashesParenthesesAndInvisibleBidiMarks() {
        assertThat(phoneNumbers.toE164("(079) 012-3456")).isEqualTo("+962790123456");
        assertThat(phoneNumbers.toE164("\u200F+962\u00A0790\u00A0123\u00A0456\u200E")).isEqualTo("+962790123456");
    }

    @Test
    void explainsWhyANumberIsRefused() {
        assertThatThrownBy(() -> phoneNumbers.toE164("+96279"))
                .hasMessage("'+96279' is not a valid phone number for JO: too short");
        assertThatThrownBy(() -> phoneNumbers.toE164("07901234567"))
                .hasMessage("'07901234567' is not a valid phone number for JO: too long");
        assertThatThrownBy(() -> phoneNumbers.toE164("0760123456"))
                .hasMessage("'0760123456' is not a valid phone number for JO:"
                        + " it matches no JO number range (check the digits and their count)");
        assertThatThrownBy(() -> phoneNumbers.toE164("call 0790123456"))
                .hasMessageContaining("use only digits, spaces, dashes, dots, parentheses and a leading + or 00");
        assertThatThrownBy(() -> phoneNumbers.toE164("+999 123 456 789"))
                .hasMessage("'+999 123 456 789' is not a valid phone number: unknown country calling code");
    }

    private static JsonNode fixture() throws IOException {
        try (InputStream in = PhoneNumbersTest.class.getResourceAsStream("/fixtures/phone_numbers.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
