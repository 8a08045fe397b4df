package org.sawt.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Normal form, words and numbers of reply text, checked against the goflow/libphonenumber vectors and our own. */
class ReplyTextTest {

    private static final String FIXTURE = "/fixtures/poll_answers_multilingual.json";

    /** The shared reply-matching fixture (also read by {@link ReplyParserTest}). */
    static JsonNode fixture() {
        try (InputStream in = ReplyTextTest.class.getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + FIXTURE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    static Stream<Arguments> collationCases() {
        return elements(fixture().get("collationCases"))
                .map(c -> Arguments.of(c.get("input").asText(), c.get("transform").asText(), c.get("equals")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("collationCases")
    void normalisesLikeGoflowArabicVariantsCollation(String input, String transform, JsonNode equals) {
        String normalised = ReplyText.normalise(input);
        assertEquals(ReplyText.normalise(transform), normalised);
        if (transform.codePoints().noneMatch(Character::isDigit)) {
            // goflow keeps Persian digits where we use ASCII; everything else must be the very same text
            assertEquals(transform, normalised);
        }
        equals.fields().forEachRemaining(entry -> assertEquals(entry.getValue().asBoolean(),
                normalised.equals(ReplyText.normalise(entry.getKey())), "equal to " + entry.getKey() + "?"));
    }

    @Test
    void turnsArabicIndicAndPersianDigitsIntoAscii() {
        assertEquals("0123456789", ReplyText.normalise("٠١٢٣٤٥٦۷٨٩"));
        assertEquals("0123456789", ReplyText.normalise("۰۱۲۳۴۵۶۷۸۹"));
        assertEquals("0123456789", ReplyText.normalise("٠١٢٣٤٥٦٧٨٩"));
    }

    static Stream<Arguments> arabicVariants() {
        List<Arguments> cases = new ArrayList<>();
        fixture().get("arabicVariantsNormalization").get("map").fields().forEachRemaining(entry -> {
            String from = entry.getKey().split(" ")[0];
            String to = entry.getValue().asText().split(" ")[0];
            if (from.codePointCount(0, from.length()) == 1) {
                cases.add(Arguments.of(from, to));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("arabicVariants")
    void unifiesEveryLetterOfTheArabicVariantsMap(String from, String to) {
        assertEquals(to, ReplyText.normalise(from));
    }

    @Test
    void arabicVariantsMapListsThirteenLettersBesideTheDigits() {
        assertEquals(13, arabicVariants().count());
    }

    static Stream<Arguments> phoneDigits() {
        return elements(fixture().get("phoneDigitNormalization").get("cases"))
                .map(c -> Arguments.of(c.get("input").asText(), c.get("expected").asText()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("phoneDigits")
    void normalisesMixedDigitScriptsLikeLibphonenumber(String input, String expected) {
        assertEquals(expected, ReplyText.normalise(input));
    }

    static Stream<Arguments> anyWordCases() {
        return elements(fixture().get("matchingCases"))
                .filter(c -> c.get("function").asText().equals("has_any_word"))
                .map(c -> Arguments.of(c.get("input").asText(), c.get("words").asText(),
                        c.hasNonNull("expectedMatch") ? c.get("expectedMatch").asText() : null,
                        c.get("collation").asText()));
    }

    /**
     * Every has_any_word case matches here, including the three that goflow's default collation rejects (Arabic yeh
     * and alef maksura spellings of بلی): we always compare in the arabic_variants form.
     */
    @ParameterizedTest(name = "{0} has any of {1} ({3})")
    @MethodSource("anyWordCases")
    void findsTheWordsGoflowFinds(String input, String words, String expectedMatch, String collation) {
        List<String> replyWords = ReplyText.words(ReplyText.normalise(input));
        List<String> wanted = ReplyText.words(ReplyText.normalise(words));
        List<String> found = replyWords.stream().filter(wanted::contains).toList();
        assertFalse(found.isEmpty(), () -> replyWords + " has none of " + wanted);
        if (expectedMatch != null) {
            assertEquals(ReplyText.key(ReplyText.normalise(expectedMatch)), String.join(" ", found));
        }
    }

    static Stream<Arguments> ownNormalisations() {
        return Stream.of(
                Arguments.of("نـــعـم", "نعم"),                     // tatweel
                Arguments.of("نَعَمْ", "نعم"),                        // harakat
                Arguments.of("مُوَافِقٌ", "موافق"),
                Arguments.of("الأمن", "الامن"),                     // alef with hamza above
                Arguments.of("إلى", "الی"),                         // hamza below, alef maksura
                Arguments.of("آره", "اره"),
                Arguments.of("مدرسة", "مدرسه"),                    // ta marbuta
                Arguments.of("كيف", "کیف"),                         // Arabic kaf and yeh
                Arguments.of("سؤال", "سؤال"),                       // hamza on waw is kept
                Arguments.of("Santé ÉCOLE", "sante ecole"),
                Arguments.of("Ça VA", "ca va"),
                Arguments.of("ＹＥＳ", "yes"),                        // full-width
                Arguments.of("\u200Fنعم\u200E", "نعم"),              // bidi marks
                Arguments.of("می\u200Cخواهم", "می خواهم"),           // ZWNJ is a word break
                Arguments.of("2\uFE0F\u20E3", "2"),                  // keycap emoji
                Arguments.of("  Oui  ", "oui"),
                Arguments.of("३", "3"));                              // any decimal digit script
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("ownNormalisations")
    void normalises(String input, String expected) {
        assertEquals(expected, ReplyText.normalise(input));
    }

    static Stream<Arguments> ownWords() {
        return Stream.of(
                Arguments.of("Hello, world!", List.of("hello", "world")),
                Arguments.of("this.is.my.βήτα", List.of("this", "is", "my", "βητα")),
                Arguments.of("I don't like it", List.of("i", "don't", "like", "it")),
                Arguments.of("I say to you📴", List.of("i", "say", "to", "you", "📴")),
                Arguments.of("لا، شكرا", List.of("لا", "شکرا")),
                Arguments.of("١ و ٣", List.of("1", "و", "3")),
                Arguments.of("(b)", List.of("b")),
                Arguments.of("'quoted'", List.of("quoted")),
                Arguments.of("?!", List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("ownWords")
    void splitsWords(String input, List<String> expected) {
        assertEquals(expected, ReplyText.words(ReplyText.normalise(input)));
    }

    static Stream<Arguments> ownNumbers() {
        return Stream.of(
                Arguments.of("the number 10", List.of("10")),
                Arguments.of("1-15", List.of("1", "15")),
                Arguments.of("2 and -3", List.of("2", "-3")),
                Arguments.of("\u22123", List.of("-3")),                 // minus sign
                Arguments.of("+5", List.of("5")),
                Arguments.of("1,000,000.25", List.of("1000000.25")),
                Arguments.of("١٬٠٠٠٫٥", List.of("1000.5")),
                Arguments.of("٣٫٥", List.of("3.5")),
                Arguments.of("12,5", List.of("12.5")),                // French decimal comma
                Arguments.of("12,50 €", List.of("12.50")),
                Arguments.of("1,5000", List.of("1.5000")),
                Arguments.of("1, 2", List.of("1", "2")),
                Arguments.of("3.", List.of("3")),
                Arguments.of("hi.51", List.of("51")),
                Arguments.of("hi .51", List.of("0.51")),
                Arguments.of("-.5", List.of("-0.5")),
                Arguments.of("1 000", List.of("1", "0")),            // space grouping is not supported
                Arguments.of("lOO", List.of()),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("ownNumbers")
    void findsNumbers(String input, List<String> expected) {
        List<BigDecimal> wanted = expected.stream().map(BigDecimal::new).toList();
        assertEquals(wanted, ReplyText.numbers(ReplyText.normalise(input)));
    }

    @Test
    void keyJoinsWordsWithSingleSpaces() {
        assertEquals("eau potable", ReplyText.key(ReplyText.normalise("  Eau   potable. ")));
        assertTrue(ReplyText.key("").isEmpty());
    }

    @Test
    void fixtureMatchesItsDescription() {
        Map<String, Integer> sizes = Map.of("matchingCases", 32, "collationCases", 9);
        sizes.forEach((field, size) -> assertEquals(size, fixture().get(field).size(), field));
    }
}
