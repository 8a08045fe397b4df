package org.sawt.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sawt.channel.MenuScreen;
import org.sawt.shared.Language;

/**
 * Where a caller is in one provider session of a menu channel: the stage, the language chosen, the engagement and
 * question, the engagements the main menu listed (so "2" keeps meaning what was shown), how often in a row the
 * input was not understood or missing, whether an answer replaced an earlier one (the thanks say "updated"), and
 * the screen shown (with the notice above it), to show it again.
 */
record MenuSession(String address, Stage stage, Language language, UUID contactId, UUID engagementId,
        int questionIndex, List<UUID> listed, int misses, boolean updated, MenuScreen screen, MenuScreen.Line notice) {

    /** The steps of a menu session. */
    enum Stage { LANGUAGE, RESUME, MAIN_MENU, QUESTION, CONFIRM, ENDED }

    MenuSession {
        listed = listed == null ? List.of() : List.copyOf(listed);
    }

    static MenuSession at(String address, Stage stage, Language language, MenuScreen screen) {
        return new MenuSession(address, stage, language, null, null, 0, List.of(), 0, false, screen, null);
    }

    MenuSession showing(Stage next, MenuScreen nextScreen) {
        return new MenuSession(address, next, language, contactId, engagementId, questionIndex, listed, 0,
                updated, nextScreen, null);
    }

    MenuSession inLanguage(Language chosen) {
        return new MenuSession(address, stage, chosen, contactId, engagementId, questionIndex, listed, misses,
                updated, screen, notice);
    }

    MenuSession listing(List<UUID> engagements) {
        return new MenuSession(address, stage, language, contactId, engagementId, questionIndex, engagements, misses,
                updated, screen, notice);
    }

    MenuSession answering(UUID contact, UUID engagement, int index) {
        return new MenuSession(address, stage, language, contact, engagement, index, listed, misses, updated, screen,
                notice);
    }

    /** An answer replaced an earlier one to the same question. */
    MenuSession replacing() {
        return new MenuSession(address, stage, language, contactId, engagementId, questionIndex, listed, misses, true,
                screen, notice);
    }

    /** The same screen again with a notice above it (not understood, nothing heard), counting the miss. */
    MenuSession missed(MenuScreen.Line why) {
        return new MenuSession(address, stage, language, contactId, engagementId, questionIndex, listed, misses + 1,
                updated, screen, why);
    }

    MenuSession noticing(MenuScreen.Line why) {
        return new MenuSession(address, stage, language, contactId, engagementId, questionIndex, listed, misses,
                updated, screen, why);
    }

    /** The screen as shown: the notice, if any, above the stage's screen. */
    MenuScreen shown() {
        if (notice == null) {
            return screen;
        }
        List<MenuScreen.Line> lines = new ArrayList<>(screen.lines().size() + 1);
        lines.add(notice);
        lines.addAll(screen.lines());
        return new MenuScreen(screen.language(), lines, screen.input(), screen.choices());
    }
}
