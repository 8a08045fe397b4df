package org.sawt.channel.email;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Plain text of an HTML-only reply. Mail clients put the quoted history in a blockquote or a marked container
 * (Gmail's gmail_quote, Outlook's divRplyFwdMsg, Apple Mail's blockquote type=cite) after the new text, so the
 * text ends where the first of those starts; block elements become line breaks. Every step is linear in the
 * length of the HTML, whatever a sender puts in it.
 */
final class HtmlText {

    private static final Pattern QUOTED_HISTORY = Pattern.compile(
            "(?i)<blockquote\\b|<div[^<>]*\\b(class|id)\\s*=\\s*[\"']?(gmail_quote|divRplyFwdMsg|appendonsend"
                    + "|moz-cite-prefix|yahoo_quoted)");
    private static final List<String> INVISIBLE = List.of("head", "style", "script", "title");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAKS = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6])\\s*>");
    private static final Pattern TAGS = Pattern.compile("<[^<>]*>");

    private HtmlText() {
    }

    static String toPlain(String html) {
        String text = html;
        Matcher history = QUOTED_HISTORY.matcher(text);
        if (history.find()) {
            text = text.substring(0, history.start());
        }
        for (String element : INVISIBLE) {
            text = withoutElement(text, element);
        }
        text = WHITESPACE.matcher(text).replaceAll(" ");
        text = LINE_BREAKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        text = HtmlUtils.htmlUnescape(text).replace('\u00a0', ' ');
        StringBuilder plain = new StringBuilder();
        boolean blank = false;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty() || !blank) {
                plain.append(stripped).append('\n');
            }
            blank = stripped.isEmpty();
        }
        return plain.toString().strip();
    }

    /** The HTML without every {@code <name …>…</name>} element; an unclosed one takes the rest with it. */
    private static String withoutElement(String html, String name) {
        Matcher open = Pattern.compile("(?i)<" + name + "\\b").matcher(html);
        Matcher close = Pattern.compile("(?i)</" + name + "\\s*>").matcher(html);
        StringBuilder kept = new StringBuilder();
        int from = 0;
        while (open.find(from)) {
            kept.append(html, from, open.start());
            if (!close.find(open.end())) {
                return kept.toString();
            }
            from = close.end();
        }
        return kept.append(html, from, html.length()).toString();
    }
}
