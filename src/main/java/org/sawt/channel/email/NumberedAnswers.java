package org.sawt.channel.email;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one email reply into the answers to a questionnaire's questions.
 *
 * <p>Numbered: each answer follows its question's number and {@code )}, {@code .}, {@code :} or {@code -}
 * ("1) 2  2) yes  3) free text…", also with Arabic-Indic or Persian digits or as "(1)"). A number counts as a
 * marker when it is the next one expected, or when it starts a line and is further on; so "1) 4. 2) yes" gives
 * "4." to question 1. Text before the first marker is ignored; an answer runs to the next marker, line breaks
 * included, so a long free-text answer is kept whole.
 *
 * <p>Unnumbered: with one question the whole text is its answer; otherwise each line answers the next
 * question and the last question takes all remaining lines.
 */
final class NumberedAnswers {

    private static final Pattern MARKER = Pattern.compile(
            "(?m)(?:^|(?<=\\s))\\(?([0-9\u0660-\u0669\u06f0-\u06f9]{1,2})\\s*(?:\\)|[.:\\-\u2013](?=\\s|$))[ \\t]*");

    private NumberedAnswers() {
    }

    /** One entry per question, in order; null where the reply gives no answer. */
    static List<String> split(String text, int questions) {
        List<String> answers = new ArrayList<>(Arrays.asList(new String[questions]));
        if (questions == 0 || text == null || text.isBlank()) {
            return answers;
        }
        if (!splitNumbered(text, answers)) {
            splitByLines(text, answers);
        }
        return answers;
    }

    private static boolean splitNumbered(String text, List<String> answers) {
        Matcher marker = MARKER.matcher(text);
        int current = 0;
        int answerStart = -1;
        while (marker.find()) {
            int number = number(marker.group(1));
            boolean lineStart = marker.start() == 0 || text.charAt(marker.start() - 1) == '\n';
            boolean accepted = number == current + 1 || lineStart && number > current;
            if (!accepted || number > answers.size()) {
                continue;
            }
            if (current > 0) {
                answers.set(current - 1, clean(text.substring(answerStart, marker.start())));
            }
            current = number;
            answerStart = marker.end();
        }
        if (current > 0) {
            answers.set(current - 1, clean(text.substring(answerStart)));
        }
        return current > 0;
    }

    private static void splitByLines(String text, List<String> answers) {
        if (answers.size() == 1) {
            answers.set(0, clean(text));
            return;
        }
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        for (int i = 0; i < lines.size() && i < answers.size(); i++) {
            boolean last = i == answers.size() - 1;
            answers.set(i, clean(last ? String.join("\n", lines.subList(i, lines.size())) : lines.get(i)));
        }
    }

    private static int number(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + Character.digit(digits.charAt(i), 10);
        }
        return value;
    }

    private static String clean(String answer) {
        String stripped = answer.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
