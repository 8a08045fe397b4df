package org.sawt.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sawt.channel.Choice;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Question;
import org.sawt.engagement.QuestionType;
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
        List<String> labels = answerLabels(question, language);
        for (int i = 0; i < labels.size(); i++) {
            text.append('\n').append(Question.optionValue(i)).append(". ").append(labels.get(i));
        }
        hintKey(question.type()).ifPresent(hint -> text.append('\n').append(phrase(hint, language)));
        return text.toString();
    }

    /** The answers a question lists, numbered from 1: its options, or yes and no; none for the other types. */
    public List<String> answerLabels(Question question, Language language) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().stream()
                    .map(option -> option.get(language.code())).toList();
            case YES_NO -> List.of(phrase("answer.yes", language), phrase("answer.no", language));
            case RATING, NUMBER, FREE_TEXT -> List.of();
        };
    }

    /** The message key of the how-to-answer hint a question of this type ends with, if it needs one. */
    static Optional<String> hintKey(QuestionType type) {
        return Optional.ofNullable(switch (type) {
            case SINGLE_CHOICE, YES_NO -> null;
            case MULTIPLE_CHOICE -> "prompt.multiple";
            case RATING -> "prompt.rating";
            case NUMBER -> "prompt.number";
            case FREE_TEXT -> "prompt.free-text";
        });
    }

    /** The answers a participant can pick with a button or key; none for free text, numbers and multiple choice. */
    public List<Choice> choices(Question question, Language language) {
        List<Choice> choices = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_CHOICE, YES_NO -> {
                List<String> labels = answerLabels(question, language);
                for (int i = 0; i < labels.size(); i++) {
                    choices.add(new Choice(Question.optionValue(i), labels.get(i)));
                }
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
}
