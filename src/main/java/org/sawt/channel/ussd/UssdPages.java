package org.sawt.channel.ussd;

import java.util.ArrayList;
import java.util.List;
import org.sawt.channel.MenuScreen;
import org.sawt.shared.Language;
import org.sawt.sms.SmsEncoding;
import org.sawt.sms.SmsSegments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays a menu screen out as USSD pages. A USSD string is 160 octets: 182 GSM-7 characters, or 80 when the text
 * needs UCS-2 (Arabic, Persian); the count includes the {@code CON }/{@code END } prefix, since we found no
 * provider saying it does not. Longer screens are cut between lines (a line too long for a page between its
 * words) into pages offering {@value #MORE} (more) and {@value #BACK} (back): numbers no choice uses, as choices run from 1 to
 * at most 20. A question answered with any number or words takes its answer on its last page only, which shows no
 * navigation, so no input ever means two things.
 */
@Component
class UssdPages {

    static final String MORE = "99";
    static final String BACK = "0";
    static final String PREFIX = "CON ";
    private static final int GSM7_LIMIT = 182;
    private static final int UCS2_LIMIT = 80;
    private static final String SENTENCE_ENDS = ".!?\u061F";

    private final SmsEncoding encoding;
    private final MessageSource messages;

    UssdPages(SmsEncoding encoding, MessageSource messages) {
        this.encoding = encoding;
        this.messages = messages;
    }

    /** The pages of the screen, each without its prefix; a last screen is one page, shortened if it must be. */
    List<String> pages(MenuScreen screen) {
        List<String> lines = screen.lines().stream().map(MenuScreen.Line::text).toList();
        String whole = String.join("\n", lines);
        if (screen.last()) {
            return List.of(shortened(whole));
        }
        if (fits(PREFIX + whole)) {
            return List.of(whole);
        }
        String more = MORE + ". " + phrase("menu.more", screen.language());
        String back = BACK + ". " + phrase("menu.back", screen.language());
        List<Piece> pieces = new ArrayList<>();
        lines.forEach(line -> pieces.addAll(split(line, more, back)));
        List<String> pages = new ArrayList<>();
        int from = 0;
        while (from < pieces.size()) {
            String backLine = pages.isEmpty() ? null : back;
            int to = fitting(pieces, from, backLine, null);
            boolean lastPage = to == pieces.size();
            if (!lastPage) {
                to = Math.max(from + 1, fitting(pieces, from, backLine, more));
            }
            boolean navigable = screen.answersAreChoices() || !lastPage;
            pages.add(page(pieces.subList(from, to), navigable ? backLine : null, lastPage ? null : more));
            from = to;
        }
        return pages;
    }

    /** Whether the text, prefix included, fits one USSD screen. */
    private boolean fits(String text) {
        SmsSegments analysed = encoding.analyse(text);
        return analysed.units() <= (analysed.encoding() == SmsSegments.Encoding.GSM7 ? GSM7_LIMIT : UCS2_LIMIT);
    }

    /** A fixed phrase in the language: navigation labels, and the controller's closing screens. */
    String phrase(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }

    /** A line, or the part of a line too long for one page; a part goes on the same line as the one before it. */
    private record Piece(String text, boolean continuesLine) {
    }

    /** How many pieces from {@code from} fit on one page with the navigation lines given (null: not shown). */
    private int fitting(List<Piece> pieces, int from, String back, String more) {
        int to = from;
        while (to < pieces.size() && fits(PREFIX + page(pieces.subList(from, to + 1), back, more))) {
            to++;
        }
        return to;
    }

    private static String page(List<Piece> pieces, String back, String more) {
        StringBuilder page = new StringBuilder();
        for (Piece piece : pieces) {
            if (page.length() > 0) {
                page.append(piece.continuesLine() ? ' ' : '\n');
            }
            page.append(piece.text());
        }
        if (more != null) {
            page.append('\n').append(more);
        }
        if (back != null) {
            page.append('\n').append(back);
        }
        return page.toString();
    }

    /** A line that would not fit a page with both navigation lines, cut between words (within a word if needed). */
    private List<Piece> split(String line, String more, String back) {
        if (fitsAlone(line, back, more)) {
            return List.of(new Piece(line, false));
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = part.length() == 0 ? word : part + " " + word;
            if (fitsAlone(candidate, back, more)) {
                part.setLength(0);
                part.append(candidate);
                continue;
            }
            if (part.length() > 0) {
                parts.add(part.toString());
            }
            part.setLength(0);
            String rest = word;
            while (!fitsAlone(rest, back, more)) {
                int cut = longestFittingPrefix(rest, back, more);
                parts.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            part.append(rest);
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        List<Piece> pieces = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            pieces.add(new Piece(parts.get(i), i > 0));
        }
        return pieces;
    }

    private boolean fitsAlone(String text, String back, String more) {
        return fits(PREFIX + page(List.of(new Piece(text, false)), back, more));
    }

    private int longestFittingPrefix(String word, String back, String more) {
        int cut = 1;
        while (cut < word.length() && fitsAlone(word.substring(0, cut + 1), back, more)) {
            cut++;
        }
        return Character.isHighSurrogate(word.charAt(cut - 1)) && cut > 1 ? cut - 1 : cut;
    }

    /**
     * A closing screen cannot page: a text too long (a phrase written for SMS) keeps its first sentences, or else
     * its first words, that fit.
     */
    private String shortened(String text) {
        if (fits(PREFIX + text)) {
            return text;
        }
        for (int end = text.length() - 1; end > 0; end--) {
            if (text.charAt(end) == ' ' && SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0
                    && fits(PREFIX + text.substring(0, end))) {
                return text.substring(0, end);
            }
        }
        String shown = text;
        while (!fits(PREFIX + shown) && shown.contains(" ")) {
            shown = shown.substring(0, shown.lastIndexOf(' '));
        }
        return shown;
    }
}
