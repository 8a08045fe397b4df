package org.sawt.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/** Poll invitations on twilio-sms and twilio-whatsapp reach a fake Twilio REST API exactly as Twilio expects them. */
class TwilioOutboundTest extends TwilioGatewayTest {

    @Test
    void aPollBroadcastReachesTwilioAsOneMessagesApiRequestPerContact() {
        String phone = uniquePhone();
        String contactId = inviteToOpenPoll(newAgency("Twilio broadcast"), phone, "twilio-sms");

        Map<String, Object> invitation = invitation(contactId);
        LoggedRequest request = singleRequestTo(phone);
        assertThat(request.getUrl()).isEqualTo(MESSAGES_PATH);
        assertThat(request.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(request)).containsOnly(Map.entry("To", phone), Map.entry("From", FROM_NUMBER),
                Map.entry("Body", (String) invitation.get("text")),
                Map.entry("StatusCallback", PUBLIC_URL + "/channels/twilio/status"));
        assertThat((String) invitation.get("text")).contains("رأيك يهمنا.", "1. الطرق");
        assertThat(invitation).containsEntry("status", "SENT");
        assertThat((String) invitation.get("provider_message_id")).matches("SM[0-9a-fA-F]{32}");
    }

    @Test
    void rateLimitsAndServerErrorsAreRetried() {
        String rateLimited = uniquePhone();
        String serverError = uniquePhone();
        failOnceThenAccept(rateLimited, twilioError(429, "send-error-429-20429.json"));
        failOnceThenAccept(serverError, aResponse().withStatus(500));
        ApiClient agency = newAgency("Twilio retries");

        String first = inviteToOpenPoll(agency, rateLimited, "twilio-sms");
        String second = inviteToOpenPoll(agency, serverError, "twilio-sms");

        assertThat(invitation(first)).containsEntry("status", "SENT");
        assertThat(invitation(second)).containsEntry("status", "SENT");
        TWILIO.verify(2, postRequestedFor(urlEqualTo(MESSAGES_PATH)).withFormParam("To", equalTo(rateLimited)));
        TWILIO.verify(2, postRequestedFor(urlEqualTo(MESSAGES_PATH)).withFormParam("To", equalTo(serverError)));
    }

    @Test
    void aServerErrorThatLastsIsRetriedOnlyByTheErrorHandlerThenDeadLettered() {
        String phone = uniquePhone();
        TWILIO.stubFor(post(urlEqualTo(MESSAGES_PATH)).withFormParam("To", equalTo(phone)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        String contactId = inviteToOpenPoll(newAgency("Twilio down"), phone, "twilio-sms");

        assertThat(invitation(contactId)).containsEntry("status", "FAILED");
        assertThat((String) invitation(contactId).get("error"))
                .isEqualTo("TwilioTemporaryFailure: Twilio answered HTTP 503, to be retried");
        // one attempt and one redelivery (sawt.errors.maximum-redeliveries=1 in the tests): no hidden SDK retries
        TWILIO.verify(2, postRequestedFor(urlEqualTo(MESSAGES_PATH)).withFormParam("To", equalTo(phone)));
    }

    @Test
    void aClientErrorFailsTheMessageForGoodWithTwiliosReason() {
        String phone = uniquePhone();
        TWILIO.stubFor(post(urlEqualTo(MESSAGES_PATH)).withFormParam("To", equalTo(phone)).atPriority(1)
                .willReturn(twilioError(400, "send-error-400-21211.json")));

        String contactId = inviteToOpenPoll(newAgency("Twilio refusal"), phone, "twilio-sms");

        Map<String, Object> invitation = invitation(contactId);
        assertThat(invitation).containsEntry("status", "FAILED");
        assertThat((String) invitation.get("error")).contains("Twilio error 21211 (HTTP 400)",
                "is not a valid phone number").doesNotContain("+15005550001");
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES_PATH)).withFormParam("To", equalTo(phone)));
        assertThat(jdbc.sql("select count(*) from dead_letter where body like :id")
                .param("id", "%" + invitation.get("id") + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnsubscribedRecipientRefusedAtSendingIsOptedOut() {
        String phone = uniquePhone();
        TWILIO.stubFor(post(urlEqualTo(MESSAGES_PATH)).withFormParam("To", equalTo(phone)).atPriority(1)
                .willReturn(twilioError(400, "send-error-400-21610.json")));
        ApiClient agency = newAgency("Twilio unsubscribed at send");

        String contactId = inviteToOpenPoll(agency, phone, "twilio-sms");

        assertThat(invitation(contactId)).containsEntry("status", "FAILED");
        assertThat(agency.get("/api/v1/contacts/" + contactId).json().path("optedOut").asBoolean()).isTrue();
    }

    @Test
    void aWhatsAppInvitationIsAddressedToWhatsApp() {
        String phone = uniquePhone();

        inviteToOpenPoll(newAgency("Twilio WhatsApp"), phone, "twilio-whatsapp");

        assertThat(form(singleRequestTo("whatsapp:" + phone)))
                .containsEntry("From", "whatsapp:" + WHATSAPP_FROM)
                .containsEntry("StatusCallback", PUBLIC_URL + "/channels/twilio/status")
                .containsKey("Body").doesNotContainKey("MessagingServiceSid");
    }

    private static void failOnceThenAccept(String phone, ResponseDefinitionBuilder failure) {
        TWILIO.stubFor(post(urlEqualTo(MESSAGES_PATH)).withFormParam("To", equalTo(phone)).atPriority(1)
                .inScenario(phone).whenScenarioStateIs(STARTED).willSetStateTo("failed once")
                .willReturn(failure));
        TWILIO.stubFor(post(urlEqualTo(MESSAGES_PATH)).withFormParam("To", equalTo(phone)).atPriority(1)
                .inScenario(phone).whenScenarioStateIs("failed once").willReturn(created()));
    }

    private static LoggedRequest singleRequestTo(String to) {
        List<LoggedRequest> requests = TWILIO.findAll(postRequestedFor(urlEqualTo(MESSAGES_PATH))
                .withFormParam("To", equalTo(to)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static Map<String, String> form(LoggedRequest request) {
        return TwilioWebhookClient.decode(request.getBodyAsString()).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
