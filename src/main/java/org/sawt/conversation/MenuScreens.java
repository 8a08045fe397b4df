package org.sawt.conversation;

import java.util.ArrayList;
import java.util.List;
import org.sawt.channel.MenuCall.Kind;
import org.sawt.channel.MenuScreen;
import org.sawt.channel.MenuScreen.Input;
import org.sawt.channel.MenuScreen.Line;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Question;
import org.sawt.engagement.QuestionType;
import org.sawt.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The words of every menu screen, in the caller's language, for reading ({@code 1. Roads}) or for listening
 * ({@code Roads: press 1.}). Questions and hints come from {@link QuestionPrompts}, as on every channel.
 */
@Component
class MenuScreens {

    private final QuestionPrompts prompts;

    MenuScreens(QuestionPrompts prompts) {
        this.prompts = prompts;
    }

    /** Each offered language names itself, in itself. */
    MenuScreen languages(List<Language> offered, Kind kind) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            Language language = offered.get(i);
            String name = prompts.phrase("language.name", language);
            lines.add(kind == Kind.TEXT ? new Line(numbered(i, name), null, language)
                    : new Line(prompts.phrase("menu.press", language, Question.optionValue(i), name), null, language));
        }
        return new MenuScreen(offered.get(0), lines, Input.CHOICE, offered.size());
    }

    MenuScreen mainMenu(List<Engagement> open, Language language, Kind kind) {
        List<Line> lines = new ArrayList<>();
        lines.add(phrase("menu.choose", language));
        List<String> titles = open.stream().map(e -> e.title().get(e.languageFor(language).code())).toList();
        lines.addAll(choices(titles, language, kind));
        return new MenuScreen(language, lines, Input.CHOICE, titles.size());
    }

    MenuScreen resume(Engagement engagement, Language language, Kind kind) {
        List<Line> lines = new ArrayList<>();
        lines.add(phrase("menu.unfinished", language, title(engagement, language)));
        lines.addAll(choices(List.of(prompts.phrase("menu.continue", language),
                prompts.phrase("menu.start-over", language)), language, kind));
        return new MenuScreen(language, lines, Input.CHOICE, 2);
    }

    /** A question, with the engagement's invitation above the first one when the caller just picked it. */
    MenuScreen question(Engagement engagement, int index, Language language, Kind kind, boolean invite) {
        Question question = engagement.question(index);
        List<Line> lines = new ArrayList<>();
        String invitation = engagement.invitation().get(language.code());
        if (invite && invitation != null && !invitation.isBlank()) {
            lines.add(Line.of(invitation));
        }
        lines.add(Line.of(question.text().get(language.code())));
        List<String> labels = prompts.answerLabels(question, language);
        lines.addAll(choices(labels, language, kind));
        QuestionPrompts.hintKey(question.type())
                .map(key -> kind == Kind.VOICE ? key.replace("prompt.", "voice.") : key)
                .ifPresent(key -> lines.add(phrase(key, language)));
        return switch (question.type()) {
            case SINGLE_CHOICE, YES_NO -> new MenuScreen(language, lines, Input.CHOICE, labels.size());
            case MULTIPLE_CHOICE -> new MenuScreen(language, lines, Input.CHOICES, labels.size());
            case RATING -> new MenuScreen(language, lines, Input.CHOICE, 5);
            case NUMBER -> new MenuScreen(language, lines, Input.NUMBER, 0);
            case FREE_TEXT -> new MenuScreen(language, lines, Input.TEXT, 0);
        };
    }

    MenuScreen confirm(Engagement engagement, Language language, Kind kind) {
        List<Line> lines = new ArrayList<>();
        lines.add(phrase("menu.all-answered", language, title(engagement, language)));
        lines.addAll(choices(List.of(prompts.phrase("menu.confirm", language),
                prompts.phrase("menu.change", language)), language, kind));
        return new MenuScreen(language, lines, Input.CHOICE, 2);
    }

    /** The last screen: one phrase, then the session ends. */
    MenuScreen end(Language language, String key, Object... args) {
        return new MenuScreen(language, List.of(phrase(key, language, args)), Input.NONE, 0);
    }

    Line notice(Language language, String key) {
        return phrase(key, language);
    }

    /** Whether a voice caller can answer the question; free text cannot be typed on a keypad. */
    static boolean answerable(Question question, Kind kind) {
        return kind == Kind.TEXT || question.type() != QuestionType.FREE_TEXT;
    }

    static String title(Engagement engagement, Language language) {
        return engagement.title().get(engagement.languageFor(language).code());
    }

    private List<Line> choices(List<String> labels, Language language, Kind kind) {
        List<Line> lines = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            lines.add(Line.of(kind == Kind.TEXT ? numbered(i, labels.get(i))
                    : prompts.phrase("menu.press", language, Question.optionValue(i), labels.get(i))));
        }
        return lines;
    }

    private Line phrase(String key, Language language, Object... args) {
        return Line.phrase(prompts.phrase(key, language, args), args.length == 0 ? key : null);
    }

    private static String numbered(int index, String label) {
        return Question.optionValue(index) + ". " + label;
    }
}
