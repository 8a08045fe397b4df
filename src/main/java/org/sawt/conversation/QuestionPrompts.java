package org.sawt.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawt.channel.Choice;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Question;
import org.sawt.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders questions, invitations and system phrases as plain text in one language, for any channel. */
@Component
public class QuestionPrompts {

    private final MessageSource messages;

    QuestionPrompts(MessageSource messages) {
        this.messages = messages;
    }

    /** The invitation (when the engagement has one) followed by its first question. */
    public String invitation(Engagement engagement, Language language) {
        String invitation = engagement.invitation().get(language.code());
        String first = question(engagement.question(0), language);
        return invitation == null || invitation.isBlank() ? first : invitation + "\n" + first;
    }

    /** A question with its numbered options or a hint on how to answer. */
    public String question(Question question, Language language) {
        StringBuilder text = new StringBuilder(question.text().get(language.code()));
        switch (question.type()) {
            case SINGLE_CHOICE -> numbered(text, question.options(), language);
            case MULTIPLE_CHOICE -> {
                numbered(text, question.options(), language);
                text.append('\n').append(phrase("prompt.multiple", language));
            }
            case YES_NO -> text.append("\n1. ").append(phrase("answer.yes", language))
                    .append("\n2. ").append(phrase("answer.no", language));
            case RATING -> text.append('\n').append(phrase("prompt.rating", language));
            case NUMBER -> text.append('\n').append(phrase("prompt.number", language));
            case FREE_TEXT -> text.append('\n').append(phrase("prompt.free-text", language));
        }
        return text.toString();
    }

    /** The answers a participant can pick with a button or key; none for free text, numbers and multiple choice. */
    public List<Choice> choices(Question question, Language language) {
        List<Choice> choices = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_CHOICE -> {
                for (int i = 0; i < question.options().size(); i++) {
                    choices.add(new Choice(Question.optionValue(i), question.options().get(i).get(language.code())));
                }
            }
            case YES_NO -> {
                choices.add(new Choice("1", phrase("answer.yes", language)));
                choices.add(new Choice("2", phrase("answer.no", language)));
            }
            case RATING -> {
                for (int stars = 1; stars <= 5; stars++) {
                    choices.add(new Choice(Integer.toString(stars), Integer.toString(stars)));
                }
            }
            case MULTIPLE_CHOICE, NUMBER, FREE_TEXT -> { }
        }
        return choices;
    }

    public String phrase(String key, Language language, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    private static void numbered(StringBuilder text, List<Map<String, String>> options, Language language) {
        for (int i = 0; i < options.size(); i++) {
            text.append('\n').append(Question.optionValue(i)).append(". ").append(options.get(i).get(language.code()));
        }
    }
}
