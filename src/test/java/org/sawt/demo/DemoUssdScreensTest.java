package org.sawt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawt.GatewayTest;
import org.sawt.access.Agencies;
import org.sawt.channel.ussd.UssdPhone;
import org.sawt.contact.Contacts;
import org.sawt.engagement.Engagements;
import org.sawt.shared.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Every USSD screen of the demo content, in every language a caller can pick, fits one USSD screen (182 GSM-7 or
 * 80 UCS-2 characters with the CON/END prefix): each page of each screen is visited, including the
 * not-understood, resume and closing screens. {@link UssdPhone} checks the limit on every answer it receives.
 */
class DemoUssdScreensTest extends GatewayTest {

    /** Closing phrases written for menus; those shared with SMS are shortened to whole sentences when needed. */
    private static final List<String> CLOSING_PHRASES = List.of("menu.bad-request", "menu.unavailable",
            "menu.expired", "menu.gave-up");

    @Autowired
    Agencies agencies;
    @Autowired
    Engagements engagements;
    @Autowired
    Contacts contacts;
    @Autowired
    MessageSource messages;

    @Test
    void everyScreenOfTheDemoFitsInEveryLanguage() {
        new DemoData(agencies, engagements, contacts, "http://localhost", ADMIN_KEY).run(null);
        Language[] languages = Language.values();
        for (int i = 0; i < languages.length; i++) {
            UssdPhone phone = new UssdPhone(port, String.format("+9627900000%02d", i + 1));
            phone.dial();
            String menu = allPages(phone, phone.press(Integer.toString(i + 1)));
            assertThat(menu).as(languages[i].code()).contains("1. ", "2. ");
            for (String engagement : List.of("1", "2")) {
                walkQuestions(phone, phone.press(engagement));
                phone.dial();
            }
            walkResume(phone);
            assertThat(phone.screens()).hasSizeGreaterThan(15)
                    .anySatisfy(screen -> assertThat(screen).startsWith("END "));
            if (languages[i].rightToLeft()) {
                assertThat(phone.screens()).as("Arabic script needs UCS-2: 80 characters, so pages")
                        .anySatisfy(screen -> assertThat(screen).contains("\n99. "));
            }
            for (String key : CLOSING_PHRASES) {
                UssdPhone.assertFits("END " + messages.getMessage(key, new Object[] {"تقييم خدمة جمع النفايات"},
                        languages[i].locale()));
            }
        }
    }

    /** Answers each question after showing all its pages and one answer not understood; confirms at the end. */
    private static void walkQuestions(UssdPhone phone, String first) {
        String screen = allPages(phone, first);
        allPages(phone, phone.press("77"));
        while (!isConfirmation(screen)) {
            screen = allPages(phone, phone.press(answerFor(screen)));
            if (screen.startsWith("END ")) {
                return;
            }
        }
        assertThat(phone.press("1")).startsWith("END ");
    }

    private static void walkResume(UssdPhone phone) {
        phone.press("1");
        phone.press("1");
        allPages(phone, phone.dial());
        allPages(phone, phone.press("2"));
    }

    private static boolean isConfirmation(String screen) {
        return screen.contains("\n1. ") && screen.contains("\n2. ") && !screen.contains("\n3. ")
                && (screen.contains("«") || screen.contains("\""));
    }

    /** Any free text for typed questions; the first choice otherwise (a rating: 3). */
    private static String answerFor(String screen) {
        if (screen.contains("\n1. ")) {
            return "1";
        }
        return screen.matches("(?s).*\\b5\\b.*") ? "3" : "more bins";
    }

    /** Shows every following page; returns the last one. */
    private static String allPages(UssdPhone phone, String screen) {
        String page = screen;
        while (page.contains("\n99. ")) {
            page = phone.press("99");
        }
        return page;
    }
}
