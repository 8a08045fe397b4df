package org.sawt.sms;

import java.util.Map;

/**
 * Typographic look-alikes that word processors and phones put into Latin text, each with the plain GSM 03.38
 * characters a reader takes for the same thing.
 *
 * <p>Deliberately absent: guillemets « » (they are the correct quotation marks in French and Arabic, written on
 * purpose), Arabic-script punctuation, and the zero-width joiner and non-joiner (Persian spelling and emoji
 * sequences depend on them).
 */
final class TypographicLookalikes {

    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(
            Map.entry('\u2018', "'"), // left single quotation mark
            Map.entry('\u2019', "'"), // right single quotation mark, the typographic apostrophe
            Map.entry('\u201A', "'"), // single low-9 quotation mark
            Map.entry('\u201B', "'"), // single high-reversed-9 quotation mark
            Map.entry('\u2032', "'"), // prime
            Map.entry('\u201C', "\""), // left double quotation mark
            Map.entry('\u201D', "\""), // right double quotation mark
            Map.entry('\u201E', "\""), // double low-9 quotation mark
            Map.entry('\u201F', "\""), // double high-reversed-9 quotation mark
            Map.entry('\u2033', "\""), // double prime
            Map.entry('\u2010', "-"), // hyphen
            Map.entry('\u2011', "-"), // non-breaking hyphen
            Map.entry('\u2012', "-"), // figure dash
            Map.entry('\u2013', "-"), // en dash
            Map.entry('\u2014', "-"), // em dash
            Map.entry('\u2015', "-"), // horizontal bar
            Map.entry('\u2212', "-"), // minus sign
            Map.entry('\u2026', "..."), // horizontal ellipsis
            Map.entry('\u00A0', " "), // no-break space
            Map.entry('\u2002', " "), // en space
            Map.entry('\u2003', " "), // em space
            Map.entry('\u2007', " "), // figure space
            Map.entry('\u2009', " "), // thin space
            Map.entry('\u200A', " "), // hair space
            Map.entry('\u202F', " "), // narrow no-break space, French typography before ; : ! ?
            Map.entry('\u200B', ""), // zero-width space
            Map.entry('\u2060', ""), // word joiner
            Map.entry('\uFEFF', "")); // byte order mark pasted inside text

    private TypographicLookalikes() {
    }

    /** The text with every look-alike replaced; the same instance when it has none. */
    static String replaceIn(String text) {
        StringBuilder replaced = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = REPLACEMENTS.get(c);
            if (replaced == null) {
                if (replacement == null) {
                    continue;
                }
                replaced = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (replacement == null) {
                replaced.append(c);
            } else {
                replaced.append(replacement);
            }
        }
        return replaced == null ? text : replaced.toString();
    }
}
