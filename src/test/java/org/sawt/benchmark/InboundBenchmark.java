package org.sawt.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.channel.twilio.TwilioWebhookClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Inbound load over HTTP (run with {@code ./mvnw -Pbenchmark verify}): signed Twilio webhooks and the simulator.
 * See {@link InboundLoadRun} for what is measured and checked.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sawt.bootstrap-api-key=" + InboundBenchmark.ADMIN_KEY,
        "sawt.dispatch.poll-interval-ms=100",
        "sawt.channels.twilio.account-sid=" + InboundBenchmark.TWILIO_SID,
        "sawt.channels.twilio.auth-token=" + InboundBenchmark.TWILIO_TOKEN,
        "sawt.channels.twilio.from-number=+15005550006",
        "sawt.public-url=" + InboundBenchmark.PUBLIC_URL,
        "logging.level.root=WARN"})
class InboundBenchmark {

    static final String ADMIN_KEY = "benchmark-admin-key";
    static final String TWILIO_SID = "AC0123456789abcdef0123456789abcdef";
    static final String TWILIO_TOKEN = "benchmark-twilio-auth-token";
    static final String PUBLIC_URL = "https://sawt.example.org";

    private static final FakeTwilio TWILIO = startFakeTwilio();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void twilioApi(DynamicPropertyRegistry properties) {
        properties.add("sawt.channels.twilio.api-base-url", TWILIO::baseUrl);
    }

    @AfterAll
    static void stopFakeTwilio() {
        TWILIO.close();
    }

    @Test
    void twilioWebhooks() throws InterruptedException {
        run().measure("twilio-sms", (phone, answer) -> {
            List<Map.Entry<String, String>> fields = List.of(Map.entry("MessageSid", answer.id()),
                    Map.entry("AccountSid", TWILIO_SID), Map.entry("From", phone), Map.entry("To", "+15005550006"),
                    Map.entry("Body", answer.text()));
            return OpenLoopLoad.send(HttpRequest.newBuilder(URI.create(base() + "/channels/twilio/sms"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", TwilioWebhookClient.signature(TWILIO_TOKEN,
                            PUBLIC_URL + "/channels/twilio/sms", fields))
                    .POST(HttpRequest.BodyPublishers.ofString(TwilioWebhookClient.encode(fields)))
                    .build());
        });
    }

    @Test
    void simulator() throws InterruptedException {
        run().measure("simulator", (phone, answer) -> OpenLoopLoad.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/simulator/inbound"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(String.format(
                                "{\"from\":\"%s\",\"text\":\"%s\",\"id\":\"%s\"}", phone, answer.text(), answer.id())))
                        .build()));
    }

    private InboundLoadRun run() {
        return new InboundLoadRun(new ApiClient(base(), ADMIN_KEY), jdbc);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static FakeTwilio startFakeTwilio() {
        try {
            return new FakeTwilio();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
