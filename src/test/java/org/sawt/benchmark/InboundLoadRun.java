package org.sawt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.sawt.ApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One inbound load benchmark: citizens answer an open poll at a fixed rate over one channel, several runs; each run
 * reports the provider-facing latency (p50/p99) and checks that every answer was stored, counted and replied to
 * exactly once, with the time that took. Tunables: -Dbenchmark.rate, -Dbenchmark.seconds, -Dbenchmark.runs,
 * -Dbenchmark.contacts, -Dbenchmark.inflight.
 */
public final class InboundLoadRun {

    private static final Logger log = LoggerFactory.getLogger(InboundLoadRun.class);
    private static final int INFLIGHT = Integer.getInteger("benchmark.inflight", 512);

    private final int rate = Integer.getInteger("benchmark.rate", 500);
    private final int seconds = Integer.getInteger("benchmark.seconds", 60);
    private final int runs = Integer.getInteger("benchmark.runs", 3);
    private final int contacts = Integer.getInteger("benchmark.contacts", 5_000);

    private final ApiClient admin;
    private final JdbcClient jdbc;

    public InboundLoadRun(ApiClient admin, JdbcClient jdbc) {
        this.admin = admin;
        this.jdbc = jdbc;
    }

    /** A citizen's answer: from which phone, the provider's message id and the text. */
    public record Answer(String phone, String id, String text) {
    }

    /** Delivers answers at a fixed rate for a while, answer {@code i} being {@code answers.apply(i)}. */
    public interface AnswerLoad {
        OpenLoopLoad.Result run(int rate, Duration duration, IntFunction<Answer> answers) throws InterruptedException;
    }

    /** A load that delivers each answer with {@code send}, which tells whether it was taken. */
    public static AnswerLoad eachWith(Function<Answer, CompletableFuture<Boolean>> send) {
        return (rate, duration, answers) -> new OpenLoopLoad(rate, duration, INFLIGHT)
                .run(i -> send.apply(answers.apply(i)));
    }

    /** Runs the benchmark on {@code channel}. */
    public void measure(String channel, AnswerLoad load) throws InterruptedException {
        PollScenario poll = PollScenario.prepare(admin, channel, contacts);
        List<OpenLoopLoad.Result> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            String runId = UUID.randomUUID().toString().substring(0, 8);
            Instant start = Instant.now();
            OpenLoopLoad.Result result = load.run(rate, Duration.ofSeconds(seconds),
                    i -> new Answer(poll.phone(i), runId + "-" + i, Integer.toString(1 + i % 3)));
            Duration handled = awaitEveryAnswerHandledOnce(channel, start, result.sent());
            results.add(result);
            log.warn("{} run {}: {} answers offered at {}/s; provider answered p50 {} ms, p99 {} ms, {} failed; "
                            + "all stored, counted and replied to {} s after the start ({}/s end to end)",
                    channel, run, result.sent(), rate, format(result.p50Millis()), format(result.p99Millis()),
                    result.failed(), format(handled.toMillis() / 1000.0),
                    format(result.sent() * 1000.0 / handled.toMillis()));
            assertThat(result.failed()).isZero();
        }
        log.warn("{} median of {} runs at {}/s: p50 {} ms, p99 {} ms (JDK {})", channel, runs, rate,
                format(OpenLoopLoad.Result.median(results, OpenLoopLoad.Result::p50Millis)),
                format(OpenLoopLoad.Result.median(results, OpenLoopLoad.Result::p99Millis)), Runtime.version());
    }

    /** Waits until every message of the run was stored once, counted and replied to once. */
    private Duration awaitEveryAnswerHandledOnce(String channel, Instant start, int sent) {
        String ofRun = " from inbound_message i where i.channel = :c and i.received_at >= :since";
        String replies = "select count(*) from outbound_message o join inbound_message i on i.id = o.in_reply_to"
                + " where i.channel = :c and i.received_at >= :since";
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> count(replies + " and o.status = 'SENT'", channel, start) >= sent);
        Duration handled = Duration.between(start, Instant.now());
        assertThat(count("select count(*)" + ofRun, channel, start)).as("stored once").isEqualTo(sent);
        assertThat(count("select count(*)" + ofRun + " and i.status = 'COUNTED'", channel, start)).as("counted")
                .isEqualTo(sent);
        assertThat(count(replies, channel, start)).as("one reply per answer").isEqualTo(sent);
        return handled;
    }

    private long count(String sql, String channel, Instant since) {
        return jdbc.sql(sql).params(Map.of("c", channel, "since", Timestamp.from(since))).query(Long.class).single();
    }

    private static String format(double value) {
        return String.format("%.1f", value);
    }
}
