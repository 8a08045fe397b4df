package org.sawt.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/**
 * Twilio's status callbacks over HTTP update the messages we sent, also when they come before the message's SID is
 * stored; error 21610 opts the contact out.
 */
class TwilioStatusCallbackTest extends TwilioGatewayTest {

    private static final String STATUS = "/channels/twilio/status";

    @Test
    void aDeliveredReportMarksTheMessageDeliveredAndALateSentReportDoesNotUndoIt() {
        String phone = uniquePhone();
        String contactId = inviteToOpenPoll(newAgency("Twilio delivery"), phone, "twilio-sms");
        String sid = (String) invitation(contactId).get("provider_message_id");
        assertThat(sid).startsWith("SM");

        ApiClient.Reply delivered = webhooks.post(STATUS, report(sid, phone, "delivered", null));
        ApiClient.Reply lateSent = webhooks.post(STATUS, report(sid, phone, "sent", null));

        assertThat(delivered.status()).as(delivered.toString()).isEqualTo(204);
        assertThat(lateSent.status()).isEqualTo(204);
        assertThat(invitation(contactId)).containsEntry("status", "DELIVERED");
    }

    @Test
    void anUndeliveredReportMarksTheMessageFailedWithTwiliosErrorCode() {
        String phone = uniquePhone();
        String contactId = inviteToOpenPoll(newAgency("Twilio undelivered"), phone, "twilio-sms");
        String sid = (String) invitation(contactId).get("provider_message_id");

        assertThat(webhooks.post(STATUS, report(sid, phone, "undelivered", "30003")).status()).isEqualTo(204);

        assertThat(invitation(contactId)).containsEntry("status", "FAILED")
                .containsEntry("error", "Twilio error 30003");
    }

    @Test
    void error21610OptsTheContactOutAndTheNextBroadcastSkipsThem() {
        ApiClient agency = newAgency("Twilio unsubscribed");
        String phone = uniquePhone();
        String contactId = inviteToOpenPoll(agency, phone, "twilio-sms");
        String sid = (String) invitation(contactId).get("provider_message_id");

        assertThat(webhooks.post(STATUS, report(sid, phone, "failed", "21610")).status()).isEqualTo(204);

        assertThat(agency.get("/api/v1/contacts/" + contactId).json().path("optedOut").asBoolean()).isTrue();
        assertThat(agency.get("/api/v1/contacts/" + contactId + "/consent").json().get(0).path("reason").asText())
                .isEqualTo("carrier reported unsubscribed (21610)");
        broadcast(agency, pollOf(contactId), "twilio-sms", contactId);
        assertThat(jdbc.sql("select status from outbound_message where contact_id = cast(:id as uuid) order by seq")
                .param("id", contactId).query(String.class).list()).filteredOn(status -> !"SKIPPED".equals(status))
                .containsExactly("FAILED");
        TWILIO.verify(1, postRequestedFor(urlEqualTo(MESSAGES_PATH)).withFormParam("To", equalTo(phone)));
    }

    @Test
    void error21610ArrivingBeforeTheSidIsStoredOptsTheContactOutWhenItIs() {
        ApiClient agency = newAgency("Twilio early unsubscribed");
        String phone = uniquePhone();
        String sid = nextSidFor(phone);

        // the callback comes first: no message has that SID yet, so the report is kept until the SID is stored
        assertThat(webhooks.post(STATUS, report(sid, phone, "failed", "21610")).status()).isEqualTo(204);
        String contactId = inviteToOpenPoll(agency, phone, "twilio-sms");

        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(invitation(contactId).get("status")));
        assertThat(invitation(contactId)).containsEntry("provider_message_id", sid)
                .containsEntry("error", "Twilio error 21610");
        assertThat(agency.get("/api/v1/contacts/" + contactId).json().path("optedOut").asBoolean()).isTrue();
        assertThat(agency.get("/api/v1/contacts/" + contactId + "/consent").json().get(0).path("reason").asText())
                .isEqualTo("carrier reported unsubscribed (21610)");
    }

    @Test
    void anEarlyReportWithAnotherErrorOptsNobodyOut() {
        ApiClient agency = newAgency("Twilio early undelivered");
        String phone = uniquePhone();
        String sid = nextSidFor(phone);

        assertThat(webhooks.post(STATUS, report(sid, phone, "undelivered", "30003")).status()).isEqualTo(204);
        String contactId = inviteToOpenPoll(agency, phone, "twilio-sms");

        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(invitation(contactId).get("status")));
        assertThat(invitation(contactId)).containsEntry("error", "Twilio error 30003");
        assertThat(agency.get("/api/v1/contacts/" + contactId).json().path("optedOut").asBoolean()).isFalse();
    }

    @Test
    void anUnknownStatusIsRefusedAndAnUnsignedReportIsForbidden() {
        String phone = uniquePhone();
        String contactId = inviteToOpenPoll(newAgency("Twilio odd reports"), phone, "twilio-sms");
        String sid = (String) invitation(contactId).get("provider_message_id");

        ApiClient.Reply unknown = webhooks.post(STATUS, report(sid, phone, "huh", null));
        ApiClient.Reply unsigned = webhooks.post(STATUS,
                TwilioWebhookClient.encode(report(sid, phone, "failed", "21610")), null);

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown status 'huh'");
        assertThat(unsigned.status()).isEqualTo(403);
        assertThat(invitation(contactId)).containsEntry("status", "SENT");
    }

    /** Makes the fake Twilio answer the next message to the phone with a fresh SID, known in advance. */
    private static String nextSidFor(String phone) {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        TWILIO.stubFor(post(urlEqualTo(MESSAGES_PATH)).withFormParam("To", equalTo(phone)).atPriority(1)
                .willReturn(created(sid)));
        return sid;
    }

    private static List<Map.Entry<String, String>> report(String sid, String to, String status, String errorCode) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("MessageSid", sid),
                Map.entry("MessageStatus", status), Map.entry("SmsStatus", status), Map.entry("To", to),
                Map.entry("From", FROM_NUMBER), Map.entry("AccountSid", ACCOUNT_SID),
                Map.entry("ApiVersion", "2010-04-01")));
        if (errorCode != null) {
            fields.add(Map.entry("ErrorCode", errorCode));
        }
        return fields;
    }
}
