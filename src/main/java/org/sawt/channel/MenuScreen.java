package org.sawt.channel;

import java.util.List;
import org.sawt.shared.Language;

/**
 * What a menu channel shows or says next, channel-neutral: lines in one language (for a screen, or to be spoken),
 * the input expected, and whether the session ends here. Renderers lay it out (USSD pages, TwiML) but never
 * change its words.
 */
public record MenuScreen(Language language, List<Line> lines, Input input, int choices) {

    /** What the caller is expected to enter next. */
    public enum Input {
        /** one of the numbered choices 1..{@code choices} */
        CHOICE,
        /** several of the numbered choices */
        CHOICES,
        /** any number (also any 1..5 rating typed freely) */
        NUMBER,
        /** words of their own */
        TEXT,
        /** nothing: the session ends with this screen */
        NONE
    }

    /**
     * One line. {@code recording} names a fixed phrase (its message key, e.g. {@code menu.goodbye}) that a voice
     * channel may play from a recording instead of speaking the text; null for engagement content. {@code language}
     * is set only on a line in another language than the screen's (each language names itself in the language menu).
     */
    public record Line(String text, String recording, Language language) {

        public static Line of(String text) {
            return new Line(text, null, null);
        }

        public static Line phrase(String text, String key) {
            return new Line(text, key, null);
        }

        /** The language this line is in. */
        public Language in(Language screenLanguage) {
            return language == null ? screenLanguage : language;
        }
    }

    public MenuScreen {
        lines = List.copyOf(lines);
    }

    /** Whether the session ends with this screen. */
    public boolean last() {
        return input == Input.NONE;
    }

    /** Whether every possible answer is a choice number, so other numbers can serve as navigation. */
    public boolean answersAreChoices() {
        return input == Input.CHOICE || input == Input.CHOICES;
    }
}
