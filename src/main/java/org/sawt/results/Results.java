package org.sawt.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sawt.conversation.QuestionPrompts;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Engagements;
import org.sawt.engagement.Question;
import org.sawt.response.Responses;
import org.sawt.shared.Caller;
import org.sawt.shared.Language;
import org.springframework.stereotype.Service;

/** Tallies an engagement's responses per question and option, labelled in the engagement's languages. */
@Service
public class Results {

    private final Engagements engagements;
    private final Responses responses;
    private final QuestionPrompts prompts;

    Results(Engagements engagements, Responses responses, QuestionPrompts prompts) {
        this.engagements = engagements;
        this.responses = responses;
        this.prompts = prompts;
    }

    public EngagementResults of(Caller caller, UUID engagementId) {
        Engagement engagement = engagements.get(caller, engagementId);
        List<EngagementResults.QuestionResult> questions = new ArrayList<>();
        for (Question question : engagement.questions()) {
            Map<String, Long> counts = responses.countAnswers(engagementId, question.key());
            List<EngagementResults.OptionCount> options = new ArrayList<>();
            for (Map.Entry<String, Map<String, String>> option : optionsOf(question, engagement.languages()).entrySet()) {
                options.add(new EngagementResults.OptionCount(option.getKey(), option.getValue(),
                        counts.getOrDefault(option.getKey(), 0L)));
            }
            long answered = responses.countAnswered(engagementId, question.key());
            questions.add(new EngagementResults.QuestionResult(question.key(), question.type(), question.text(),
                    answered, options));
        }
        return new EngagementResults(engagementId, engagement.status(), responses.participants(engagementId), questions);
    }

    /** Answer values a question can take with their labels; empty for numbers and free text. */
    private Map<String, Map<String, String>> optionsOf(Question question, List<String> languages) {
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                for (int i = 0; i < question.options().size(); i++) {
                    options.put(Question.optionValue(i), question.options().get(i));
                }
            }
            case YES_NO -> {
                options.put("yes", phrase("answer.yes", languages));
                options.put("no", phrase("answer.no", languages));
            }
            case RATING -> {
                for (int stars = 1; stars <= 5; stars++) {
                    String value = Integer.toString(stars);
                    options.put(value, same(value, languages));
                }
            }
            case NUMBER, FREE_TEXT -> { }
        }
        return options;
    }

    private Map<String, String> phrase(String key, List<String> languages) {
        Map<String, String> labels = new LinkedHashMap<>();
        languages.forEach(code -> labels.put(code, prompts.phrase(key, Language.fromCode(code).orElseThrow())));
        return labels;
    }

    private static Map<String, String> same(String text, List<String> languages) {
        Map<String, String> labels = new LinkedHashMap<>();
        languages.forEach(code -> labels.put(code, text));
        return labels;
    }
}
