package org.sawt.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Whole voice calls answered on the keypad, their TwiML read as XML: an Arabic caller and an English one answer a
 * questionnaire (its free-text question skipped), silence is asked again, a retried keypress counts once; a
 * broadcast on twilio-voice places a call at the fake Twilio and a busy line is recorded; unsigned requests get 403.
 */
class TwilioVoiceCallTest extends TwilioGatewayTest {

    static final String CALLS_PATH = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls.json";
    static final String VOICE = "/channels/twilio/voice";

    ApiClient agency;
    String questionnaireId;

    @BeforeEach
    void openQuestionnaire() {
        agency = newAgency("Ministry of Voice");
        Map<String, Object> ideas = Map.of("type", "FREE_TEXT",
                "text", Map.of("ar", "ما اقتراحك؟", "en", "What do you suggest?"));
        Map<String, Object> support = Map.of("type", "YES_NO",
                "text", Map.of("ar", "هل توافق على الخطة؟", "en", "Do you support the plan?"));
        Map<String, Object> rating = Map.of("type", "RATING",
                "text", Map.of("ar", "كيف تقيّم الخدمة؟", "en", "How do you rate the service?"));
        questionnaireId = agency.post("/api/v1/engagements", bilingual("QUESTIONNAIRE", "رأيك يهمنا.",
                priorityQuestion(), support, ideas, rating)).text("id");
        agency.post("/api/v1/engagements/" + questionnaireId + "/open", null);
    }

    @Test
    void arabicCallerAnswersByKeypadAndIsCounted() throws Exception {
        Call call = new Call(contact("ar"), "inbound");
        Document languages = call.start();
        assertThat(texts(languages, "//Gather/Say")).containsExactly("العربية: اضغط 1.", "English: press 2.",
                "Français : tapez 3.");
        assertThat(attribute(languages, "//Gather/@numDigits")).isEqualTo("1");
        assertThat(attribute(languages, "//Gather/@input")).isEqualTo("dtmf");
        assertThat(attribute(languages, "//Gather/@action")).isEqualTo(PUBLIC_URL + VOICE + "?step=1");
        assertThat(attribute(languages, "//Gather/Say[1]/@voice")).isEqualTo("Polly.Zeina");
        assertThat(attribute(languages, "//Redirect")).isEqualTo(PUBLIC_URL + VOICE + "?step=1");

        assertThat(texts(call.press("1"), "//Gather/Say")).containsExactly("اختر استشارة:",
                "أولويات البلدية: اضغط 1.");
        assertThat(texts(call.press("1"), "//Gather/Say")).containsExactly("رأيك يهمنا.", "ما الأولوية؟",
                "الطرق: اضغط 1.", "المياه: اضغط 2.", "الحدائق: اضغط 3.");
        assertThat(texts(call.press("2"), "//Gather/Say")).contains("هل توافق على الخطة؟", "نعم: اضغط 1.");
        Document rating = call.press("1");
        assertThat(texts(rating, "//Gather/Say")).containsExactly("تم تخطي سؤال يحتاج إلى إجابة مكتوبة.",
                "كيف تقيّم الخدمة؟", "اضغط رقمًا من 1، الأسوأ، إلى 5، الأفضل.");
        assertThat(texts(call.press("4"), "//Gather/Say")).contains("أجبت على «أولويات البلدية».", "تأكيد: اضغط 1.");
        Document thanks = call.press("1");
        assertThat(texts(thanks, "/Response/Say")).containsExactly("شكرًا لك! سُجّلت إجاباتك على «أولويات البلدية».");
        assertThat(thanks.getElementsByTagName("Hangup").getLength()).isEqualTo(1);
        assertThat(thanks.getElementsByTagName("Gather").getLength()).isZero();

        JsonNode results = agency.get("/api/v1/engagements/" + questionnaireId + "/results").json();
        assertThat(results.path("participants").asInt()).isEqualTo(1);
        assertThat(counts(results, 0)).containsExactly(0, 1, 0);
        assertThat(counts(results, 1)).containsExactly(1, 0);
        assertThat(counts(results, 3)).containsExactly(0, 0, 0, 1, 0);
        assertThat(results.path("questions").get(2).path("answered").asInt()).isZero();
    }

