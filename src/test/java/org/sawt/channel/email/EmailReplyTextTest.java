package org.sawt.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Only what the participant wrote is kept: quoted history, markers and signatures go, long answers stay whole. */
class EmailReplyTextTest {

    @Test
    void quotedHistoryAfterAnEnglishHeaderIsDropped() {
        String reply = """
                1) 2
                2) yes

                On Mon, 23 Nov 2026 at 12:02, Sawt <consultations@sawt.example> wrote:

                > 1) What comes first?
                >    1. Roads
                """;

        assertThat(ReplyTextExtractor.newText(reply)).isEqualTo("1) 2\n2) yes");
    }

    @Test
    void aQuoteHeaderWrappedOverTwoLinesIsRecognised() {
        String reply = """
                Yes, I agree.

                On Mon, 23 Nov 2026 at 12:02, Sawt via the municipality <consultations@sawt.example>
                wrote:
                > Do you support the plan?
                """;

        assertThat(ReplyTextExtractor.newText(reply)).isEqualTo("Yes, I agree.");
    }

    @Test
    void arabicPersianAndFrenchQuoteHeadersAreRecognised() {
        assertThat(ReplyTextExtractor.newText("""
                نعم
                في الاثنين، ٢٣ نوفمبر ٢٠٢٦ في ١٢:٠٢ م، كتب صوت <consultations@sawt.example>:
                > هل توافق على الخطة؟
                """)).isEqualTo("نعم");
        assertThat(ReplyTextExtractor.newText("""
                بله
                در تاریخ دوشنبه ۲ آذر ۱۴۰۵، صوت <consultations@sawt.example> نوشت:
                > آیا با طرح موافقید؟
                """)).isEqualTo("بله");
        assertThat(ReplyTextExtractor.newText("""
                oui
                Le lun. 23 nov. 2026 à 12:02, Sawt <consultations@sawt.example> a écrit :
                > Soutenez-vous le projet ?
                """)).isEqualTo("oui");
    }

    @Test
    void bidiMarksAroundAnArabicHeaderDoNotHideIt() {
        String reply = "نعم\n\u200fفي ٢٣ نوفمبر ٢٠٢٦، كتب \u202aSawt <consultations@sawt.example>\u202c:\u200f\n"
                + "> سؤال\n";

        assertThat(ReplyTextExtractor.newText(reply)).isEqualTo("نعم");
    }

    @Test
    void anAnswerWrittenBelowTheQuoteIsKept() {
        String reply = """
                On Mon, 23 Nov 2026 at 12:02, Sawt <consultations@sawt.example> wrote:
                > 1) What comes first?

                1) 3
                """;

        assertThat(ReplyTextExtractor.newText(reply)).isEqualTo("1) 3");
    }

    @Test
    void outlookHistoryWithoutQuoteMarksIsCut() {
        assertThat(ReplyTextExtractor.newText("""
                1) 1
                2) no

                From: Sawt <consultations@sawt.example>
                Sent: Monday, 23 November 2026 12:02
                To: Amira Haddad
                Subject: Municipal priorities
                1) What comes first?
                """)).isEqualTo("1) 1\n2) no");
        assertThat(ReplyTextExtractor.newText("""
                2) non
                -----Original Message-----
                1) What comes first?
                """)).isEqualTo("2) non");
    }

    @Test
    void ourReplyAboveThisLineMarkerEndsTheNewText() {
        String reply = """
                1) 2
                ##- Please type your reply above this line -##
                Municipal priorities
                """;

        assertThat(ReplyTextExtractor.newText(reply)).isEqualTo("1) 2");
    }

    @Test
    void signaturesAreCut() {
        assertThat(ReplyTextExtractor.newText("1) 2\n-- \nAmira Haddad\nMinistry of Planning\n")).isEqualTo("1) 2");
        assertThat(ReplyTextExtractor.newText("1) 2\n\nSent from my iPhone\n")).isEqualTo("1) 2");
        assertThat(ReplyTextExtractor.newText("١) ٢\n\nأُرسلت من الـ iPhone\n")).isEqualTo("١) ٢");
    }

    @Test
    void aLongFreeTextAnswerIsKeptWholeWithItsParagraphs() {
        String answer = "3) The plan forgets the eastern districts.\n\nThey have no park at all, and the buses "
                + "stop running at nine.\nPlease consider:\n- a park near the school\n- later buses";

        assertThat(ReplyTextExtractor.newText(answer + "\n\nOn Mon, 23 Nov 2026, Sawt <s@x.example> wrote:\n> x"))
                .isEqualTo(answer);
    }

    @Test
    void htmlBecomesTextAndItsQuotedHistoryIsDropped() {
        String html = "<html><head><style>p{margin:0}</style></head><body><div dir=\"ltr\">1) 2<br>2) yes &amp; "
                + "thanks<br>3) Caf&eacute; terraces&nbsp;please</div><div class=\"gmail_quote\">On Mon, Sawt "
                + "wrote:<blockquote>1) What comes first?</blockquote></div></body></html>";

        assertThat(HtmlText.toPlain(html)).isEqualTo("1) 2\n2) yes & thanks\n3) Café terraces please");
    }

    @Test
    void htmlParagraphsAndArabicSurvive() {
        String html = "<div dir=\"rtl\"><p>١) ٣</p><p>٢) نعم</p></div><blockquote type=\"cite\">السؤال</blockquote>";

        assertThat(HtmlText.toPlain(html)).isEqualTo("١) ٣\n٢) نعم");
    }

    @Test
    void hostileHtmlIsReadInLinearTime() {
        String unclosedElements = "<p>1) 2</p>" + "<style <x ".repeat(100_000);
        String unclosedTags = "<p>1) 2</p>" + " \n <x".repeat(100_000);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(HtmlText.toPlain(unclosedElements)).isEqualTo("1) 2");
            assertThat(HtmlText.toPlain(unclosedTags)).startsWith("1) 2\n<x <x");
        });
    }
}
