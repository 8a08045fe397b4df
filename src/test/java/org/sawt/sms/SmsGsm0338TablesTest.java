package org.sawt.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The GSM 03.38 tables built in code against fixtures/gsm0338_tables.json, entry by entry and as a whole. */
class SmsGsm0338TablesTest {

    static Stream<Arguments> basic() throws IOException {
        return entries("basic");
    }

    static Stream<Arguments> extension() throws IOException {
        return entries("extension");
    }

    @ParameterizedTest(name = "basic {0} is septet {1}")
    @MethodSource("basic")
    void mapsEveryBasicCharacter(String unicode, String gsm) {
        char c = charOf(unicode);
        assertThat(Gsm0338.basicSeptet(c)).isEqualTo(Integer.decode(gsm));
        assertThat(Gsm0338.septets(c)).isEqualTo(1);
    }

    @ParameterizedTest(name = "extension {0} is {1}")
    @MethodSource("extension")
    void mapsEveryExtensionCharacter(String unicode, String gsm) {
        char c = charOf(unicode);
        String[] septets = gsm.split(" ");
        assertThat(Integer.decode(septets[0])).isEqualTo(Gsm0338.ESCAPE);
        assertThat(Gsm0338.extensionSeptet(c)).isEqualTo(Integer.decode(septets[1]));
        assertThat(Gsm0338.basicSeptet(c)).isEqualTo(-1);
        assertThat(Gsm0338.septets(c)).isEqualTo(2);
    }

    @Test
    void knowsNoOtherCharacter() throws IOException {
        Set<Character> listed = new HashSet<>();
        Stream.concat(basic(), extension()).forEach(entry -> listed.add(charOf((String) entry.get()[0])));
        assertThat(listed).hasSize(127 + 10);
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (!listed.contains((char) c)) {
                assertThat(Gsm0338.septets((char) c)).as("U+%04X", c).isZero();
            }
        }
    }

    private static char charOf(String unicode) {
        return (char) Integer.parseInt(unicode.substring("U+".length()), 16);
    }

    private static Stream<Arguments> entries(String table) throws IOException {
        try (InputStream json = SmsGsm0338TablesTest.class.getResourceAsStream("/fixtures/gsm0338_tables.json")) {
            JsonNode entries = new ObjectMapper().readTree(json).get(table);
            return StreamSupport.stream(entries.spliterator(), false)
                    .map(e -> Arguments.of(e.get("unicode").asText(), e.get("gsm").asText()));
        }
    }
}
