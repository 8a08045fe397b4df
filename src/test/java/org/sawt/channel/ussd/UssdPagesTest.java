package org.sawt.channel.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sawt.channel.MenuScreen;
import org.sawt.channel.MenuScreen.Input;
import org.sawt.shared.Language;
import org.sawt.sms.SmsEncoding;
import org.springframework.context.support.StaticMessageSource;

/** How screens are cut into USSD pages: every page fits, nothing is lost, navigation never shadows an answer. */
class UssdPagesTest {

    private final UssdPages pages = new UssdPages(new SmsEncoding(), messages());

    @Test
    void twentyArabicOptionsArePagedWithoutLosingOrShadowingAny() {
        List<String> lines = new ArrayList<>(List.of("ما الذي يجب أن تعطيه البلدية الأولوية هذا العام في حيّك؟"));
        IntStream.rangeClosed(1, 20).forEach(i -> lines.add(i + ". خيار رقم " + i));
        List<String> laidOut = pages.pages(screen(lines, Input.CHOICE, 20));

        assertThat(laidOut).hasSizeGreaterThan(3).allSatisfy(page -> UssdPhone.assertFits(UssdPages.PREFIX + page));
        assertThat(laidOut.get(0)).endsWith("\n99. المزيد").doesNotContain("0. رجوع");
        assertThat(laidOut.subList(1, laidOut.size() - 1)).allSatisfy(page -> assertThat(page).endsWith(
                "\n99. المزيد\n0. رجوع"));
        assertThat(laidOut.get(laidOut.size() - 1)).endsWith("\n0. رجوع").doesNotContain("99. ");
        assertThat(String.join("\n", laidOut).replace("\n99. المزيد", "").replace("\n0. رجوع", "")
                .replace('\n', ' ')).isEqualTo(String.join(" ", lines));
    }

    @Test
    void aLongQuestionTakingAnyNumberOffersNoNavigationOnItsLastPage() {
        String question = "كم عدد الأيام في الشهر التي تنقطع فيها المياه عن منزلك بشكل كامل أو جزئي، "
                + "بما في ذلك أيام العطل الرسمية وأيام الصيانة المعلنة من البلدية؟";
        List<String> laidOut = pages.pages(screen(List.of(question, "أرسل رقمًا."), Input.NUMBER, 0));

        assertThat(laidOut).hasSizeGreaterThan(1).allSatisfy(page -> UssdPhone.assertFits(UssdPages.PREFIX + page));
        assertThat(laidOut.get(laidOut.size() - 1)).endsWith("أرسل رقمًا.").doesNotContain("99. ", "0. ");
    }

    @Test
    void englishFitsOneScreenOf182Characters() {
        String question = "Which of these should the municipality fix first in your neighbourhood this year, "
                + "given the budget approved by the council?";
        List<String> laidOut = pages.pages(screen(List.of(question, "1. Roads", "2. Water", "3. Parks"), Input.CHOICE,
                3));
        assertThat(laidOut).containsExactly(question + "\n1. Roads\n2. Water\n3. Parks");
    }

    @Test
    void aClosingScreenTooLongKeepsItsWholeFirstSentences() {
        List<String> laidOut = pages.pages(new MenuScreen(Language.FR, List.of(MenuScreen.Line.of(
                "Aucune consultation n'est ouverte pour vous en ce moment. Merci de votre intérêt.")), Input.NONE, 0));
        assertThat(laidOut).containsExactly("Aucune consultation n'est ouverte pour vous en ce moment.");
    }

    private static MenuScreen screen(List<String> lines, Input input, int choices) {
        return new MenuScreen(Language.AR, lines.stream().map(MenuScreen.Line::of).toList(), input, choices);
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("menu.more", Locale.forLanguageTag("ar"), "المزيد");
        messages.addMessage("menu.back", Locale.forLanguageTag("ar"), "رجوع");
        return messages;
    }
}
