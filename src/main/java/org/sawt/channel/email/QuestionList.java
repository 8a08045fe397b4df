package org.sawt.channel.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.Question;
import org.sawt.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * All of an engagement's questions, numbered "1)", "2)"… with their numbered options and answer hints, as text
 * and as HTML, and an example reply built from the actual questions: an email is answered in one reply.
 */
@Component
class QuestionList {

    private final MessageSource messages;

    QuestionList(MessageSource messages) {
        this.messages = messages;
    }

    /** One question as shown: its number, text, options and hint (either may be empty). */
    private record Item(int number, String text, List<String> options, String hint) {
    }

    String text(Engagement engagement, Language language) {
        StringBuilder text = new StringBuilder();
        for (Item item : items(engagement, language)) {
            text.append(text.length() == 0 ? "" : "\n\n").append(item.number()).append(") ").append(item.text());
            item.options().forEach(option -> text.append("\n   ").append(option));
            if (!item.hint().isEmpty()) {
                text.append("\n   (").append(item.hint()).append(')');
            }
        }
        return text.toString();
    }

    String html(Engagement engagement, Language language) {
        StringBuilder html = new StringBuilder();
        for (Item item : items(engagement, language)) {
            html.append("<div style=\"margin:0 0 16px\"><p style=\"margin:0 0 4px\"><b>").append(item.number())
                    .append(")</b> ").append(EmailRenderer.escape(item.text())).append("</p>");
            if (!item.options().isEmpty()) {
                html.append("<ul style=\"list-style:none;margin:0;padding-inline-start:24px\">");
                item.options().forEach(option -> html.append("<li>").append(EmailRenderer.escape(option))
                        .append("</li>"));
                html.append("</ul>");
            }
            if (!item.hint().isEmpty()) {
                html.append("<p style=\"margin:4px 0 0;color:#555\">").append(EmailRenderer.escape(item.hint()))
                        .append("</p>");
            }
            html.append("</div>");
        }
        return html.toString();
    }

    /** Example answer lines, one per question: "1) 2", "2) Yes", "3) your answer in your own words". */
    List<String> exampleLines(Engagement engagement, Language language) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < engagement.questions().size(); i++) {
            lines.add((i + 1) + ") " + exampleAnswer(engagement.question(i), language));
        }
        return lines;
    }

    private List<Item> items(Engagement engagement, Language language) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < engagement.questions().size(); i++) {
            Question question = engagement.question(i);
            items.add(new Item(i + 1, question.text().get(language.code()), options(question, language),
                    hint(question, language)));
        }
        return items;
    }

    private List<String> options(Question question, Language language) {
        List<String> options = new ArrayList<>();
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<Map<String, String>> labels = question.options();
                for (int i = 0; i < labels.size(); i++) {
                    options.add(Question.optionValue(i) + ". " + labels.get(i).get(language.code()));
                }
            }
            case YES_NO -> {
                options.add("1. " + phrase("answer.yes", language));
                options.add("2. " + phrase("answer.no", language));
            }
            case RATING, NUMBER, FREE_TEXT -> { }
        }
        return options;
    }

    private String hint(Question question, Language language) {
        return switch (question.type()) {
            case MULTIPLE_CHOICE -> phrase("prompt.multiple", language);
            case RATING -> phrase("prompt.rating", language);
            case NUMBER -> phrase("prompt.number", language);
            case FREE_TEXT -> phrase("prompt.free-text", language);
            case SINGLE_CHOICE, YES_NO -> "";
        };
    }

    private String exampleAnswer(Question question, Language language) {
        return switch (question.type()) {
            case SINGLE_CHOICE -> question.options().size() > 1 ? "2" : "1";
            case MULTIPLE_CHOICE -> question.options().size() > 2 ? "1 3" : "1";
            case YES_NO -> phrase("answer.yes", language);
            case RATING -> "4";
            case NUMBER -> "12";
            case FREE_TEXT -> EmailPhrases.of(language).freeTextExample();
        };
    }

    private String phrase(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
