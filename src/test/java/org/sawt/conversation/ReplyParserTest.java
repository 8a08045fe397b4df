package org.sawt.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sawt.engagement.Question;
import org.sawt.engagement.QuestionType;

/** Replies in Arabic, English, Persian and French for every question type, and the goflow reply-matching vectors. */
class ReplyParserTest {

    private static final List<Map<String, String>> SERVICES = List.of(
            Map.of("en", "Roads", "ar", "الطرق", "fa", "جاده\u200Cها", "fr", "Routes"),
            Map.of("en", "Schools", "ar", "المدارس", "fa", "مدرسه\u200Cها", "fr", "Écoles"),
            Map.of("en", "Clean water", "ar", "المياه النظيفة", "fa", "آب آشامیدنی", "fr", "Eau potable"));

    private static final Question SINGLE = question(QuestionType.SINGLE_CHOICE, SERVICES);
    private static final Question MULTIPLE = question(QuestionType.MULTIPLE_CHOICE, SERVICES);
    private static final Question YES_NO = question(QuestionType.YES_NO, List.of());
    private static final Question RATING = question(QuestionType.RATING, List.of());
    private static final Question NUMBER = question(QuestionType.NUMBER, List.of());
    private static final Question FREE_TEXT = question(QuestionType.FREE_TEXT, List.of());

    private final ReplyParser parser = new ReplyParser();

    private static Question question(QuestionType type, List<Map<String, String>> options) {
        return new Question("q1", type, Map.of("en", "?", "ar", "؟", "fa", "؟", "fr", "?"), options);
    }

    // --- fixture: goflow has_number*, has_any_word and collation vectors, libphonenumber digits ---

    static Stream<Arguments> hasNumberCases() {
        return ReplyTextTest.elements(ReplyTextTest.fixture().get("matchingCases"))
                .filter(c -> c.get("function").asText().startsWith("has_number"))
                .map(c -> Arguments.of(c.get("function").asText(), c.get("input").asText(),
                        c.hasNonNull("expectedMatch") ? c.get("expectedMatch").asText() : null));
    }

    /** goflow's has_number_lt/eq/... match the same number as has_number; the comparison is not ours to test. */
    @ParameterizedTest(name = "{0}({1}) -> {2}")
    @MethodSource("hasNumberCases")
    void numberFollowsGoflowHasNumber(String function, String input, String expectedMatch) {
        Optional<Object> expected = expectedMatch == null ? Optional.empty()
                : Optional.of(new BigDecimal(expectedMatch));
        assertEquals(expected, parser.parse(NUMBER, input));
    }

    @Test
    void fixtureHasTwentyTwoNumberCases() {
        assertEquals(22, hasNumberCases().count());
    }

    static Stream<Arguments> persianYesSpellings() {
        return ReplyTextTest.elements(ReplyTextTest.fixture().get("matchingCases"))
                .filter(c -> c.get("function").asText().equals("has_any_word") && c.get("words").asText().equals("بلی"))
                .map(c -> Arguments.of(c.get("input").asText(), c.get("collation").asText()));
    }

    /** Under arabic_variants all three spellings match; we always compare that way, so the default cases do too. */
    @ParameterizedTest(name = "{0} ({1}) -> yes")
    @MethodSource("persianYesSpellings")
    void persianYesMatchesWithArabicYehAndAlefMaksura(String input, String collation) {
        assertEquals(Optional.of("yes"), parser.parse(YES_NO, input));
    }

    @Test
    void fixtureHasSixPersianYesCases() {
        assertEquals(6, persianYesSpellings().count());
    }

