package org.sawt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.response.AnswerReceived;
import org.sawt.response.Responses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Webhook push (run with {@code ./mvnw -Pbenchmark verify -Dtest=WebhookBenchmark}): answers are stored through
 * {@link Responses#record} (the real transaction that writes the outbox event) and a signature-verifying receiver
 * on loopback takes the webhooks. Two phases per run: answers at a fixed rate, open loop, measuring the lag from
 * the answer's time to its arrival at the receiver (p50, p99); then a burst stored while the endpoint is disabled,
 * measuring how many events per second are delivered once it is enabled and the backlog drains. All of one
 * national poll: one ordered lane, the slowest case (lanes of different engagements are delivered in parallel).
 */
@Tag("benchmark")
@ProductionEventTimings
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sawt.bootstrap-api-key=" + WebhookBenchmark.ADMIN_KEY,
        "sawt.webhooks.timeout=PT20S",
        "logging.level.root=WARN"})
class WebhookBenchmark {

    static final String ADMIN_KEY = "benchmark-admin-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int rate = Integer.getInteger("benchmark.rate", 200);
    private final int seconds = Integer.getInteger("benchmark.seconds", 20);
    private final int burst = Integer.getInteger("benchmark.burst", 10_000);
    private final int runs = Integer.getInteger("benchmark.runs", 3);

    @LocalServerPort
    int port;

    @Autowired
    Responses responses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pushToALocalReceiver() throws Exception {
        ApiClient admin = new ApiClient("http://localhost:" + port, ADMIN_KEY);
        List<double[]> results = new ArrayList<>();
        try (Receiver receiver = new Receiver()) {
            for (int run = 0; run <= runs; run++) { // run 0 warms the JIT up and is not counted
                String agencyId = admin.post("/api/v1/agencies", Map.of("name", "Webhook bench " + UUID.randomUUID()))
                        .text("id");
                ApiClient agency = admin.withKey(admin.post("/api/v1/agencies/" + agencyId + "/api-keys", null)
                        .text("key"));
                ApiClient.Reply subscription = agency.post("/api/v1/webhooks",
                        Map.of("url", receiver.url(), "events", List.of("response.created")));
                receiver.trust(subscription.text("secret"));
                UUID pollId = UUID.fromString(openPoll(agency));
                List<UUID> contacts = contacts(UUID.fromString(agencyId), rate * seconds + burst);

                receiver.reset();
                LatencyRecorder lag = receiver.lag(rate * seconds);
                answerAtRate(pollId, contacts.subList(0, rate * seconds));
                await().atMost(Duration.ofMinutes(5)).until(() -> receiver.received() == rate * seconds);

                // the burst is stored while the endpoint is off, then drained: delivery alone is measured
                String webhook = "/api/v1/webhooks/" + subscription.text("id");
                agency.patch(webhook, Map.of("enabled", false));
                answerAsFastAsPossible(pollId, contacts.subList(rate * seconds, contacts.size()));
                await().atMost(Duration.ofMinutes(5)).until(() -> jdbc.sql(
                        "select count(*) from event where engagement_id = :id and position is null")
                        .param("id", pollId).query(Long.class).single() == 0);
                receiver.reset();
                agency.patch(webhook, Map.of("enabled", true));
                await().atMost(Duration.ofMinutes(10)).until(() -> receiver.received() == burst);
                double perSecond = burst / receiver.drainSeconds();
                assertThat(receiver.duplicates()).isZero();
                assertThat(receiver.badSignatures()).isZero();
                System.out.printf("webhook run %d%s: lag p50 %.1f ms, p99 %.1f ms at %d answers/s for %d s; "
                        + "burst of %d delivered at %.0f events/s%n", run, run == 0 ? " (warm-up)" : "",
                        lag.percentileMillis(0.5), lag.percentileMillis(0.99), rate, seconds, burst, perSecond);
                if (run > 0) {
                    results.add(new double[] {lag.percentileMillis(0.5), lag.percentileMillis(0.99), perSecond});
                }
            }
        }
        System.out.printf("webhook median of %d runs: lag p50 %.1f ms, p99 %.1f ms; %.0f events/s (JDK %s)%n", runs,
                median(results, 0), median(results, 1), median(results, 2), System.getProperty("java.version"));
    }

    private void answerAtRate(UUID pollId, List<UUID> contacts) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = 0; i < contacts.size(); i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            UUID contact = contacts.get(i);
            workers.execute(() -> answer(pollId, contact));
        }
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.MINUTES);
    }

    private void answerAsFastAsPossible(UUID pollId, List<UUID> contacts) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(8);
        contacts.forEach(contact -> workers.execute(() -> answer(pollId, contact)));
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.MINUTES);
    }

    private void answer(UUID pollId, UUID contact) {
        responses.record(new AnswerReceived(pollId, contact, "q1", "2", "simulator", null, Instant.now()));
    }

    private static String openPoll(ApiClient agency) {
        String pollId = agency.post("/api/v1/engagements", Map.of("type", "POLL",
                "title", Map.of("en", "Poll"), "languages", List.of("en"),
                "questions", List.of(Map.of("type", "SINGLE_CHOICE", "text", Map.of("en", "Choose"),
                        "options", List.of(Map.of("en", "A"), Map.of("en", "B"), Map.of("en", "C"))))))
                .text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        return pollId;
    }

    /** Contacts straight into the table: the benchmark is about what happens after an answer is stored. */
    private List<UUID> contacts(UUID agencyId, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
        }
        jdbc.sql("""
                insert into contact (id, agency_id, public_id, language)
                select id, :agency, 'p_bench_' || id, 'en' from unnest(cast(:ids as uuid[])) as id""")
                .param("agency", agencyId).param("ids", ids.toArray(UUID[]::new)).update();
        return ids;
    }

    private static double median(List<double[]> results, int column) {
        double[] values = results.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    /** A webhook endpoint that verifies signatures and notes when each event arrived. */
    private static final class Receiver implements AutoCloseable {

        private final HttpServer server;
        private final Set<String> ids = ConcurrentHashMap.newKeySet();
        private final AtomicLong duplicates = new AtomicLong();
        private final AtomicLong badSignatures = new AtomicLong();
        private final AtomicLong firstArrival = new AtomicLong();
        private final AtomicLong lastArrival = new AtomicLong();
        private volatile byte[] secret;
        private volatile LatencyRecorder lag = new LatencyRecorder(1);

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.createContext("/hooks", exchange -> {
                long now = System.nanoTime();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
                if (!signature.equals("v1," + sign(id + "." + timestamp + "." + body))) {
                    badSignatures.incrementAndGet();
                } else if (!ids.add(id)) {
                    duplicates.incrementAndGet();
                } else {
                    JsonNode event = JSON.readTree(body);
                    lag.record(Duration.between(Instant.parse(event.path("time").asText()), Instant.now()).toNanos());
                    firstArrival.compareAndSet(0, now);
                    lastArrival.set(now);
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }

        void trust(String shown) {
            secret = Base64.getDecoder().decode(shown.substring("whsec_".length()));
        }

        LatencyRecorder lag(int capacity) {
            lag = new LatencyRecorder(capacity);
            return lag;
        }

        void reset() {
            ids.clear();
            firstArrival.set(0);
            lastArrival.set(0);
        }

        int received() {
            return ids.size();
        }

        double drainSeconds() {
            return (lastArrival.get() - firstArrival.get()) / 1e9;
        }

        long duplicates() {
            return duplicates.get();
        }

        long badSignatures() {
            return badSignatures.get();
        }

        private String sign(String content) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
