package org.sawt.conversation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text helpers for matching citizens' replies: one normal form for comparing words typed in Arabic, Persian,
 * French or English on any phone, the words of a text, and the numbers in it.
 */
final class ReplyText {

    private static final char TATWEEL = '\u0640';
    private static final char ZERO_WIDTH_NON_JOINER = '\u200C';

    private ReplyText() {
    }

    /**
     * The form replies and labels are compared in: NFKC (which also folds Arabic presentation forms and full-width
     * digits), lower case, no Latin accents, every decimal digit as ASCII, no tatweel, harakat or invisible format
     * characters, and the Arabic/Persian letter variants of {@link #unifyLetter(int)}.
     */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = stripLatinAccents(folded);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else if (cp == ZERO_WIDTH_NON_JOINER) {
                // Persian writes some compounds with a ZWNJ where other keyboards put a space or nothing.
                out.append(' ');
            } else if (!isDropped(cp)) {
                out.appendCodePoint(unifyLetter(cp));
            }
        });
        return out.toString().strip();
    }

    /**
     * The words of a normalised text: runs of letters, digits and marks (an apostrophe between letters stays inside
     * the word, as in "don't"); each symbol such as an emoji is a word of its own; everything else separates words.
     */
    static List<String> words(String normalised) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] cps = normalised.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (isWordCharacter(cp)) {
                word.appendCodePoint(cp);
            } else if (isApostrophe(cp) && word.length() > 0 && i + 1 < cps.length && Character.isLetter(cps[i + 1])) {
                word.appendCodePoint(cp);
            } else {
                flush(word, words);
                if (Character.getType(cp) == Character.OTHER_SYMBOL) {
                    words.add(new String(Character.toChars(cp)));
                }
            }
        }
        flush(word, words);
        return words;
    }

    /** The words of a normalised text joined by single spaces: the key two texts are compared by. */
    static String key(String normalised) {
        return String.join(" ", words(normalised));
    }

    /**
     * Every number in a normalised text, in order. A number is a run of digits, with an optional sign when it does
     * not follow a letter or digit ("-10", but "1-15" is 1 and 15); thousands groups of exactly three digits after
     * ',' or U+066C ("1,000,000"); a fraction after '.' or U+066B ("12.51", "0٫5"); a fraction after a lone ','
     * that is not a thousands group, as French writes it ("12,5"); or a fraction alone after a '.' that does not
     * follow a letter or digit (".51" is 0.51, but "hi.51" is 51).
     */
    static List<BigDecimal> numbers(String normalised) {
        List<BigDecimal> numbers = new ArrayList<>();
        String s = normalised;
        int i = 0;
        while (i < s.length()) {
            int end = numberEnd(s, i);
            if (end < 0) {
                i++;
                continue;
            }
            numbers.add(parseNumber(s.substring(i, end)));
            i = end;
        }
        return numbers;
    }

    /** Where the number starting at {@code start} ends, or -1 when no number starts there. */
    private static int numberEnd(String s, int start) {
        int i = start;
        boolean standsAlone = start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1));
        if (isSign(s.charAt(i))) {
            if (!standsAlone) {
                return -1;
            }
            i++;
        }
        if (i < s.length() && isDecimalPoint(s.charAt(i))) {
            boolean leadingPointAllowed = i > start || standsAlone;
            int fractionEnd = digitsEnd(s, i + 1);
            return leadingPointAllowed && fractionEnd > i + 1 ? fractionEnd : -1;
        }
        int integerEnd = digitsEnd(s, i);
        if (integerEnd == i) {
            return -1;
        }
        int end = integerEnd;
        boolean grouped = false;
        if (integerEnd - i <= 3) {
            while (end < s.length() && isGroupSeparator(s.charAt(end)) && digitsEnd(s, end + 1) == end + 4) {
                end += 4;
                grouped = true;
            }
        }
        if (end + 1 < s.length() && isDecimalPoint(s.charAt(end)) && digitsEnd(s, end + 1) > end + 1) {
            return digitsEnd(s, end + 1);
        }
        if (!grouped && end + 1 < s.length() && s.charAt(end) == ',' && digitsEnd(s, end + 1) > end + 1) {
            return digitsEnd(s, end + 1);
        }
        return end;
    }

    private static BigDecimal parseNumber(String text) {
        StringBuilder plain = new StringBuilder(text.length() + 1);
        boolean integerPartSeen = false;
        boolean fraction = false;
        // a ',' still present after a run of groups, or with a non-group after it, is a decimal comma
        boolean groupedOnly = text.matches("[-+\u2212]?\\d{1,3}([,\u066C]\\d{3})+([.\u066B]\\d+)?");
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\u2212') {
                plain.append('-');
            } else if (isSign(c)) {
                plain.append(c);
            } else if (c >= '0' && c <= '9') {
                plain.append(c);
                integerPartSeen = true;
            } else if (isDecimalPoint(c) || (c == ',' && !groupedOnly && !fraction)) {
                if (!integerPartSeen) {
                    plain.append('0');
                }
                plain.append('.');
                fraction = true;
            }
            // otherwise a thousands separator: dropped
        }
        return new BigDecimal(plain.toString());
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static boolean isSign(char c) {
        return c == '-' || c == '+' || c == '\u2212';
    }

    private static boolean isDecimalPoint(char c) {
        return c == '.' || c == '\u066B';
    }

    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == '\u066C';
    }

    /**
     * Characters that carry no meaning for matching: tatweel, harakat, the bidi and zero-width marks RTL keyboards
     * insert, and emoji variation selectors and the keycap mark (so the keycap emoji for 2 reads as "2").
     */
    private static boolean isDropped(int cp) {
        return cp == TATWEEL
                || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670
                || Character.getType(cp) == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || cp == 0x20E3;
    }

    /**
     * Maps letters that keyboards and writers use interchangeably onto one: the goflow {@code arabic_variants}
     * collation (Arabic yeh and alef maksura to Persian yeh, Arabic kaf to keheh, alef madda to alef, and the
     * Pashto/Dari forms it lists), plus alef with hamza and ta marbuta, which Arabic search normalisers (Lucene's
     * ArabicNormalizer among them) also fold because writers omit them.
     */
    private static int unifyLetter(int cp) {
        switch (cp) {
            case 0x0622: // alef with madda above
            case 0x0623: // alef with hamza above
            case 0x0625: // alef with hamza below
            case 0x0671: // alef wasla
                return 0x0627;
            case 0x0649: // alef maksura
            case 0x064A: // arabic yeh
            case 0x0626: // yeh with hamza above
            case 0x06D0: // e
            case 0x06CD: // yeh with tail
                return 0x06CC;
            case 0x0643: // arabic kaf
            case 0x06AB: // kaf with ring
                return 0x06A9;
            case 0x0629: // ta marbuta
            case 0x06C0: // heh with yeh above
                return 0x0647;
            case 0x067C: // teh with ring
                return 0x062A;
            case 0x0689: // dal with ring
                return 0x062F;
            case 0x0693: // reh with ring
                return 0x0631;
            case 0x06BC: // noon with ring
                return 0x0646;
            case 0x069A: // seen with dot below and dot above
                return 0x0634;
            default:
                return cp;
        }
    }

    /** Removes accents from Latin (and Greek) letters, so "santé" matches "sante"; Arabic letters keep their hamza. */
    private static String stripLatinAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            if (c < '\u0300' || c > '\u036F') {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isWordCharacter(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
