package org.sawt.conversation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sawt.engagement.Question;
import org.springframework.stereotype.Component;

/**
 * Turns a citizen's free-text reply into the answer to one question, or empty when it does not match.
 *
 * <p>Answers by question type: SINGLE_CHOICE gives the option value ("2"); MULTIPLE_CHOICE the distinct option
 * values in option order; YES_NO "yes" or "no"; RATING an Integer 1..5; NUMBER the first number as a BigDecimal;
 * FREE_TEXT the trimmed NFC text. Replies are compared in {@link ReplyText#normalise(String) normal form}, so
 * digits may be Latin, Arabic-Indic or Persian and Arabic/Persian letter variants are equal. When a reply could
 * mean two different answers the parser returns empty rather than guess, so the conversation can ask again.
 */
@Component
final class ReplyParser {

    private static final String YES = "yes";
    private static final String NO = "no";
    private static final int NONE = -1;
    private static final int AMBIGUOUS = -2;

    /** Option letters in Arabic lists (abjad order); normal form turns أ into ا. */
    private static final List<String> ARABIC_LETTERS = normaliseAll("أ", "ب", "ج", "د", "ه", "و", "ز", "ح");
    /** Persian lists letter the first option "الف" instead of أ. */
    private static final String PERSIAN_FIRST_LETTER = ReplyText.normalise("الف");
    /** Ties options together in "1 and 3"; و is also the sixth Arabic letter, which only single choice accepts. */
    private static final Set<String> CONJUNCTIONS = Set.copyOf(normaliseAll("and", "et", "و"));
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,،;؛/|&+\\n]");
    private static final Pattern NUMBER_RANGE = Pattern.compile("\\d\\s*[-\u2013\u2014]\\s*\\d");

    private static final Set<String> YES_WORDS = Set.copyOf(normaliseAll(
            "yes", "y", "yeah", "yep", "ok", "okay",
            "نعم", "أيوه", "ايوه", "ايوا", "اه", "موافق", "أجل",
            "بله", "بلی", "آره", "آری", "چرا",
            "oui", "ouais", "si",
            "1"));
    private static final Set<String> NO_WORDS = Set.copyOf(normaliseAll(
            "no", "n", "nope", "nah",
            "لا", "كلا",
            "خیر", "نه",
            "non",
            "2"));
    /**
     * Words that are only an answer when nothing but answer words follow: short or ambiguous ones such as French
     * "si" ("if"), "y" ("il y a"), Persian "چرا" ("why"), the menu numbers and "ok".
     */
    private static final Set<String> ALONE_ONLY_WORDS = Set.copyOf(normaliseAll(
            "y", "n", "ok", "okay", "اه", "چرا", "si", "1", "2"));
    /** After a leading "no", these make a non-answer: "no idea", "no problem", "لا أعرف", "لا مانع". */
    private static final Set<String> NOT_AN_ANSWER_AFTER_NO = Set.copyOf(normaliseAll(
            "idea", "problem", "objection", "أعرف", "أدري", "أعلم", "مانع"));

    private static final Set<Integer> STAR_EMOJI = Set.of(0x2B50, 0x2605, 0x1F31F);
    /** "4/5", "4 out of 5", "4 sur 5", "٤ من ٥", "۴ از ۵": the scale is not a second number. */
    private static final Pattern OUT_OF_FIVE = Pattern.compile(
            "\\s*(?:/|(?<![\\p{L}\\p{N}])(?:out of|sur|من|از))\\s*5(?![\\p{N}.,\u066B])");
    private static final BigDecimal MIN_RATING = BigDecimal.ONE;
    private static final BigDecimal MAX_RATING = BigDecimal.valueOf(5);

    /** The answer {@code reply} gives to {@code question}, or empty when it does not match. */
    Optional<Object> parse(Question question, String reply) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(question.type(), "question type");
        if (reply == null) {
            return Optional.empty();
        }
        String normalised = ReplyText.normalise(reply);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        return switch (question.type()) {
            case SINGLE_CHOICE -> singleChoice(question.options(), normalised);
            case MULTIPLE_CHOICE -> multipleChoice(question.options(), normalised);
            case YES_NO -> yesNo(normalised);
            case RATING -> rating(normalised);
            case NUMBER -> ReplyText.numbers(normalised).stream().findFirst().map(Object.class::cast);
            case FREE_TEXT -> Optional.of(Normalizer.normalize(reply.strip(), Normalizer.Form.NFC));
        };
    }

    /**
     * An option label (in any language), the option letter as the whole reply, or a reply holding exactly one number
     * ("2", "option 2", "#2").
     */
    private static Optional<Object> singleChoice(List<Map<String, String>> options, String normalised) {
        List<String> words = ReplyText.words(normalised);
        if (options.isEmpty() || words.isEmpty()) {
            return Optional.empty();
        }
        int labelled = optionByLabel(options, words, true);
        if (labelled == AMBIGUOUS) {
            return Optional.empty();
        }
        if (labelled != NONE) {
            return Optional.of(Question.optionValue(labelled));
        }
        int position = NONE;
        if (words.size() == 1) {
            position = letterPosition(words.get(0), true);
        }
        if (position == NONE) {
            List<BigDecimal> numbers = ReplyText.numbers(normalised);
            if (numbers.size() == 1) {
                position = numberPosition(numbers.get(0));
            }
        }
        return position >= 0 && position < options.size()
                ? Optional.of(Question.optionValue(position))
                : Optional.empty();
    }

    /**
     * Option numbers, letters or labels, separated by commas (Latin or Arabic), spaces, or "and"/"et"/"و". Other
     * words are ignored, but then single letters are too ("I want a" is not option a). Any number or letter out of
     * range, or a range such as "1-3", makes the whole reply not match.
     */
    private static Optional<Object> multipleChoice(List<Map<String, String>> options, String normalised) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        int whole = optionByLabel(options, ReplyText.words(normalised), false);
        if (whole == AMBIGUOUS) {
            return Optional.empty();
        }
        if (whole != NONE) {
            return Optional.of(List.of(Question.optionValue(whole)));
        }
        Set<Integer> chosen = new TreeSet<>();
        List<String> items = new ArrayList<>();
        for (String segment : LIST_SEPARATORS.split(normalised)) {
            List<String> words = ReplyText.words(segment);
            if (words.isEmpty()) {
                continue;
            }
            int labelled = optionByLabel(options, words, false);
            if (labelled == AMBIGUOUS) {
                return Optional.empty();
            }
            if (labelled != NONE) {
                chosen.add(labelled);
                continue;
            }
            Optional<List<Integer>> labelsJoined = labelsJoinedByConjunctions(options, words);
            if (labelsJoined.isPresent()) {
                chosen.addAll(labelsJoined.get());
                continue;
            }
            if (NUMBER_RANGE.matcher(segment).find()) {
                return Optional.empty();
            }
            for (String word : words) {
                items.addAll(splitDigits(word));
            }
        }
        boolean lettersCount = items.stream().allMatch(item -> isDigits(item) || CONJUNCTIONS.contains(item)
                || letterPosition(item, false) != NONE);
        for (String item : items) {
            int position;
            if (isDigits(item)) {
                position = numberPosition(new BigDecimal(item));
            } else if (lettersCount && letterPosition(item, false) != NONE) {
                position = letterPosition(item, false);
            } else {
                continue;
            }
            if (position < 0 || position >= options.size()) {
                return Optional.empty();
            }
            chosen.add(position);
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(chosen.stream().map(Question::optionValue).collect(Collectors.toUnmodifiableList()));
    }

    /**
     * The first word gives the answer ("yes I agree", "لا، شكرا"); a later word of the opposite answer makes the
     * reply ambiguous, and the {@link #ALONE_ONLY_WORDS} must be followed by answer words only. The menu numbers
     * "1" (yes) and "2" (no) count as answer words.
     */
    private static Optional<Object> yesNo(String normalised) {
        List<String> words = ReplyText.words(normalised);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String first = words.get(0);
        String answer = answerOf(first);
        if (answer == null) {
            return Optional.empty();
        }
        boolean aloneOnly = ALONE_ONLY_WORDS.contains(first);
        for (String word : words.subList(1, words.size())) {
            String other = answerOf(word);
            if ((other != null && !other.equals(answer)) || (other == null && aloneOnly)) {
                return Optional.empty();
            }
        }
        if (answer.equals(NO) && words.size() > 1 && NOT_AN_ANSWER_AFTER_NO.contains(words.get(1))) {
            return Optional.empty();
        }
        return Optional.of(answer);
    }

    /** One whole number from 1 to 5 ("4", "٤", "4/5", "4 stars"), or one to five star emoji. */
    private static Optional<Object> rating(String normalised) {
        String compact = normalised.replaceAll("\\s+", "");
        if (!compact.isEmpty() && compact.codePoints().allMatch(STAR_EMOJI::contains)) {
            long stars = compact.codePoints().count();
            return stars <= 5 ? Optional.of((int) stars) : Optional.empty();
        }
        List<BigDecimal> numbers = ReplyText.numbers(OUT_OF_FIVE.matcher(normalised).replaceAll(""));
        if (numbers.size() != 1) {
            return Optional.empty();
        }
        BigDecimal number = numbers.get(0);
        if (!isWhole(number) || number.compareTo(MIN_RATING) < 0 || number.compareTo(MAX_RATING) > 0) {
            return Optional.empty();
        }
        return Optional.of(number.intValue());
    }

    /**
     * The 0-based option whose label (in any language) has exactly these words; {@link #NONE} when none does, and
     * {@link #AMBIGUOUS} when several do or when the reply is a bare option number or letter that names another
     * option (options labelled "0", "1", "2": is "1" the first option or the one labelled "1"?).
     */
    private static int optionByLabel(List<Map<String, String>> options, List<String> words, boolean arabicWaIsLetter) {
        String key = String.join(" ", words);
        Set<Integer> matches = new LinkedHashSet<>();
        for (int i = 0; i < options.size(); i++) {
            for (String label : options.get(i).values()) {
                if (label != null && !key.isEmpty() && key.equals(ReplyText.key(ReplyText.normalise(label)))) {
                    matches.add(i);
                }
            }
        }
        if (matches.isEmpty()) {
            return NONE;
        }
        if (matches.size() > 1) {
            return AMBIGUOUS;
        }
        int labelled = matches.iterator().next();
        if (words.size() == 1) {
            String word = words.get(0);
            int position = isDigits(word) ? numberPosition(new BigDecimal(word))
                    : letterPosition(word, arabicWaIsLetter);
            if (position >= 0 && position < options.size() && position != labelled) {
                return AMBIGUOUS;
            }
        }
        return labelled;
    }

    /** "health and education": every part between conjunctions is exactly one option's label. */
    private static Optional<List<Integer>> labelsJoinedByConjunctions(List<Map<String, String>> options,
                                                                      List<String> words) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        for (String word : words) {
            if (CONJUNCTIONS.contains(word)) {
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(word);
            }
        }
        parts.add(part);
        if (parts.size() < 2) {
            return Optional.empty();
        }
        List<Integer> labelled = new ArrayList<>();
        for (List<String> each : parts) {
            int option = each.isEmpty() ? NONE : optionByLabel(options, each, false);
            if (option < 0) {
                return Optional.empty();
            }
            labelled.add(option);
        }
        return Optional.of(labelled);
    }

    /** The 0-based position an option letter names (a, b, c…; أ ب ج د ه و ز ح; الف), or {@link #NONE}. */
    private static int letterPosition(String word, boolean arabicWaIsLetter) {
        if (word.length() == 1 && word.charAt(0) >= 'a' && word.charAt(0) <= 'z') {
            return word.charAt(0) - 'a';
        }
        if (word.equals(PERSIAN_FIRST_LETTER)) {
            return 0;
        }
        int arabic = ARABIC_LETTERS.indexOf(word);
        if (arabic < 0 || (!arabicWaIsLetter && CONJUNCTIONS.contains(word))) {
            return NONE;
        }
        return arabic;
    }

    /** The 0-based position a number names; negative or huge when it names none. */
    private static int numberPosition(BigDecimal number) {
        if (!isWhole(number) || number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            return Integer.MIN_VALUE;
        }
        return number.intValue() - 1;
    }

    /** "1و3" → "1", "و", "3": Arabic writes و joined to the next word. */
    private static List<String> splitDigits(String word) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean digits = false;
        for (int i = 0; i < word.length(); i++) {
            boolean digit = word.charAt(i) >= '0' && word.charAt(i) <= '9';
            if (piece.length() > 0 && digit != digits) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(word.charAt(i));
            digits = digit;
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    private static String answerOf(String word) {
        if (YES_WORDS.contains(word)) {
            return YES;
        }
        return NO_WORDS.contains(word) ? NO : null;
    }

    private static boolean isDigits(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static List<String> normaliseAll(String... words) {
        return Arrays.stream(words).map(ReplyText::normalise).collect(Collectors.toUnmodifiableList());
    }
}
