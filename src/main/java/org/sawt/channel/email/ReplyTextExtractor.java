package org.sawt.channel.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps only what the participant wrote in a reply: drops lines quoted with {@code >} and the line that
 * introduces them ("On … wrote:", "Le … a écrit :", "… كتب …:", "… نوشت:"), cuts at our "reply above this line"
 * marker and at unquoted forwarded history (Outlook's "-----Original Message-----" or "From: … Sent: …" block),
 * and cuts the signature after "-- ". Everything else, line breaks included, is kept: long answers stay whole.
 */
final class ReplyTextExtractor {

    /** Our marker, written at the top of every email with a token, in every language: {@code ##- … -##}. */
    static final String MARKER_START = "##-";

    private static final Pattern BIDI_MARKS = Pattern.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]");
    private static final Pattern QUOTE_HEADER = Pattern.compile(String.join("|",
            "(?is)^on\\b.{0,300}\\bwrote\\s*:$",
            "(?is)^le\\b.{0,300}\\ba\\s+écrit\\s*:$",
            "(?s)^(.{0,300}\\s)?كتبت?\\s.{0,300}:$",
            "(?s)^.{0,300}\\sنوشت(ه است)?\\s*:$",
            "(?is)^am\\b.{0,300}\\bschrieb.{0,100}:$"));
    private static final Pattern FORWARDED_HISTORY = Pattern.compile(
            "(?i)^(-{2,}\\s*(original message|message d'origine|الرسالة الأصلية|پیام اصلی)\\s*-{2,}|_{10,})$");
    private static final Pattern HEADER_BLOCK_START = Pattern.compile("(?i)^\\*?(from|de|من|از)\\s*:.*");
    private static final Pattern HEADER_BLOCK_NEXT = Pattern.compile(
            "(?i)^\\*?(sent|date|envoyé|to|à|subject|objet|cc"
                    + "|تاريخ الإرسال|التاريخ|إلى|الموضوع|تاریخ|به|موضوع)\\s*:.*");
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
            "(?i)^(sent from my |envoyé de mon |get outlook for |أُ?رسلت من |ارسال شده از ).*");

    private ReplyTextExtractor() {
    }

    static String newText(String body) {
        List<String> lines = new ArrayList<>(List.of(body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String plain = BIDI_MARKS.matcher(line).replaceAll("").strip();
            if (plain.startsWith(">")) {
                continue;
            }
            if (isQuoteHeader(lines, i)) {
                int next = nextNonBlank(lines, quoteHeaderEnd(lines, i) + 1);
                if (next < lines.size() && lines.get(next).strip().startsWith(">")) {
                    i = quoteHeaderEnd(lines, i);
                    continue;
                }
                break;
            }
            if (plain.startsWith(MARKER_START) || FORWARDED_HISTORY.matcher(plain).matches()
                    || isHeaderBlock(lines, i) || line.equals("-- ") || plain.equals("--")
                    || MOBILE_SIGNATURE.matcher(plain).matches()) {
                break;
            }
            kept.add(line.stripTrailing());
        }
        return String.join("\n", kept).strip();
    }

    /** A quote header, possibly wrapped over two lines by the client ("On Mon, … <a@b.c>" / "wrote:"). */
    private static boolean isQuoteHeader(List<String> lines, int i) {
        if (QUOTE_HEADER.matcher(plain(lines.get(i))).matches()) {
            return true;
        }
        if (i + 1 >= lines.size() || QUOTE_HEADER.matcher(plain(lines.get(i + 1))).matches()) {
            return false;
        }
        return QUOTE_HEADER.matcher(plain(lines.get(i)) + " " + plain(lines.get(i + 1))).matches();
    }

    private static int quoteHeaderEnd(List<String> lines, int i) {
        return QUOTE_HEADER.matcher(plain(lines.get(i))).matches() ? i : i + 1;
    }

    private static boolean isHeaderBlock(List<String> lines, int i) {
        if (!HEADER_BLOCK_START.matcher(plain(lines.get(i))).matches()) {
            return false;
        }
        int next = i + 1;
        return next < lines.size() && HEADER_BLOCK_NEXT.matcher(plain(lines.get(next))).matches();
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static String plain(String line) {
        return BIDI_MARKS.matcher(line).replaceAll("").strip();
    }
}
