package org.sawt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.channel.twilio.TwilioWebhookClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Load benchmark of the inbound hot path (run with {@code ./mvnw -Pbenchmark verify}): citizens answer an open
 * poll at a fixed rate, through signed Twilio webhooks or the simulator; measures the provider-facing latency
 * and the sustained rate, then checks every answer was stored, counted and answered exactly once. Tunables:
 * -Dbenchmark.rate, -Dbenchmark.seconds, -Dbenchmark.runs, -Dbenchmark.contacts, -Dbenchmark.inflight.
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

    private static final Logger log = LoggerFactory.getLogger(InboundBenchmark.class);
    private static final FakeTwilio TWILIO = startFakeTwilio();

    private final int rate = Integer.getInteger("benchmark.rate", 500);
    private final int seconds = Integer.getInteger("benchmark.seconds", 60);
    private final int runs = Integer.getInteger("benchmark.runs", 3);
    private final int contacts = Integer.getInteger("benchmark.contacts", 5_000);
    private final int inFlight = Integer.getInteger("benchmark.inflight", 512);

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
        measure("twilio-sms", (phone, answer) -> {
            List<Map.Entry<String, String>> fields = List.of(Map.entry("MessageSid", answer.id()),
                    Map.entry("AccountSid", TWILIO_SID), Map.entry("From", phone), Map.entry("To", "+15005550006"),
                    Map.entry("Body", answer.text()));
            return HttpRequest.newBuilder(URI.create(base() + "/channels/twilio/sms"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", TwilioWebhookClient.signature(TWILIO_TOKEN,
                            PUBLIC_URL + "/channels/twilio/sms", fields))
                    .POST(HttpRequest.BodyPublishers.ofString(TwilioWebhookClient.encode(fields)))
                    .build();
        });
    }

    @Test
    void simulator() throws InterruptedException {
        measure("simulator", (phone, answer) -> HttpRequest.newBuilder(URI.create(base() + "/api/v1/simulator/inbound"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(String.format("{\"from\":\"%s\",\"text\":\"%s\",\"id\":\"%s\"}",
                        phone, answer.text(), answer.id())))
                .build());
    }

    private void measure(String channel, BiFunction<String, Answer, HttpRequest> requests) throws InterruptedException {
        PollScenario poll = PollScenario.prepare(new ApiClient(base(), ADMIN_KEY), channel, contacts);
        List<OpenLoopLoad.Result> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            String runId = UUID.randomUUID().toString().substring(0, 8);
            OpenLoopLoad.Result result = new OpenLoopLoad(rate, Duration.ofSeconds(seconds), inFlight).run(i ->
                    requests.apply(poll.phone(i), new Answer(runId + "-" + i, Integer.toString(1 + i % 3))));
            long handledAfter = awaitEveryAnswerHandledOnce(channel, runId, result.sent());
            results.add(result);
            log.warn("{} run {}: {} answers offered at {}/s; webhooks answered p50 {} ms, p99 {} ms, {} failed; "
                            + "all stored, counted and replied to {} s after the start ({}/s end to end)",
                    channel, run, result.sent(), rate, format(result.p50Millis()), format(result.p99Millis()),
                    result.failed(), format(handledAfter / 1000.0), format(result.sent() * 1000.0 / handledAfter));
            assertThat(result.failed()).isZero();
        }
        OpenLoopLoad.Result median = results.stream()
                .sorted(Comparator.comparingDouble(OpenLoopLoad.Result::p99Millis)).toList().get(results.size() / 2);
        log.warn("{} median of {} runs at {}/s: p50 {} ms, p99 {} ms (JDK {})", channel, runs, rate,
                format(median.p50Millis()), format(median.p99Millis()), Runtime.version());
    }

    /** Waits until every message of the run was stored once, counted and replied to once; returns the elapsed ms. */
    private long awaitEveryAnswerHandledOnce(String channel, String runId, int sent) {
        long start = System.nanoTime() - Duration.ofSeconds(seconds).toNanos();
        String replies = """
                select count(*) from outbound_message o join inbound_message i on i.id = o.in_reply_to
                 where i.channel = :c and i.provider_message_id like :run""";
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> count(replies + " and o.status = 'SENT'", channel, runId) == sent);
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertThat(count("select count(*) from inbound_message where channel = :c and provider_message_id like :run",
                channel, runId)).as("stored once").isEqualTo(sent);
        assertThat(count("select count(*) from inbound_message where channel = :c and provider_message_id like :run"
                + " and status = 'COUNTED'", channel, runId)).as("counted").isEqualTo(sent);
        assertThat(count(replies, channel, runId)).as("one reply per answer").isEqualTo(sent);
        return elapsed;
    }

    private long count(String sql, String channel, String runId) {
        return jdbc.sql(sql).params(Map.of("c", channel, "run", runId + "-%")).query(Long.class).single();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String format(double value) {
        return String.format("%.1f", value);
    }

    private static FakeTwilio startFakeTwilio() {
        try {
            return new FakeTwilio();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One citizen's answer: the provider's message id and the text. */
    private record Answer(String id, String text) {
    }
}