    /**
     * For each collation case whose input is an answer (a yes/no word, a number), each listed text gives the same
     * answer exactly when goflow calls it equal, and the transform gives the same answer as the input.
     */
    static Stream<Arguments> collationAnswers() {
        List<Arguments> cases = new ArrayList<>();
        ReplyTextTest.elements(ReplyTextTest.fixture().get("collationCases")).forEach(c -> {
            for (Question question : List.of(YES_NO, NUMBER)) {
                String input = c.get("input").asText();
                if (new ReplyParser().parse(question, input).isEmpty()) {
                    continue;
                }
                cases.add(Arguments.of(question.type(), input, c.get("transform").asText(), true));
                c.get("equals").fields().forEachRemaining(e ->
                        cases.add(Arguments.of(question.type(), input, e.getKey(), e.getValue().asBoolean())));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} same as {2}? {3}")
    @MethodSource("collationAnswers")
    void equalTextsGiveEqualAnswers(QuestionType type, String input, String other, boolean same) {
        Question question = type == QuestionType.YES_NO ? YES_NO : NUMBER;
        Optional<Object> answer = parser.parse(question, input);
        assertFalse(answer.isEmpty());
        assertEquals(same, answer.equals(parser.parse(question, other)));
    }

    @Test
    void collationCasesWithAnswersAreTheDigitsThePersianYesAndYes() {
        // transform + listed texts: digits 1 + 3, بلی 1 + 3, بلى and بلي 1 + 2 each, presentation forms 1, YES 1 + 2
        assertEquals(18, collationAnswers().count());
    }

    static Stream<Arguments> phoneDigits() {
        return ReplyTextTest.elements(ReplyTextTest.fixture().get("phoneDigitNormalization").get("cases"))
                .map(c -> Arguments.of(c.get("input").asText(), c.get("expected").asText()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("phoneDigits")
    void numberReadsMixedDigitScripts(String input, String expected) {
        assertEquals(Optional.of(new BigDecimal(expected)), parser.parse(NUMBER, input));
    }

    // --- SINGLE_CHOICE ---

    static Stream<Arguments> singleChoices() {
        return Stream.of(
                // numbers in every digit script, with text around them
                Arguments.of("2", "2"),
                Arguments.of(" ٢ ", "2"),
                Arguments.of("۳", "3"),
                Arguments.of("2.", "2"),
                Arguments.of("2)", "2"),
                Arguments.of("option 2", "2"),
                Arguments.of("#2", "2"),
                Arguments.of("choix 3", "3"),
                Arguments.of("الخيار ٢", "2"),
                Arguments.of("گزینه ۱", "1"),
                Arguments.of("2\uFE0F\u20E3", "2"),
                // letters
                Arguments.of("b", "2"),
                Arguments.of("B)", "2"),
                Arguments.of("(c)", "3"),
                Arguments.of("أ", "1"),
                Arguments.of("ا", "1"),
                Arguments.of("ب", "2"),
                Arguments.of("ج.", "3"),
                Arguments.of("الف", "1"),
                // labels in any language
                Arguments.of("Roads", "1"),
                Arguments.of("ROADS!", "1"),
                Arguments.of("routes", "1"),
                Arguments.of("Écoles", "2"),
                Arguments.of("ecoles", "2"),
                Arguments.of("clean  water", "3"),
                Arguments.of("Eau potable", "3"),
                Arguments.of("المدارس", "2"),
                Arguments.of("المَدارِس", "2"),
                Arguments.of("المـــدارس", "2"),
                Arguments.of("المياة النظيفه", "3"),
                Arguments.of("مدرسه\u200Cها", "2"),
                Arguments.of("مدرسه ها", "2"),
                Arguments.of("آب آشامیدنی", "3"),
                Arguments.of("آب آشاميدني", "3"),
                Arguments.of("اب اشامیدنی", "3"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("singleChoices")
    void singleChoiceMatches(String reply, String expected) {
        assertEquals(Optional.of(expected), parser.parse(SINGLE, reply));
    }

    @ParameterizedTest(name = "\"{0}\" -> no match")
    @ValueSource(strings = {"", "   ", "7", "0", "-2", "١٢", "1 2", "2.5", "2 or 3", "d", "د", "z", "Road",
        "I like roads", "maybe", "peut-être", "ربما", "شاید", "roads schools"})
    void singleChoiceDoesNotMatch(String reply) {
        assertEquals(Optional.empty(), parser.parse(SINGLE, reply));
    }

    @Test
    void singleChoiceWithNumericLabelsRefusesWhatCouldBeEither() {
        Question children = question(QuestionType.SINGLE_CHOICE, List.of(
                Map.of("en", "0"), Map.of("en", "1"), Map.of("en", "2"), Map.of("en", "3 or more")));
        assertEquals(Optional.empty(), parser.parse(children, "1"), "option 1, or the option labelled 1?");
        assertEquals(Optional.empty(), parser.parse(children, "2"));
        assertEquals(Optional.of("1"), parser.parse(children, "0"), "0 is no option number, so it is the label");
        assertEquals(Optional.of("4"), parser.parse(children, "4"));
        assertEquals(Optional.of("4"), parser.parse(children, "3 or more"));
    }

    @Test
    void singleChoiceWithLetterLabelsAgreeingWithTheirPositionMatches() {
        Question letters = question(QuestionType.SINGLE_CHOICE, List.of(Map.of("en", "A"), Map.of("en", "B")));
        assertEquals(Optional.of("2"), parser.parse(letters, "b"));
        Question languages = question(QuestionType.SINGLE_CHOICE,
                List.of(Map.of("en", "C"), Map.of("en", "Java"), Map.of("en", "Python")));
        assertEquals(Optional.empty(), parser.parse(languages, "c"), "the third option, or the one labelled C?");
        assertEquals(Optional.of("1"), parser.parse(languages, "1"));
        assertEquals(Optional.of("3"), parser.parse(languages, "python"));
    }

    @Test
    void singleChoiceRefusesALabelTwoOptionsShare() {
        Question twice = question(QuestionType.SINGLE_CHOICE,
                List.of(Map.of("en", "Health", "fr", "Santé"), Map.of("en", "Sante")));
        assertEquals(Optional.empty(), parser.parse(twice, "sante"));
        assertEquals(Optional.of("1"), parser.parse(twice, "health"));
    }

    @Test
    void arabicOptionLettersGoUpToTheEighth() {
        List<Map<String, String>> eight = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            eight.add(Map.of("en", "Option " + (char) ('A' + i)));
        }
        Question question = question(QuestionType.SINGLE_CHOICE, eight);
        String[] letters = {"أ", "ب", "ج", "د", "ه", "و", "ز", "ح"};
        for (int i = 0; i < letters.length; i++) {
            assertEquals(Optional.of(Integer.toString(i + 1)), parser.parse(question, letters[i]), letters[i]);
        }
        assertEquals(Optional.of("5"), parser.parse(question, "ة"), "ta marbuta is written for heh");
    }

    @Test
    void singleChoiceWithoutOptionsNeverMatches() {
        assertEquals(Optional.empty(), parser.parse(question(QuestionType.SINGLE_CHOICE, List.of()), "1"));
    }

    // --- MULTIPLE_CHOICE ---

    static Stream<Arguments> multipleChoices() {
        return Stream.of(
                Arguments.of("1,3", List.of("1", "3")),
                Arguments.of("1 3", List.of("1", "3")),
                Arguments.of("1, 3", List.of("1", "3")),
                Arguments.of("1 and 3", List.of("1", "3")),
                Arguments.of("1 et 3", List.of("1", "3")),
                Arguments.of("١ و ٣", List.of("1", "3")),
                Arguments.of("١ و٣", List.of("1", "3")),
                Arguments.of("1و3", List.of("1", "3")),
                Arguments.of("۱ و ۳", List.of("1", "3")),
                Arguments.of("1،3", List.of("1", "3")),
                Arguments.of("۱، ۲", List.of("1", "2")),
                Arguments.of("1;2;3", List.of("1", "2", "3")),
                Arguments.of("1/2", List.of("1", "2")),
                Arguments.of("3, 1", List.of("1", "3")),
                Arguments.of("1 1 3", List.of("1", "3")),
                Arguments.of("2", List.of("2")),
                Arguments.of("options 1 and 3", List.of("1", "3")),
                Arguments.of("الخيارات ١ و ٣", List.of("1", "3")),
                Arguments.of("a c", List.of("1", "3")),
                Arguments.of("A and C", List.of("1", "3")),
                Arguments.of("a, b", List.of("1", "2")),
                Arguments.of("أ و ج", List.of("1", "3")),
                Arguments.of("ب، ج", List.of("2", "3")),
                Arguments.of("a 3", List.of("1", "3")),
                Arguments.of("Clean water", List.of("3")),
                Arguments.of("Roads, Schools", List.of("1", "2")),
                Arguments.of("roads and eau potable", List.of("1", "3")),
                Arguments.of("المدارس و المياه النظيفة", List.of("2", "3")),
                Arguments.of("جاده\u200Cها، آب آشامیدنی", List.of("1", "3")),
                Arguments.of("Écoles et routes", List.of("1", "2")),
                Arguments.of("schools, 3", List.of("2", "3")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("multipleChoices")
    void multipleChoiceMatches(String reply, List<String> expected) {
        assertEquals(Optional.of(expected), parser.parse(MULTIPLE, reply));
    }

    @ParameterizedTest(name = "\"{0}\" -> no match")
    @ValueSource(strings = {"", "  ", "1 9", "9", "0", "13", "1-3", "١-٣", "1, 4", "a d", "I want a and c", "maybe",
        "peut-être", "ربما", "شاید", ",,", "و"})
    void multipleChoiceDoesNotMatch(String reply) {
        assertEquals(Optional.empty(), parser.parse(MULTIPLE, reply));
    }

    @Test
    void multipleChoiceTakesALabelContainingAConjunctionWhole() {
        Question topics = question(QuestionType.MULTIPLE_CHOICE, List.of(
                Map.of("en", "Roads and bridges"), Map.of("en", "Schools"), Map.of("en", "Bridges")));
        assertEquals(Optional.of(List.of("1")), parser.parse(topics, "roads and bridges"));
        assertEquals(Optional.of(List.of("1", "2")), parser.parse(topics, "Roads and bridges, schools"));
        assertEquals(Optional.of(List.of("2", "3")), parser.parse(topics, "schools and bridges"));
    }

    // --- YES_NO ---

    @ParameterizedTest(name = "{0} -> yes")
    @ValueSource(strings = {"yes", "Yes!", "YES", "Y", "yeah", "yep", "ok", "OK", "okay", "yes I agree", "yes please",
        "1", "١", "۱", "1. Yes",
        "نعم", "نعم، أوافق", "نَعَم", "نـعـم", "أيوه", "ايوه", "أيوة", "اه", "آه", "موافق", "أجل",
        "بله", "بلی", "بلي", "بلى", "آره", "آری", "اره", "چرا", "چرا؟", "ﺏﻝﯼ", "بله ممنون",
        "oui", "Oui.", "OUI", "oui merci", "ouais", "si", "Si !", "ＹＥＳ"})
    void yes(String reply) {
        assertEquals(Optional.of("yes"), parser.parse(YES_NO, reply));
    }

    @ParameterizedTest(name = "{0} -> no")
    @ValueSource(strings = {"no", "No.", "NO", "n", "nope", "no thanks", "no, I disagree", "2", "٢", "۲", "2. No",
        "لا", "لا، شكرا", "كلا", "کلا", "لأ",
        "خیر", "خير", "نه", "نه ممنون", "نـه",
        "non", "NON", "Non merci", "non, je refuse"})
    void no(String reply) {
        assertEquals(Optional.of("no"), parser.parse(YES_NO, reply));
    }

    @ParameterizedTest(name = "\"{0}\" -> no match")
    @ValueSource(strings = {"", "   ", "maybe", "perhaps", "peut-être", "ربما", "شاید", "yes no", "oui non",
        "نعم لا", "بله نه", "ok but no", "3", "0", "12", "no idea", "no problem", "لا أعرف", "لا ادري", "لا مانع",
        "I think yes", "si je veux", "y a-t-il", "چرا باید", "ok I will think", "1 2", "yesterday", "nonsense",
        "bien sûr"})
    void neitherYesNorNo(String reply) {
        assertEquals(Optional.empty(), parser.parse(YES_NO, reply));
    }

    // --- RATING ---

    static Stream<Arguments> ratings() {
        return Stream.of(
                Arguments.of("5", 5), Arguments.of("1", 1), Arguments.of("٣", 3), Arguments.of("۴", 4),
                Arguments.of("4/5", 4), Arguments.of("4 / 5", 4), Arguments.of("5/5", 5),
                Arguments.of("4 out of 5", 4), Arguments.of("4 sur 5", 4), Arguments.of("٤ من ٥", 4),
                Arguments.of("۴ از ۵", 4), Arguments.of("5 stars", 5), Arguments.of("5 étoiles", 5),
                Arguments.of("Je donne 2", 2), Arguments.of("أعطي ٣ نجوم", 3), Arguments.of("۲ ستاره", 2),
                Arguments.of("⭐⭐⭐", 3), Arguments.of("⭐️⭐️", 2), Arguments.of("★★★★★", 5), Arguments.of("3.0", 3));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("ratings")
    void ratingMatches(String reply, int expected) {
        assertEquals(Optional.of(expected), parser.parse(RATING, reply));
    }

    @ParameterizedTest(name = "\"{0}\" -> no match")
    @ValueSource(strings = {"", "0", "6", "7", "٦", "۹", "-3", "4.5", "4,5", "3 or 4", "10/10", "4/50", "great",
        "ممتاز", "عالی", "très bien", "⭐⭐⭐⭐⭐⭐"})
    void ratingDoesNotMatch(String reply) {
        assertEquals(Optional.empty(), parser.parse(RATING, reply));
    }

    // --- NUMBER ---

    static Stream<Arguments> numbers() {
        return Stream.of(
                Arguments.of("42", "42"), Arguments.of("٤٢", "42"), Arguments.of("۴۲", "42"),
                Arguments.of("3٫5", "3.5"), Arguments.of("١٬٢٥٠", "1250"), Arguments.of("12,5", "12.5"),
                Arguments.of("1,250", "1250"), Arguments.of("J'ai 3 enfants", "3"),
                Arguments.of("عندي ٣ أطفال", "3"), Arguments.of("۳ فرزند دارم", "3"),
                Arguments.of("I have 2 children and 1 dog", "2"), Arguments.of("-4", "-4"),
                Arguments.of("0", "0"), Arguments.of("about 7.25 km", "7.25"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("numbers")
    void numberMatches(String reply, String expected) {
        assertEquals(Optional.of(new BigDecimal(expected)), parser.parse(NUMBER, reply));
    }

    @ParameterizedTest(name = "\"{0}\" -> no match")
    @ValueSource(strings = {"", "   ", "none", "three", "لا شيء", "هیچ", "aucun", "lOO"})
    void numberDoesNotMatch(String reply) {
        assertEquals(Optional.empty(), parser.parse(NUMBER, reply));
    }

    // --- FREE_TEXT ---

    static Stream<Arguments> freeTexts() {
        return Stream.of(
                Arguments.of("  Fix the road near the school  ", "Fix the road near the school"),
                Arguments.of("e\u0301cole fermée", "\u00E9cole ferm\u00E9e"),
                Arguments.of("\tالطريق مكسور\n", "الطريق مكسور"),
                Arguments.of("خيلي خوب", "خيلي خوب"),          // the text itself keeps its letters
                Arguments.of("2", "2"),
                Arguments.of("YES", "YES"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("freeTexts")
    void freeTextIsTrimmedAndNfc(String reply, String expected) {
        assertEquals(Optional.of(expected), parser.parse(FREE_TEXT, reply));
    }

    @ParameterizedTest(name = "\"{0}\" -> no match")
    @ValueSource(strings = {"", "   ", "\n\t", "\u200F"})
    void freeTextNeedsText(String reply) {
        assertEquals(Optional.empty(), parser.parse(FREE_TEXT, reply));
    }

    // --- every type ---

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void nullReplyNeverMatches(QuestionType type) {
        assertEquals(Optional.empty(), parser.parse(question(type, SERVICES), null));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\u00A0\u200F"})
    void blankReplyNeverMatchesAnyType(String reply) {
        for (QuestionType type : QuestionType.values()) {
            assertEquals(Optional.empty(), parser.parse(question(type, SERVICES), reply), type.name());
        }
    }

    @Test
    void needsAQuestion() {
        assertThrows(NullPointerException.class, () -> parser.parse(null, "1"));
    }
}