    @Test
    void englishCallerIsAskedAgainAfterSilenceAndARetryCountsOnce() throws Exception {
        Call call = new Call(contact("en"), "inbound");
        call.start();
        call.press("2");
        Document question = call.press("1");
        assertThat(texts(question, "//Gather/Say")).containsExactly("Your opinion matters.", "What comes first?",
                "Roads: press 1.", "Water: press 2.", "Parks: press 3.");
        assertThat(attribute(question, "//Gather/Say[1]/@language")).isEqualTo("en-US");
        Document silence = call.nothing();
        assertThat(texts(silence, "//Gather/Say")).startsWith("We did not hear your choice.", "Your opinion matters.");
        Document next = call.press("3");
        assertThat(texts(call.retry(), "//Gather/Say")).isEqualTo(texts(next, "//Gather/Say"))
                .contains("Do you support the plan?");
        call.press("2");
        call.press("5");
        assertThat(texts(call.press("1"), "/Response/Say"))
                .containsExactly("Thank you! Your answers to \"Municipal priorities\" were recorded.");

        JsonNode results = agency.get("/api/v1/engagements/" + questionnaireId + "/results").json();
        assertThat(counts(results, 0)).containsExactly(0, 0, 1);
        assertThat(counts(results, 1)).containsExactly(0, 1);
        assertThat(jdbc.sql("select count(*) from inbound_message where channel = 'twilio-voice' and "
                + "provider_message_id like :sid").param("sid", call.sid + ":%").query(Long.class).single())
                .isEqualTo(6);
    }

    @Test
    void silenceThreeTimesSaysGoodbye() throws Exception {
        Call call = new Call(contact("en"), "inbound");
        call.start();
        call.press("2");
        call.nothing();
        call.nothing();
        Document goodbye = call.nothing();
        assertThat(texts(goodbye, "/Response/Say")).containsExactly("Goodbye. Call again at any time.");
        assertThat(goodbye.getElementsByTagName("Hangup").getLength()).isEqualTo(1);
    }

    @Test
    void aBroadcastPlacesCallsAndABusyLineIsRecorded() throws Exception {
        String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
        TWILIO.stubFor(post(urlEqualTo(CALLS_PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\": \"" + sid + "\", \"account_sid\": \"" + ACCOUNT_SID + "\", \"status\": \"queued\"}")));
        String phone = uniquePhone();
        ApiClient.Reply contact = agency.post("/api/v1/contacts", Map.of("phone", phone, "language", "en"));
        broadcast(agency, questionnaireId, "twilio-voice", contact.text("id"));
        TWILIO.verify(postRequestedFor(urlEqualTo(CALLS_PATH))
                .withRequestBody(containing("To=" + URLEncoder.encode(phone, StandardCharsets.UTF_8)))
                .withRequestBody(containing("From=" + URLEncoder.encode(FROM_NUMBER, StandardCharsets.UTF_8)))
                .withRequestBody(containing("Url=" + URLEncoder.encode(PUBLIC_URL + VOICE, StandardCharsets.UTF_8)))
                .withRequestBody(containing("StatusCallback=" + URLEncoder.encode(PUBLIC_URL + VOICE + "/status",
                        StandardCharsets.UTF_8)))
                .withRequestBody(containing("StatusCallbackEvent=completed")));
        assertThat(invitation(contact.text("id"))).containsEntry("provider_message_id", sid);

        Call answered = new Call(phone, "outbound-api");
        assertThat(texts(answered.start(), "//Gather/Say")).contains("English: press 2.");
        assertThat(texts(answered.press("2"), "//Gather/Say")).as("the call goes straight to the invitation")
                .startsWith("Your opinion matters.", "What comes first?");

        ApiClient.Reply busy = webhooks.post(VOICE + "/status", List.of(Map.entry("CallSid", sid),
                Map.entry("CallStatus", "busy"), Map.entry("To", phone)));
        assertThat(busy.status()).isEqualTo(204);
        assertThat(invitation(contact.text("id"))).containsEntry("status", "FAILED").containsEntry("error", "call busy");
    }

