package org.sawt.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;

/** Twilio's webhooks over HTTP: signed replies are counted once, unsigned or wrongly signed ones are refused. */
class TwilioWebhookTest extends TwilioGatewayTest {

    private static final String INBOUND = "/channels/twilio/sms";

    @Test
    void signedRepliesAreCountedIncludingArabicIndicDigits() {
        ApiClient agency = newAgency("Twilio replies");
        String phone = uniquePhone();
        String pollId = pollOf(inviteToOpenPoll(agency, phone, "twilio-sms"));

        ApiClient.Reply first = webhooks.post(INBOUND, sms(phone, "٢", newSid()));
        awaitMessagesTo(phone, 2);                    // the invitation, then the second question
        ApiClient.Reply second = webhooks.post(INBOUND, sms(phone, "نعم", newSid()));
        awaitMessagesTo(phone, 3);                    // then the thanks

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("text/xml");
        assertThat(first.body()).isEqualTo("<Response/>");
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        JsonNode results = agency.get("/api/v1/engagements/" + pollId + "/results").json();
        assertThat(results.path("participants").asInt()).isEqualTo(1);
        assertThat(counts(results.path("questions").get(0))).containsExactly(0, 1, 0);
        assertThat(counts(results.path("questions").get(1))).containsExactly(1, 0);
        assertThat(jdbc.sql("select status from inbound_message where channel = 'twilio-sms' and address = :a")
                .param("a", phone).query(String.class).list()).containsExactly("COUNTED", "COUNTED");
    }

    @Test
    void theSameMessageSidTwiceIsStoredAndCountedOnce() {
        ApiClient agency = newAgency("Twilio retries");
        String phone = uniquePhone();
        String pollId = pollOf(inviteToOpenPoll(agency, phone, "twilio-sms"));
        List<Map.Entry<String, String>> reply = sms(phone, "1", newSid());

        assertThat(webhooks.post(INBOUND, reply).status()).isEqualTo(200);
        assertThat(webhooks.post(INBOUND, reply).status()).isEqualTo(200);
        awaitMessagesTo(phone, 2);                    // the invitation and one answer to the reply, not two

        assertThat(jdbc.sql("select count(*) from inbound_message where channel = 'twilio-sms' and address = :a")
                .param("a", phone).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from response_revision v join response r on r.id = v.response_id
                 where r.engagement_id = cast(:id as uuid)""")
                .param("id", pollId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnsignedRequestIsRefusedAndNothingIsStored() {
        String phone = uniquePhone();

        ApiClient.Reply reply = webhooks.post(INBOUND, TwilioWebhookClient.encode(sms(phone, "1", newSid())), null);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(storedFrom(phone)).isZero();
    }

    @Test
    void aWronglySignedRequestIsRefusedAndNothingIsStored() {
        String phone = uniquePhone();
        List<Map.Entry<String, String>> fields = sms(phone, "1", newSid());
        String body = TwilioWebhookClient.encode(fields);
        String localUrl = "http://localhost:" + localPort + INBOUND;
        List<Map.Entry<String, String>> tampered = sms(phone, "2", fields.get(2).getValue());

        assertThat(webhooks.post(INBOUND, body, TwilioWebhookClient.signature("another-token", PUBLIC_URL + INBOUND,
                fields)).status()).as("other auth token").isEqualTo(403);
        assertThat(webhooks.post(INBOUND, body, TwilioWebhookClient.signature(AUTH_TOKEN, localUrl, fields))
                .status()).as("signed for the local, not the public URL").isEqualTo(403);
        assertThat(webhooks.post(INBOUND, TwilioWebhookClient.encode(tampered),
                TwilioWebhookClient.signature(AUTH_TOKEN, PUBLIC_URL + INBOUND, fields)).status())
                .as("body changed after signing").isEqualTo(403);
        assertThat(webhooks.post(INBOUND, body, "not-a-signature").status()).isEqualTo(403);
        assertThat(storedFrom(phone)).isZero();
    }

    @Test
    void aQueryStringInTheWebhookUrlIsPartOfTheSignedUrlAndNotOfTheFields() {
        String phone = uniquePhone();
        String sid = newSid();

        ApiClient.Reply reply = webhooks.post(INBOUND + "?source=console&n=1", sms(phone, "مرحبا", sid));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(jdbc.sql("select text from inbound_message where provider_message_id = :sid").param("sid", sid)
                .query(String.class).single()).isEqualTo("مرحبا");
    }

    @Test
    void aWhatsAppMessageArrivesOnTheWhatsAppChannelWithItsPhoneNumber() {
        String phone = uniquePhone();
        String sid = newSid();

        ApiClient.Reply reply = webhooks.post(INBOUND, List.of(Map.entry("From", "whatsapp:" + phone),
                Map.entry("To", "whatsapp:" + WHATSAPP_FROM), Map.entry("MessageSid", sid),
                Map.entry("Body", "مرحبا")));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(jdbc.sql("select channel, address, text from inbound_message where provider_message_id = :sid")
                .param("sid", sid).query().singleRow())
                .containsEntry("channel", "twilio-whatsapp").containsEntry("address", phone)
                .containsEntry("text", "مرحبا");
    }

    @Test
    void aRequestWithoutMessageSidIsRefused() {
        ApiClient.Reply reply = webhooks.post(INBOUND, List.of(Map.entry("From", uniquePhone()),
                Map.entry("Body", "1")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("MessageSid");
    }

    private long storedFrom(String phone) {
        return jdbc.sql("select count(*) from inbound_message where address = :a").param("a", phone)
                .query(Long.class).single();
    }

    private static List<Map.Entry<String, String>> sms(String from, String body, String sid) {
        return List.of(Map.entry("From", from), Map.entry("To", FROM_NUMBER), Map.entry("MessageSid", sid),
                Map.entry("AccountSid", ACCOUNT_SID), Map.entry("Body", body), Map.entry("NumMedia", "0"),
                Map.entry("ApiVersion", "2010-04-01"));
    }

    private static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static List<Integer> counts(JsonNode question) {
        List<Integer> counts = new ArrayList<>();
        question.path("options").forEach(option -> counts.add(option.path("count").asInt()));
        return counts;
    }
}
