package org.sawt.engagement;

import java.util.List;
import java.util.Map;

/**
 * One question of an engagement. {@code key} is stable ("q1", "q2", ...) and names the answer in responses;
 * {@code text} and each option map a language code to its text. An option's value is its 1-based position.
 */
public record Question(String key, QuestionType type, Map<String, String> text, List<Map<String, String>> options) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        text = Map.copyOf(text);
    }

    /** The value stored for the option at this 0-based index. */
    public static String optionValue(int index) {
        return Integer.toString(index + 1);
    }
}
