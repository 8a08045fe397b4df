package org.sawt.floip;

import java.util.List;
import java.util.Map;
import org.sawt.conversation.QuestionPrompts;
import org.sawt.engagement.Question;
import org.sawt.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Our question types as Flow Results question types, and stored answers as Flow Results responses: choices are
 * the option labels in the package's language (the spec's responses are one of the choices), ratings and numbers
 * are {@code numeric}, free text is {@code text}.
 */
@Component
class FlowResultsQuestions {

    private static final int LOWEST_RATING = 1;
    private static final int HIGHEST_RATING = 5;

    private final QuestionPrompts prompts;

    FlowResultsQuestions(QuestionPrompts prompts) {
        this.prompts = prompts;
    }

    FlowResultsDocuments.QuestionSchema schema(Question question, Language language) {
        String label = question.text().get(language.code());
        return switch (question.type()) {
            case SINGLE_CHOICE -> new FlowResultsDocuments.QuestionSchema("select_one", label,
                    Map.of("choices", optionLabels(question, language)));
            case MULTIPLE_CHOICE -> new FlowResultsDocuments.QuestionSchema("select_many", label,
                    Map.of("choices", optionLabels(question, language)));
            case YES_NO -> new FlowResultsDocuments.QuestionSchema("select_one", label,
                    Map.of("choices", List.of(yesNo("yes", language), yesNo("no", language))));
            case RATING -> new FlowResultsDocuments.QuestionSchema("numeric", label,
                    Map.of("range", List.of(LOWEST_RATING, HIGHEST_RATING)));
            case NUMBER -> new FlowResultsDocuments.QuestionSchema("numeric", label, Map.of());
            case FREE_TEXT -> new FlowResultsDocuments.QuestionSchema("text", label, Map.of());
        };
    }

    /** The answer as the question's Flow Results type has it: a choice label, a list of them, a number, a text. */
    Object response(Question question, Object stored, Language language) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> optionLabel(question, stored, language);
            case MULTIPLE_CHOICE -> ((List<?>) stored).stream().map(v -> optionLabel(question, v, language)).toList();
            case YES_NO -> yesNo(stored.toString(), language);
            case RATING, NUMBER, FREE_TEXT -> stored;
        };
    }

    private static List<String> optionLabels(Question question, Language language) {
        return question.options().stream().map(option -> option.get(language.code())).toList();
    }

    private static String optionLabel(Question question, Object value, Language language) {
        return question.options().get(Integer.parseInt(value.toString()) - 1).get(language.code());
    }

    private String yesNo(String answer, Language language) {
        return prompts.phrase("answer." + answer, language);
    }
}
