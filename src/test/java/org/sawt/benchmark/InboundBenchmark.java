package org.sawt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load benchmark of the inbound hot path (run with {@code ./mvnw -Pbenchmark verify}): many citizens answer an
 * open poll at a fixed rate; measures sustained rate and latency, then checks every answer was stored and
 * answered exactly once. Tunables: -Dbenchmark.rate, -Dbenchmark.seconds, -Dbenchmark.runs,
 * -Dbenchmark.contacts, -Dbenchmark.inflight.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sawt.bootstrap-api-key=" + InboundBenchmark.ADMIN_KEY,
        "sawt.dispatch.poll-interval-ms=100",
        "logging.level.root=WARN"})
class InboundBenchmark {

    static final String ADMIN_KEY = "benchmark-admin-key";

    private static final Logger log = LoggerFactory.getLogger(InboundBenchmark.class);

    private final int rate = Integer.getInteger("benchmark.rate", 500);
    private final int seconds = Integer.getInteger("benchmark.seconds", 60);
    private final int runs = Integer.getInteger("benchmark.runs", 3);
    private final int contacts = Integer.getInteger("benchmark.contacts", 5_000);
    private final int inFlight = Integer.getInteger("benchmark.inflight", 512);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void simulatorInbound() throws Exception {
        PollScenario poll = PollScenario.prepare(new ApiClient(base(), ADMIN_KEY), "simulator", contacts);
        List<OpenLoopLoad.Result> results = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            String runId = UUID.randomUUID().toString().substring(0, 8);
            OpenLoopLoad.Result result = new OpenLoopLoad(rate, Duration.ofSeconds(seconds), inFlight).run(i ->
                    HttpRequest.newBuilder(URI.create(base() + "/api/v1/simulator/inbound"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(String.format(
                                    "{\"from\":\"%s\",\"text\":\"%d\",\"id\":\"%s-%d\"}",
                                    poll.phone(i), 1 + i % 3, runId, i)))
                            .build());
            awaitEveryAnswerHandledOnce("simulator", runId, result.sent());
            results.add(result);
            log.warn("simulator run {}: {} answers at {}/s offered, {}/s achieved, p50 {} ms, p99 {} ms, {} failed",
                    run + 1, result.sent(), rate, String.format("%.0f", result.ratePerSecond()),
                    String.format("%.1f", result.p50Millis()), String.format("%.1f", result.p99Millis()),
                    result.failed());
        }
        OpenLoopLoad.Result median = results.stream().sorted(Comparator.comparingDouble(OpenLoopLoad.Result::p99Millis))
                .toList().get(results.size() / 2);
        log.warn("simulator median of {} runs: p50 {} ms, p99 {} ms, JDK {}", runs,
                String.format("%.1f", median.p50Millis()), String.format("%.1f", median.p99Millis()),
                Runtime.version());
    }

    /** Every message of the run was stored once, counted, and got exactly one reply. */
    private void awaitEveryAnswerHandledOnce(String channel, String runId, int sent) {
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() ->
                count("select count(*) from inbound_message where channel = :c and provider_message_id like :run"
                        + " and status = 'COUNTED'", channel, runId) == sent);
        assertThat(count("select count(*) from inbound_message where channel = :c and provider_message_id like :run",
                channel, runId)).isEqualTo(sent);
        String replies = """
                select count(*) from outbound_message o join inbound_message i on i.id = o.in_reply_to
                 where i.channel = :c and i.provider_message_id like :run""";
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> count(replies + " and o.status = 'SENT'", channel, runId) == sent);
        assertThat(count(replies, channel, runId)).as("one reply per answer").isEqualTo(sent);
    }

    private long count(String sql, String channel, String runId) {
        return jdbc.sql(sql).params(Map.of("c", channel, "run", runId + "-%")).query(Long.class).single();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
