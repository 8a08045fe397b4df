package org.sawt.channel.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The gateway with Twilio switched on, talking to a fake Twilio REST API (WireMock on loopback) and reachable, as
 * Twilio sees it, at a public URL behind a proxy that differs from the local one. One context for all Twilio tests.
 */
@TestPropertySource(properties = {
        "sawt.channels.twilio.account-sid=" + TwilioGatewayTest.ACCOUNT_SID,
        "sawt.channels.twilio.auth-token=" + TwilioGatewayTest.AUTH_TOKEN,
        "sawt.channels.twilio.from-number=" + TwilioGatewayTest.FROM_NUMBER,
        "sawt.channels.twilio.whatsapp-from=" + TwilioGatewayTest.WHATSAPP_FROM,
        "sawt.public-url=" + TwilioGatewayTest.PUBLIC_URL,
        "sawt.channels.twilio-voice.enabled=true",
        "sawt.sms.pricing.channels.twilio-sms.default=0.0500",
        "sawt.sms.pricing.channels.twilio-whatsapp.default=0.0080",
        "sawt.sms.pricing.channels.twilio-voice.default=0.1000",
        "sawt.sms.pricing.channels.twilio-voice.countries.JO=0.2500",
        "sawt.channels.twilio-voice.prompts-dir=" + TwilioGatewayTest.PROMPTS_DIR})
abstract class TwilioGatewayTest extends GatewayTest {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    static final String FROM_NUMBER = "+15005550006";
    static final String WHATSAPP_FROM = "+14155238886";
    static final String PUBLIC_URL = "https://sawt.example.org/gateway";
    static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
    static final Path PAYLOADS = Path.of("channels/twilio-sms/payloads");
    static final String PROMPTS_DIR = "target/test-voice-prompts";

    static final WireMockServer TWILIO = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    static {
        TWILIO.start();
        TWILIO.stubFor(post(urlEqualTo(MESSAGES_PATH)).atPriority(10).willReturn(created()));
    }

    @DynamicPropertySource
    static void fakeTwilio(DynamicPropertyRegistry registry) {
        registry.add("sawt.channels.twilio.api-base-url", () -> "http://127.0.0.1:" + TWILIO.port());
    }

    @LocalServerPort
    int localPort;

    @Autowired
    JdbcClient jdbc;

    TwilioWebhookClient webhooks;

    @BeforeEach
    void twilioWebhooks() {
        webhooks = new TwilioWebhookClient("http://localhost:" + localPort, PUBLIC_URL, AUTH_TOKEN);
    }

    /** Twilio's answer to a created message (a real one from twilio-java's tests) with a fresh Message SID. */
    static ResponseDefinitionBuilder created() {
        return created("SM{{randomValue length=32 type='HEXADECIMAL'}}").withTransformers("response-template");
    }

    /** Twilio's answer to a created message with that Message SID. */
    static ResponseDefinitionBuilder created(String sid) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(payload("send-message-201.json").replace("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", sid));
    }

    static ResponseDefinitionBuilder twilioError(int status, String payloadFile) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(payload(payloadFile));
    }

    static String payload(String file) {
        try {
            return Files.readString(PAYLOADS.resolve(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An open bilingual poll with one contact at {@code phone}, invited on {@code channel}; returns the contact id. */
    String inviteToOpenPoll(ApiClient agency, String phone, String channel) {
        String pollId = agency.post("/api/v1/engagements", bilingualPoll()).text("id");
        assertThat(agency.post("/api/v1/engagements/" + pollId + "/open", null).text("status")).isEqualTo("OPEN");
        ApiClient.Reply contact = agency.post("/api/v1/contacts", Map.of("phone", phone, "language", "ar"));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        broadcast(agency, pollId, channel, contact.text("id"));
        return contact.text("id");
    }

    /** Broadcasts the poll to the contact and waits until the dispatcher handled the message. */
    void broadcast(ApiClient agency, String pollId, String channel, String contactId) {
        ApiClient.Reply broadcast = agency.post("/api/v1/engagements/" + pollId + "/broadcasts",
                Map.of("channels", List.of(channel), "audience", Map.of("contactIds", List.of(contactId))));
        assertThat(broadcast.status()).as(broadcast.toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(agency
                .get("/api/v1/broadcasts/" + broadcast.text("id")).json().path("progress").path("status").asText()));
    }

    /** Waits until the gateway sent {@code count} messages to the phone on twilio-sms (replies are asynchronous). */
    void awaitMessagesTo(String phone, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select count(*) from outbound_message
                 where channel = 'twilio-sms' and address = :a and status in ('SENT', 'DELIVERED')""")
                .param("a", phone).query(Long.class).single() == count);
    }

    /** The engagement the contact was invited to. */
    String pollOf(String contactId) {
        return jdbc.sql("select cast(engagement_id as text) from outbound_message where contact_id = cast(:id as uuid) "
                + "and broadcast_id is not null").param("id", contactId).query(String.class).single();
    }

    /** Status, error and Twilio's Message SID of the invitation sent to the contact. */
    Map<String, Object> invitation(String contactId) {
        return jdbc.sql("select status, error, provider_message_id, text, id from outbound_message "
                + "where contact_id = cast(:id as uuid) and broadcast_id is not null")
                .param("id", contactId).query().singleRow();
    }
}
