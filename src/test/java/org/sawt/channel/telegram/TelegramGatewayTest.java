package org.sawt.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.atomic.AtomicLong;
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
 * The gateway with the Telegram bot on, in webhook mode, talking to a fake Bot API (WireMock on loopback) that
 * answers every method the way Telegram does. One application context for all Telegram tests.
 */
@TestPropertySource(properties = {
        "sawt.channels.telegram.bot-token=" + TelegramGatewayTest.BOT_TOKEN,
        "sawt.channels.telegram.webhook-secret=" + TelegramGatewayTest.WEBHOOK_SECRET,
        "sawt.channels.telegram.register-webhook-on-start=true",
        "sawt.channels.telegram.max-retry-after-seconds=2",
        "sawt.public-url=" + TelegramGatewayTest.PUBLIC_URL})
abstract class TelegramGatewayTest extends GatewayTest {

    static final String BOT_TOKEN = "123456789:TEST-token_of-the-fake-bot-api";
    static final String WEBHOOK_SECRET = "sawt-test_secret-0123456789";
    static final String PUBLIC_URL = "https://sawt.example.org/gateway";
    static final Path PAYLOADS = Path.of("channels/telegram/payloads");
    static final ObjectMapper JSON = new ObjectMapper();

    static final WireMockServer BOT_API = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    private static final AtomicLong NEXT_ID = new AtomicLong(7_000_000_000L + new java.util.Random().nextInt(1 << 30));

    static {
        BOT_API.start();
        BOT_API.stubFor(post(urlEqualTo(path("sendmessage"))).atPriority(10).willReturn(sentMessage()));
        BOT_API.stubFor(post(urlEqualTo(path("answercallbackquery"))).willReturn(ok("true")));
        BOT_API.stubFor(post(urlEqualTo(path("editmessagetext"))).willReturn(ok("true")));
        BOT_API.stubFor(post(urlEqualTo(path("setWebhook"))).willReturn(ok("true")));
    }

    @DynamicPropertySource
    static void fakeBotApi(DynamicPropertyRegistry registry) {
        registry.add("sawt.channels.telegram.api-base-url", () -> "http://127.0.0.1:" + BOT_API.port());
    }

    @LocalServerPort
    int localPort;

    @Autowired
    JdbcClient jdbc;

    TelegramWebhookClient telegram;

    @BeforeEach
    void telegramWebhook() {
        telegram = new TelegramWebhookClient("http://localhost:" + localPort + "/channels/telegram/webhook");
    }

    /** The URL path of a Bot API method, as the client calls it. */
    static String path(String method) {
        return "/bot" + BOT_TOKEN + "/" + method;
    }

    /** Telegram's answer to sendMessage (the recorded minimal one) with a fresh message id. */
    static ResponseDefinitionBuilder sentMessage() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(payload("send-message-200.json").replace("133", "{{randomInt lower=1 upper=2000000000}}"))
                .withTransformers("response-template");
    }

    static ResponseDefinitionBuilder ok(String result) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true,\"result\":" + result + "}");
    }

    static String payload(String file) {
        try {
            return Files.readString(PAYLOADS.resolve(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A chat (and user) id no other test uses. */
    static String newChatId() {
        return Long.toString(NEXT_ID.getAndIncrement());
    }

    static long newUpdateId() {
        return NEXT_ID.getAndIncrement();
    }

    /** The bodies of every call of the method for this chat, oldest first. */
    static List<JsonNode> calls(String method, String chatId) {
        return BOT_API.findAll(postRequestedFor(urlEqualTo(path(method)))
                        .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId))))
                .stream().map(request -> read(request.getBodyAsString())).toList();
    }

    /** The texts the bot sent to the chat, oldest first. */
    static List<String> textsTo(String chatId) {
        return calls("sendmessage", chatId).stream().map(body -> body.path("text").asText()).toList();
    }

    /** Waits until the bot has sent the chat its {@code nth} message (counting from 1) and returns that message. */
    static JsonNode awaitMessage(String chatId, int nth) {
        await().atMost(Duration.ofSeconds(20)).until(() -> calls("sendmessage", chatId).size() >= nth);
        return calls("sendmessage", chatId).get(nth - 1);
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates and opens the bilingual poll; returns its id. */
    static String openPoll(ApiClient agency) {
        String pollId = agency.post("/api/v1/engagements", bilingualPoll()).text("id");
        assertThat(agency.post("/api/v1/engagements/" + pollId + "/open", null).text("status")).isEqualTo("OPEN");
        return pollId;
    }

    /** A contact of the agency; returns its id. */
    static String contact(ApiClient agency, Map<String, Object> fields) {
        ApiClient.Reply contact = agency.post("/api/v1/contacts", fields);
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        return contact.text("id");
    }

    /** Broadcasts the poll to the contact on the channel and waits until the dispatcher handled it. */
    static void broadcast(ApiClient agency, String pollId, String channel, String contactId) {
        ApiClient.Reply broadcast = agency.post("/api/v1/engagements/" + pollId + "/broadcasts",
                Map.of("channels", List.of(channel), "audience", Map.of("contactIds", List.of(contactId))));
        assertThat(broadcast.status()).as(broadcast.toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(agency
                .get("/api/v1/broadcasts/" + broadcast.text("id")).json().path("progress").path("status").asText()));
    }

    /** The option counts of each question, in order. */
    static List<List<Integer>> counts(ApiClient agency, String pollId) {
        JsonNode results = agency.get("/api/v1/engagements/" + pollId + "/results").json();
        List<List<Integer>> counts = new java.util.ArrayList<>();
        results.path("questions").forEach(question -> {
            List<Integer> options = new java.util.ArrayList<>();
            question.path("options").forEach(option -> options.add(option.path("count").asInt()));
            counts.add(options);
        });
        return counts;
    }

    static int participants(ApiClient agency, String pollId) {
        return agency.get("/api/v1/engagements/" + pollId + "/results").json().path("participants").asInt();
    }
}
