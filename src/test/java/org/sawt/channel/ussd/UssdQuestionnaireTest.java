package org.sawt.channel.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whole USSD sessions over HTTP against the running gateway: a caller in Arabic and one in English answer a
 * three-question questionnaire and the results count them; a dropped session resumes; a retried request counts
 * once; requests that cannot be read end cleanly.
 */
class UssdQuestionnaireTest extends GatewayTest {

    @Autowired
    JdbcClient jdbc;

    ApiClient agency;
    String questionnaireId;

    @BeforeEach
    void openQuestionnaire() {
        agency = newAgency("Ministry of Roads");
        Map<String, Object> rating = Map.of("type", "RATING",
                "text", Map.of("ar", "كيف تقيّم الخدمة؟", "en", "How do you rate the service?"));
        Map<String, Object> support = Map.of("type", "YES_NO",
                "text", Map.of("ar", "هل توافق على الخطة؟", "en", "Do you support the plan?"));
        questionnaireId = agency.post("/api/v1/engagements", bilingual("QUESTIONNAIRE", "رأيك يهمنا.",
                priorityQuestion(), support, rating)).text("id");
        assertThat(agency.post("/api/v1/engagements/" + questionnaireId + "/open", null).text("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void arabicAndEnglishCallersAnswerAndAreCounted() {
        UssdPhone arabic = new UssdPhone(port, contact("ar"));
        assertThat(arabic.dial()).isEqualTo("CON 1. العربية\n2. English\n3. فارسی\n4. Français");
        String menu = arabic.press("1");
        assertThat(menu).startsWith("CON اختر استشارة:").contains("1. أولويات البلدية");
        String first = arabic.pageTo("3. الحدائق", arabic.press("1"));
        assertThat(arabic.screens()).anySatisfy(s -> assertThat(s).contains("رأيك يهمنا."));
        assertThat(first).contains("3. الحدائق");
        assertThat(arabic.press("٢")).contains("هل توافق على الخطة؟", "1. نعم", "2. لا");
        assertThat(arabic.press("1")).contains("كيف تقيّم الخدمة؟");
        assertThat(arabic.press("4")).startsWith("CON أجبت على «أولويات البلدية».").contains("1. تأكيد");
        assertThat(arabic.press("1")).isEqualTo("END شكرًا لك! سُجّلت إجاباتك على «أولويات البلدية».");

        UssdPhone english = new UssdPhone(port, contact("en"));
        english.dial();
        assertThat(english.press("2")).isEqualTo("CON Choose a consultation:\n1. Municipal priorities");
        assertThat(english.press("1")).isEqualTo(
                "CON Your opinion matters.\nWhat comes first?\n1. Roads\n2. Water\n3. Parks");
        assertThat(english.press("3")).isEqualTo("CON Do you support the plan?\n1. Yes\n2. No");
        assertThat(english.press("2")).isEqualTo(
                "CON How do you rate the service?\nReply with a number from 1 (worst) to 5 (best).");
        assertThat(english.press("5")).isEqualTo(
                "CON You answered \"Municipal priorities\".\n1. Confirm\n2. Change my answers");
        assertThat(english.press("1")).isEqualTo(
                "END Thank you! Your answers to \"Municipal priorities\" were recorded.");

        JsonNode results = agency.get("/api/v1/engagements/" + questionnaireId + "/results").json();
        assertThat(results.path("participants").asInt()).isEqualTo(2);
        assertThat(counts(results, 0)).containsExactly(0, 1, 1);
        assertThat(counts(results, 1)).containsExactly(1, 1);
        assertThat(counts(results, 2)).containsExactly(0, 0, 0, 1, 1);
        assertThat(agency.get("/api/v1/responses?engagementId=" + questionnaireId).json().path("items"))
                .allSatisfy(item -> assertThat(item.path("channel").asText()).isEqualTo("ussd"));
    }

    @Test
    void aDroppedSessionResumesWhereItStopped() {
        String phone = contact("en");
        UssdPhone caller = new UssdPhone(port, phone);
        caller.dial();
        caller.press("2");
        caller.press("1");
        assertThat(caller.press("1")).contains("Do you support the plan?");
        String dropped = caller.sessionId();
        assertThat(UssdPhone.post("http://localhost:" + port + AfricasTalkingUssdController.PATH + "/events?token="
                + USSD_TOKEN, Map.of("sessionId", dropped, "status", "Incomplete")).status()).isEqualTo(200);

        assertThat(caller.dial()).isEqualTo(
                "CON You did not finish \"Municipal priorities\".\n1. Continue\n2. Start over");
        assertThat(caller.press("1")).startsWith("CON Do you support the plan?");
        caller.press("1");
        caller.press("3");
        assertThat(caller.press("1")).startsWith("END Thank you!");
        assertThat(caller.dial()).as("finished: nothing to resume").startsWith("CON Choose a consultation:");

        JsonNode results = agency.get("/api/v1/engagements/" + questionnaireId + "/results").json();
        assertThat(counts(results, 0)).containsExactly(1, 0, 0);
        assertThat(counts(results, 1)).containsExactly(1, 0);
    }

    @Test
    void startingOverReplacesTheEarlierAnswers() {
        UssdPhone caller = new UssdPhone(port, contact("en"));
        caller.dial();
        caller.press("2");
        caller.press("1");
        caller.press("1");
        caller.dial();
        assertThat(caller.press("2")).startsWith("CON Your opinion matters.\nWhat comes first?");
        caller.press("2");
        caller.press("1");
        caller.press("5");
        assertThat(caller.press("1"))
                .isEqualTo("END Thank you! Your answers to \"Municipal priorities\" were updated.");
        JsonNode results = agency.get("/api/v1/engagements/" + questionnaireId + "/results").json();
        assertThat(counts(results, 0)).containsExactly(0, 1, 0);
        assertThat(results.path("participants").asInt()).isEqualTo(1);
    }

    @Test
    void arabicScreensArePagedAndMoreAndBackNeverTakeAnAnswer() {
        agency = newAgency("Municipality");
        String pollId = agency.post("/api/v1/engagements", Map.of("type", "POLL",
                "title", Map.of("ar", "أولويات البلدية"), "languages", List.of("ar"),
                "questions", List.of(Map.of("type", "SINGLE_CHOICE",
                        "text", Map.of("ar", "ما الذي يجب أن تعطيه البلدية الأولوية هذا العام؟"),
                        "options", List.of(Map.of("ar", "الطرق"), Map.of("ar", "المياه"),
                                Map.of("ar", "الحدائق العامة")))))).text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        UssdPhone caller = new UssdPhone(port, contact("ar"));
        caller.dial();
        caller.press("1");
        String first = caller.press("1");
        assertThat(first).contains("\n99. المزيد").doesNotContain("0. رجوع", "3. الحدائق");
        String second = caller.press("99");
        assertThat(second).contains("3. الحدائق العامة", "0. رجوع");
        assertThat(caller.press("0")).isEqualTo(first);
        assertThat(caller.press("3")).as("an option on the other page is still an answer")
                .startsWith("CON أجبت على «أولويات البلدية».");
        JsonNode results = agency.get("/api/v1/engagements/" + pollId + "/results").json();
        assertThat(counts(results, 0)).containsExactly(0, 0, 1);
        assertThat(jdbc.sql("select count(*) from inbound_message where channel = 'ussd' and provider_message_id like :s")
                .param("s", caller.sessionId() + ":%").query(Long.class).single())
                .as("language, engagement and the answer; paging is not an input of the menu").isEqualTo(3);
    }

    @Test
    void aRetriedRequestShowsTheSameScreenAndCountsOnce() {
        UssdPhone caller = new UssdPhone(port, contact("en"));
        caller.dial();
        caller.press("2");
        caller.press("1");
        String next = caller.press("2");
        assertThat(caller.retry()).isEqualTo(next);
        assertThat(caller.retry()).isEqualTo(next);
        assertThat(jdbc.sql("select count(*) from inbound_message where channel = 'ussd' and provider_message_id = :id")
                .param("id", caller.sessionId() + ":3").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from response_revision v join response r on r.id = v.response_id
                 where r.engagement_id = cast(:id as uuid)""").param("id", questionnaireId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select status from inbound_message where channel = 'ussd' and provider_message_id = :id")
                .param("id", caller.sessionId() + ":3").query(String.class).single()).isEqualTo("COUNTED");
    }

    @Test
    void answersNotUnderstoodAreAskedAgainThenTheSessionEnds() {
        UssdPhone caller = new UssdPhone(port, contact("en"));
        caller.dial();
        caller.press("2");
        caller.press("1");
        assertThat(caller.press("7")).startsWith("CON Sorry, we did not understand your answer.\nYour opinion");
        caller.press("x");
        assertThat(caller.press("9")).isEqualTo(
                "END We could not understand your answer. Dial again to continue.");
    }

    @Test
    void requestsThatCannotBeReadEndCleanly() {
        UssdPhone caller = new UssdPhone(port, contact("en"));
        for (Map<String, String> form : List.of(Map.of("phoneNumber", "+962790000999", "text", ""),
                Map.of("sessionId", "s1", "text", ""), Map.of("sessionId", "s1", "phoneNumber", "12", "text", ""),
                Map.of("sessionId", "bad id with spaces", "phoneNumber", "+962790000999", "text", "1"))) {
            ApiClient.Reply reply = caller.send(form);
            assertThat(reply.status()).as(form.toString()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo("END عذرًا، تعذرت قراءة الطلب. اطلب الرقم مجددًا.");
        }
        ApiClient.Reply json = anonymous().postText(AfricasTalkingUssdController.PATH + "?token=" + USSD_TOKEN,
                "{\"sessionId\": \"s3\"}", "application/json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).isEqualTo("END عذرًا، تعذرت قراءة الطلب. اطلب الرقم مجددًا.");
        assertThat(new UssdPhone(port, uniquePhone()).dial())
                .isEqualTo("END عذرًا، هذا الرقم غير مسجل في أي استشارة.");
        ApiClient.Reply unsigned = UssdPhone.post("http://localhost:" + port + AfricasTalkingUssdController.PATH
                + "?token=wrong", Map.of("sessionId", "s2", "phoneNumber", "+962790000999", "text", ""));
        assertThat(unsigned.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from inbound_message where provider_message_id like 's2:%'")
                .query(Long.class).single()).isZero();
    }

    private String contact(String language) {
        String phone = uniquePhone();
        ApiClient.Reply contact = agency.post("/api/v1/contacts", Map.of("phone", phone, "language", language));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        return phone;
    }

    private static List<Integer> counts(JsonNode results, int question) {
        List<Integer> counts = new ArrayList<>();
        results.path("questions").get(question).path("options").forEach(o -> counts.add(o.path("count").asInt()));
        return counts;
    }
}
