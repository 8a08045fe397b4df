package org.sawt.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * USSD load over HTTP (run with {@code ./mvnw -Pbenchmark verify -Dtest=UssdBenchmark}): several hundred sessions
 * at once, each dialling and walking five hops (language, main menu, engagement, answer, confirmation) with a
 * caller's think time between screens, against the gateway with its embedded PostgreSQL and Redis on loopback.
 * Reports p50/p99 per hop and checks every session ended thanked and counted. -Dbenchmark.sessions (300),
 * -Dbenchmark.runs (3, after -Dbenchmark.warmups, 1, not counted), -Dbenchmark.think-ms (1000..3000 uniformly,
 * as "min,max").
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sawt.bootstrap-api-key=" + UssdBenchmark.ADMIN_KEY,
        "sawt.channels.ussd.enabled=true",
        "sawt.channels.ussd.callback-token=" + UssdBenchmark.TOKEN,
        "logging.level.root=WARN"})
class UssdBenchmark {

    static final String ADMIN_KEY = "benchmark-admin-key";
    static final String TOKEN = "benchmark-ussd-token";
    private static final Logger log = LoggerFactory.getLogger(UssdBenchmark.class);
    private static final List<String> HOPS = List.of("dial", "language", "engagement", "answer", "confirm");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int sessions = Integer.getInteger("benchmark.sessions", 300);
    private final int runs = Integer.getInteger("benchmark.runs", 3);
    private final int warmups = Integer.getInteger("benchmark.warmups", 1);
    private final int[] think = parseThink(System.getProperty("benchmark.think-ms", "1000,3000"));

    @LocalServerPort
    int port;

    @Test
    void concurrentSessions() throws Exception {
        ApiClient admin = new ApiClient("http://localhost:" + port, ADMIN_KEY);
        for (int run = 1 - warmups; run <= runs; run++) {
            List<String> phones = prepare(admin, run);
            List<LatencyRecorder> perHop = new ArrayList<>();
            HOPS.forEach(hop -> perHop.add(new LatencyRecorder(sessions)));
            ScheduledExecutorService callers = new ScheduledThreadPoolExecutor(64);
            long started = System.nanoTime();
            List<CompletableFuture<String>> ends = new ArrayList<>();
            for (String phone : phones) {
                ends.add(session(callers, phone, perHop));
            }
            CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - started) / 1e9;
            callers.shutdown();
            assertThat(ends).allSatisfy(end -> assertThat(end.join()).startsWith("END Thank you!"));
            StringBuilder report = new StringBuilder(String.format("USSD %s: %d sessions, %d hops in %.1f s (%.0f/s)",
                    run > 0 ? "run " + run : "warm-up", sessions, sessions * HOPS.size(), seconds,
                    sessions * HOPS.size() / seconds));
            for (int h = 0; h < HOPS.size(); h++) {
                LatencyRecorder hop = perHop.get(h);
                report.append(String.format("%n  %-10s p50 %6.1f ms  p99 %6.1f ms", HOPS.get(h),
                        hop.percentileMillis(0.5), hop.percentileMillis(0.99)));
            }
            log.warn("{}", report);
            System.out.println(report); // the figures for docs/benchmarks.md, whatever the log level
        }
    }

    /** One caller: dials, then answers each screen after thinking; completes with the last screen. */
    private CompletableFuture<String> session(ScheduledExecutorService callers, String phone,
            List<LatencyRecorder> perHop) {
        String sessionId = "ATUid_" + UUID.randomUUID().toString().replace("-", "");
        List<String> inputs = List.of("2", "1", "2", "1");
        CompletableFuture<String> end = new CompletableFuture<>();
        callers.schedule(() -> hop(callers, sessionId, phone, inputs, 0, perHop, end),
                ThreadLocalRandom.current().nextInt(think[1]), TimeUnit.MILLISECONDS);
        return end;
    }

    private void hop(ScheduledExecutorService callers, String sessionId, String phone, List<String> inputs, int hop,
            List<LatencyRecorder> perHop, CompletableFuture<String> end) {
        try {
            String text = String.join("*", inputs.subList(0, hop));
            String body = "sessionId=" + sessionId + "&serviceCode=" + enc("*384*1234#") + "&phoneNumber=" + enc(phone)
                    + "&networkCode=99999&text=" + enc(text);
            long sent = System.nanoTime();
            HttpResponse<String> screen = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/channels/ussd/africastalking?token=" + TOKEN))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            perHop.get(hop).record(System.nanoTime() - sent);
            if (hop + 1 == HOPS.size() || screen.body().startsWith("END")) {
                end.complete(screen.body());
                return;
            }
            callers.schedule(() -> hop(callers, sessionId, phone, inputs, hop + 1, perHop, end),
                    ThreadLocalRandom.current().nextInt(think[0], think[1] + 1), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            end.completeExceptionally(e);
        }
    }

    /** A fresh agency, its contacts and an open one-question poll; returns the phones. */
    private List<String> prepare(ApiClient admin, int run) {
        String agencyId = admin.post("/api/v1/agencies", Map.of("name", "USSD benchmark " + UUID.randomUUID()))
                .text("id");
        ApiClient agency = admin.withKey(admin.post("/api/v1/agencies/" + agencyId + "/api-keys", null).text("key"));
        List<String> phones = new ArrayList<>();
        StringBuilder csv = new StringBuilder("phone,language\n");
        for (int i = 0; i < sessions; i++) {
            String phone = String.format("+96279%d%06d", run + warmups, i);
            phones.add(phone);
            csv.append(phone).append(",en\n");
        }
        ApiClient.Reply imported = agency.postText("/api/v1/contacts/import", csv.toString(), "text/csv");
        assertThat(imported.json().path("created").asInt()).as(imported.toString()).isEqualTo(sessions);
        String pollId = agency.post("/api/v1/engagements", Map.of("type", "POLL",
                "title", Map.of("ar", "استطلاع", "en", "Poll"), "languages", List.of("ar", "en"),
                "questions", List.of(Map.of("type", "SINGLE_CHOICE", "text", Map.of("ar", "اختر", "en", "Choose"),
                        "options", List.of(Map.of("ar", "أ", "en", "A"), Map.of("ar", "ب", "en", "B")))))).text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        return phones;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int[] parseThink(String range) {
        String[] parts = range.split(",");
        return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
    }
}
