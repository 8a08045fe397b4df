package org.sawt.channel.email;

import java.util.List;
import org.sawt.channel.OutboundMessage;
import org.sawt.engagement.Engagement;
import org.sawt.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes an outbound message as an email: subject, plain text and HTML in the participant's language, right to
 * left for Arabic and Persian. An invitation shows the whole questionnaire with how to answer it in one reply;
 * any other message shows its text. Mail that can be answered starts with the "reply above this line" marker.
 */
@Component
class EmailRenderer {

    private static final String FONT = "font-family:Arial,Tahoma,sans-serif;line-height:1.5;color:#222";

    private final QuestionList questionList;

    EmailRenderer(QuestionList questionList) {
        this.questionList = questionList;
    }

    /** What an email says. */
    record Rendered(String subject, String text, String html) {
    }

    /**
     * @param engagement the engagement the message is about, or null
     * @param language   the participant's language, or null when unknown (the reader's client picks the direction)
     * @param token      the reply token, or null when a reply cannot be matched to a participant
     */
    Rendered render(OutboundMessage message, Engagement engagement, Language language, String token,
            String senderName) {
        Language shown = language == null ? Language.EN : language;
        EmailPhrases phrases = EmailPhrases.of(shown);
        boolean invitation = message.broadcastId() != null && engagement != null;
        String title = engagement == null ? null : engagement.title().get(shown.code());
        String subject = title == null ? senderName : (invitation ? "" : "Re: ") + title;
        if (token != null) {
            subject += " " + ReplyAddress.subjectTag(token);
        }
        String marker = token == null ? null : phrases.marker();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        if (marker != null) {
            text.append(marker).append("\n\n");
            html.append("<p style=\"color:#888;font-size:12px\">").append(escape(marker)).append("</p>");
        }
        if (invitation) {
            invitation(engagement, shown, phrases, text, html);
        } else {
            text.append(message.text());
            html.append(paragraphs(message.text()));
        }
        if (token != null) {
            text.append("\n\n").append(phrases.stopHint());
            html.append("<p style=\"color:#555;font-size:13px\">").append(escape(phrases.stopHint())).append("</p>");
        }
        return new Rendered(subject, text.toString(), page(subject, language, html.toString()));
    }

    private void invitation(Engagement engagement, Language language, EmailPhrases phrases, StringBuilder text,
            StringBuilder html) {
        String title = engagement.title().get(language.code());
        String intro = engagement.invitation().get(language.code());
        List<String> example = questionList.exampleLines(engagement, language);
        text.append(title).append("\n\n");
        html.append("<h1 style=\"font-size:20px\">").append(escape(title)).append("</h1>");
        if (intro != null && !intro.isBlank()) {
            text.append(intro).append("\n\n");
            html.append(paragraphs(intro));
        }
        text.append(phrases.howToAnswer()).append('\n').append(String.join("\n", example)).append("\n\n")
                .append(phrases.questionsHeading()).append("\n\n").append(questionList.text(engagement, language));
        html.append("<p>").append(escape(phrases.howToAnswer())).append("</p>")
                .append("<div style=\"background:#f3f3f3;padding:8px 12px;margin:0 0 16px\">");
        example.forEach(line -> html.append("<div dir=\"auto\">").append(escape(line)).append("</div>"));
        html.append("</div><h2 style=\"font-size:17px\">").append(escape(phrases.questionsHeading()))
                .append("</h2>").append(questionList.html(engagement, language));
    }

    private static String page(String subject, Language language, String body) {
        String direction = language == null ? "auto" : language.rightToLeft() ? "rtl" : "ltr";
        String lang = language == null ? "" : " lang=\"" + language.code() + "\"";
        String align = language == null ? "" : language.rightToLeft() ? ";text-align:right" : ";text-align:left";
        return "<!DOCTYPE html>\n<html" + lang + " dir=\"" + direction + "\"><head><meta charset=\"utf-8\"><title>"
                + escape(subject) + "</title></head><body dir=\"" + direction + "\" style=\"" + FONT + align
                + "\">" + body + "</body></html>";
    }

    /** Blank lines separate paragraphs; single line breaks are kept. */
    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    /** Escapes markup only: the page is UTF-8, so Arabic, Persian and accented letters stay as they are. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
