package org.sawt.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/**
 * A questionnaire broadcast on the email channel arrives as multipart text and HTML in each participant's
 * language, right to left in Arabic, with every question, how to answer, and the reply token in the Reply-To
 * address and the subject.
 */
class EmailInvitationTest extends EmailGatewayTest {

    @Test
    void invitationsAreRenderedForEachParticipant() throws Exception {
        ApiClient agency = newAgency("Municipality of Irbid");
        String engagementId = openQuestionnaire(agency);
        String english = uniqueAddress("amira");
        String arabic = uniqueAddress("khaled");
        String englishId = emailContact(agency, english, "en");
        String arabicId = emailContact(agency, arabic, "ar");

        inviteByEmail(agency, engagementId, List.of(englishId, arabicId));

        MimeMessage en = awaitEmail(english, 1);
        String token = replyToken(en);
        assertThat(en.isMimeType("multipart/alternative")).isTrue();
        assertThat(((InternetAddress) en.getFrom()[0]).getAddress()).isEqualTo(FROM);
        assertThat(en.getSubject()).isEqualTo(TITLE + " [#" + token + "]");
        assertThat(en.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(en.getHeader("Content-Language")).containsExactly("en");
        assertThat(en.getMessageID()).isEqualTo(jdbc.sql("select provider_message_id from outbound_message"
                + " where contact_id = cast(:id as uuid)").param("id", englishId).query(String.class).single());
        assertThat(bodyPart(en, "text/plain"))
                .startsWith("##- Please type your reply above this line -##\n\n" + TITLE + "\n\nYour opinion matters.")
                .contains( "How to answer: reply to this email.",
                        "1) 2\n2) Yes\n3) your answer in your own words",
                        "1) What comes first?\n   1. Roads\n   2. Water\n   3. Parks",
                        "2) Do you support the plan?\n   1. Yes\n   2. No",
                        "3) What else should we know?", "reply STOP")
                .doesNotContain(englishId, engagementId);
        assertThat(bodyPart(en, "text/html"))
                .contains("<html lang=\"en\" dir=\"ltr\">", "<b>1)</b> What comes first?", "<li>3. Parks</li>",
                        "<b>3)</b> What else should we know?");

        MimeMessage ar = awaitEmail(arabic, 1);
        String arabicToken = replyToken(ar);
        assertThat(arabicToken).isNotEqualTo(token);
        assertThat(ar.getSubject()).isEqualTo("أولويات البلدية [#" + arabicToken + "]");
        assertThat(bodyPart(ar, "text/plain"))
                .startsWith("##- يُرجى كتابة ردك فوق هذا السطر -##")
                .contains("رأيك يهمنا.", "طريقة الإجابة", "1) ما الأولوية؟\n   1. الطرق", "2) هل توافق على الخطة؟",
                        "3) ماذا يجب أن نعرف أيضًا؟", "«توقف»");
        assertThat(bodyPart(ar, "text/html"))
                .contains("<html lang=\"ar\" dir=\"rtl\">", "<body dir=\"rtl\"", "text-align:right",
                        "<b>2)</b> هل توافق على الخطة؟");
    }
}