    @Test
    void aRecordedPromptIsPlayedInsteadOfSpoken() throws Exception {
        Path recording = Path.of(PROMPTS_DIR, "en", "menu.no-input.mp3");
        Files.createDirectories(recording.getParent());
        Files.write(recording, new byte[] {'I', 'D', '3', 4});
        try {
            Call call = new Call(contact("en"), "inbound");
            call.start();
            call.press("2");
            Document silence = call.nothing();
            assertThat(attribute(silence, "//Gather/Play[1]"))
                    .isEqualTo(PUBLIC_URL + VOICE + "/prompts/en/menu.no-input.mp3");
            assertThat(texts(silence, "//Gather/Say")).doesNotContain("We did not hear your choice.")
                    .contains("Choose a consultation:");
            ApiClient.Reply file = anonymous().get(VOICE + "/prompts/en/menu.no-input.mp3");
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.contentType()).isEqualTo("audio/mpeg");
            assertThat(anonymous().get(VOICE + "/prompts/en/..%2F..%2Fpom.xml").status()).as("no way out of the folder")
                    .isIn(400, 404);
            assertThat(anonymous().get(VOICE + "/prompts/xx/menu.no-input.mp3").status()).isEqualTo(404);
        } finally {
            Files.delete(recording);
        }
    }

    @Test
    void severalChoicesArePressedOneAfterTheOtherThenHash() throws Exception {
        String pollId = agency.post("/api/v1/engagements", Map.of("type", "POLL",
                "title", Map.of("en", "Parks"), "languages", List.of("en"),
                "questions", List.of(Map.of("type", "MULTIPLE_CHOICE", "text", Map.of("en", "Which parks?"),
                        "options", List.of(Map.of("en", "North"), Map.of("en", "South"), Map.of("en", "East"))))))
                .text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        Call call = new Call(contact("en"), "inbound");
        call.start();
        call.press("2");
        Document question = call.press("1");
        assertThat(texts(question, "//Gather/Say")).containsExactly("Which parks?", "North: press 1.",
                "South: press 2.", "East: press 3.", "Press the numbers of your choices, then the hash key.");
        assertThat(attribute(question, "//Gather/@finishOnKey")).isEqualTo("#");
        assertThat(attribute(question, "//Gather/@numDigits")).isEmpty();
        call.press("13");
        JsonNode results = agency.get("/api/v1/engagements/" + pollId + "/results").json();
        assertThat(counts(results, 0)).containsExactly(1, 0, 1);
    }

    @Test
    void unsignedOrWronglySignedRequestsAreRefused() {
        String phone = contact("en");
        String body = TwilioWebhookClient.encode(List.of(Map.entry("CallSid", "CAunsigned"), Map.entry("From", phone),
                Map.entry("Direction", "inbound"), Map.entry("Digits", "1")));
        assertThat(webhooks.post(VOICE + "?step=1", body, null).status()).isEqualTo(403);
        assertThat(webhooks.post(VOICE + "?step=1", body, "d3Jvbmc=").status()).isEqualTo(403);
        assertThat(webhooks.post(VOICE + "/status", "CallSid=CAx&CallStatus=busy", null).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from inbound_message where provider_message_id like 'CAunsigned%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCallWithoutSidIsRefusedAndAWithheldNumberIsToldItIsNotRegistered() throws Exception {
        ApiClient.Reply noSid = webhooks.post(VOICE, List.of(Map.entry("From", "+15005550006"),
                Map.entry("Direction", "inbound")));
        assertThat(noSid.status()).isEqualTo(400);
        assertThat(noSid.body()).contains("CallSid");
        ApiClient.Reply withheld = webhooks.post(VOICE, List.of(Map.entry("CallSid", "CAwithheld"),
                Map.entry("From", "anonymous"), Map.entry("Direction", "inbound")));
        assertThat(withheld.status()).isEqualTo(200);
        Document twiml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(withheld.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(texts(twiml, "/Response/Say")).containsExactly("عذرًا، هذا الرقم غير مسجل في أي استشارة.");
        assertThat(twiml.getElementsByTagName("Hangup").getLength()).isEqualTo(1);
        assertThat(webhooks.post(VOICE + "/status", List.of(Map.entry("CallSid", "CAx"),
                Map.entry("CallStatus", "ringing"))).status()).isEqualTo(400);
    }

    /** One phone call: Twilio's requests with the call's fields, signed, and the TwiML answers parsed. */
    private final class Call {

        final String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
        final String phone;
        final String direction;
        int step;
        String lastDigits;

        Call(String phone, String direction) {
            this.phone = phone;
            this.direction = direction;
        }

        Document start() throws Exception {
            step = 0;
            return request(VOICE, null);
        }

        Document press(String digits) throws Exception {
            step++;
            lastDigits = digits;
            return request(VOICE + "?step=" + step, digits);
        }

        Document nothing() throws Exception {
            step++;
            return request(VOICE + "?step=" + step, null);
        }

        Document retry() throws Exception {
            return request(VOICE + "?step=" + step, lastDigits);
        }

        private Document request(String path, String digits) throws Exception {
            List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("CallSid", sid),
                    Map.entry("AccountSid", ACCOUNT_SID), Map.entry("CallStatus", "in-progress"),
                    Map.entry("Direction", direction),
                    Map.entry("From", "outbound-api".equals(direction) ? FROM_NUMBER : phone),
                    Map.entry("To", "outbound-api".equals(direction) ? phone : FROM_NUMBER)));
            if (digits != null) {
                fields.add(Map.entry("Digits", digits));
            }
            ApiClient.Reply reply = webhooks.post(path, fields);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("text/xml");
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)));
        }
    }

    private String contact(String language) {
        String phone = uniquePhone();
        ApiClient.Reply contact = agency.post("/api/v1/contacts", Map.of("phone", phone, "language", language));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        return phone;
    }

    private static List<String> texts(Document twiml, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, twiml, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static String attribute(Document twiml, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, twiml);
    }

    private static List<Integer> counts(JsonNode results, int question) {
        List<Integer> counts = new ArrayList<>();
        results.path("questions").get(question).path("options").forEach(o -> counts.add(o.path("count").asInt()));
        return counts;
    }
}
