package org.sawt.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** One reply is split into the answers to each question: numbered, or one per line. */
class EmailNumberedAnswersTest {

    @Test
    void numberedAnswersOnOneLine() {
        assertThat(NumberedAnswers.split("1) 2  2) yes  3) more parks", 3)).containsExactly("2", "yes", "more parks");
    }

    @Test
    void numberedAnswersOnTheirOwnLinesWithAnyPunctuation() {
        assertThat(NumberedAnswers.split("1. 2\n2: yes\n3 - more parks\n(4) 5", 4))
                .containsExactly("2", "yes", "more parks", "5");
    }

    @Test
    void arabicIndicAndPersianDigitsNumberTheAnswers() {
        assertThat(NumberedAnswers.split("١) ٣\n٢- نعم", 2)).containsExactly("٣", "نعم");
        assertThat(NumberedAnswers.split("۱) ۲\n۲) بله", 2)).containsExactly("۲", "بله");
    }

    @Test
    void aSkippedQuestionHasNoAnswer() {
        assertThat(NumberedAnswers.split("1) 2\n3) fine", 3)).containsExactly("2", null, "fine");
    }

    @Test
    void aFreeTextAnswerRunsToTheNextNumberLineBreaksIncluded() {
        assertThat(NumberedAnswers.split("1) Parks.\nAnd shade.\n\nAnd water.\n2) yes", 2))
                .containsExactly("Parks.\nAnd shade.\n\nAnd water.", "yes");
    }

    @Test
    void numbersInsideAnswersAreNotTakenForQuestionNumbers() {
        assertThat(NumberedAnswers.split("1) 4. 2) yes", 3)).containsExactly("4.", "yes", null);
        assertThat(NumberedAnswers.split("1) 2.5\n2) 1-3", 2)).containsExactly("2.5", "1-3");
        assertThat(NumberedAnswers.split("1) I would give it 3) maybe", 2))
                .containsExactly("I would give it 3) maybe", null);
    }

    @Test
    void textBeforeTheFirstNumberIsIgnored() {
        assertThat(NumberedAnswers.split("Hello, my answers:\n1) 2\n2) no", 2)).containsExactly("2", "no");
    }

    @Test
    void unnumberedLinesAnswerTheQuestionsInOrderAndTheLastTakesTheRest() {
        assertThat(NumberedAnswers.split("2\nyes\nMore parks.\nAnd shade.", 3))
                .containsExactly("2", "yes", "More parks.\nAnd shade.");
        assertThat(NumberedAnswers.split("2", 3)).containsExactly("2", null, null);
    }

    @Test
    void aSingleQuestionTakesTheWholeText() {
        String answer = "First paragraph.\n\nSecond paragraph with 2) numbers.";

        assertThat(NumberedAnswers.split(answer, 1)).containsExactly(answer);
    }

    @Test
    void anEmptyReplyAnswersNothing() {
        assertThat(NumberedAnswers.split("  ", 2)).isEqualTo(Arrays.asList(null, null));
    }
}
