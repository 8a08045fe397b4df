package org.sawt.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.channel.twilio.TwilioWebhookClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Inbound load over HTTP (run with {@code ./mvnw -Pbenchmark verify}): signed Twilio webhooks and the simulator.
 * See {@link InboundLoadRun} for what is measured and checked.
 */
@Tag("benchmark")
@ProductionEventTimings
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
    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 128);

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

    /** Twilio's side: keep-alive connections posting signed webhooks (the signatures computed as each is sent). */
    @Test
    void twilioWebhooks() throws InterruptedException {
        String path = "/channels/twilio/sms";
        run().measure("twilio-sms", (rate, duration, answers) -> new KeepAliveHttpLoad(port, rate, duration,
                CONNECTIONS).run(i -> {
                    InboundLoadRun.Answer answer = answers.apply(i);
                    List<Map.Entry<String, String>> fields = List.of(Map.entry("MessageSid", answer.id()),
                            Map.entry("AccountSid", TWILIO_SID), Map.entry("From", answer.phone()),
                            Map.entry("To", "+15005550006"), Map.entry("Body", answer.text()));
                    return KeepAliveHttpLoad.formPost(path, TwilioWebhookClient.encode(fields), "X-Twilio-Signature",
                            TwilioWebhookClient.signature(TWILIO_TOKEN, PUBLIC_URL + path, fields));
                }));
    }

    /**
     * The floor under the Twilio path: the same load against an endpoint that only binds the form, checks the
     * signature with the SDK's RequestValidator and answers empty TwiML, storing nothing. What this costs the two
     * shared cores (Tomcat, Spring MVC, the load generator) no gateway design can save.
     */
    @Test
    void webLayerBaseline() throws InterruptedException {
        List<OpenLoopLoad.Result> results = new ArrayList<>();
        int rate = Integer.getInteger("benchmark.rate", 500);
        for (int run = 1; run <= Integer.getInteger("benchmark.runs", 3); run++) {
            String runId = UUID.randomUUID().toString().substring(0, 8);
            OpenLoopLoad.Result result = new KeepAliveHttpLoad(port, rate,
                    Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 60)), CONNECTIONS).run(i -> {
                        List<Map.Entry<String, String>> fields = List.of(Map.entry("MessageSid", runId + "-" + i),
                                Map.entry("AccountSid", TWILIO_SID), Map.entry("From", "+962790000001"),
                                Map.entry("To", "+15005550006"), Map.entry("Body", "1"));
                        return KeepAliveHttpLoad.formPost(SignedBaseline.PATH, TwilioWebhookClient.encode(fields),
                                "X-Twilio-Signature", TwilioWebhookClient.signature(TWILIO_TOKEN,
                                        PUBLIC_URL + SignedBaseline.PATH, fields));
                    });
            assertThat(result.failed()).isZero();
            results.add(result);
            log.warn("web layer baseline run {}: {} requests at {}/s, p50 {} ms, p99 {} ms, done in {} s", run,
                    result.sent(), rate, result.p50Millis(), result.p99Millis(), result.seconds());
        }
        log.warn("web layer baseline median at {}/s: p50 {} ms, p99 {} ms (JDK {})", rate,
                OpenLoopLoad.Result.median(results, OpenLoopLoad.Result::p50Millis),
                OpenLoopLoad.Result.median(results, OpenLoopLoad.Result::p99Millis), Runtime.version());
    }

    /** The baseline's endpoint, for this test class only: a signed Twilio webhook checked and answered, nothing else. */
    @TestConfiguration
    static class SignedBaseline {

        static final String PATH = "/benchmark/signed-baseline";

        @Bean
        RouterFunction<ServerResponse> signedBaselineRoute() {
            RequestValidator validator = new RequestValidator(TWILIO_TOKEN);
            return RouterFunctions.route().POST(PATH, request -> validator.validate(PUBLIC_URL + PATH,
                    request.params().toSingleValueMap(), request.headers().firstHeader("X-Twilio-Signature"))
                    ? ServerResponse.ok().contentType(MediaType.TEXT_XML).body("<Response/>")
                    : ServerResponse.status(403).build()).build();
        }
    }

    @Test
    void simulator() throws InterruptedException {
        run().measure("simulator", InboundLoadRun.eachWith(answer -> OpenLoopLoad.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/simulator/inbound"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(String.format(
                                "{\"from\":\"%s\",\"text\":\"%s\",\"id\":\"%s\"}", answer.phone(), answer.text(),
                                answer.id())))
                        .build())));
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
