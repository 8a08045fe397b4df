package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that run the whole gateway on a random port with its embedded PostgreSQL and Redis
 * (real servers, started by the application itself). All such tests share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sawt.bootstrap-api-key=" + GatewayTest.ADMIN_KEY,
        "sawt.dispatch.poll-interval-ms=100",
        "sawt.lifecycle.poll-interval-ms=200",
        "sawt.conversation.recovery-interval-ms=500",
        "sawt.sms.pricing.channels.simulator.default=0.0100",
        "sawt.sms.pricing.channels.simulator.countries.JO=0.0200",
        "sawt.errors.redelivery-delay-ms=10",
        "sawt.errors.maximum-redeliveries=1",
        "sawt.triggers.quiet-hours.start=00:00",  // no quiet hours, whatever time the tests run at
        "sawt.triggers.quiet-hours.end=00:00",
        "sawt.channels.ussd.enabled=true",
        "sawt.channels.ussd.callback-token=" + GatewayTest.USSD_TOKEN})
public abstract class GatewayTest {

    public static final String ADMIN_KEY = "test-admin-key";
    public static final String USSD_TOKEN = "test-ussd-token";

    @LocalServerPort
    protected int port;

    protected ApiClient admin;

    @BeforeEach
    void clients() {
        admin = new ApiClient("http://localhost:" + port, ADMIN_KEY);
    }

    protected ApiClient anonymous() {
        return admin.withKey(null);
    }

    /** Creates an agency with a fresh name and returns a client holding its new agency key. */
    protected ApiClient newAgency(String name) {
        ApiClient.Reply agency = admin.post("/api/v1/agencies", Map.of("name", name + " " + UUID.randomUUID()));
        assertThat(agency.status()).as(agency.toString()).isEqualTo(201);
        ApiClient.Reply key = admin.post("/api/v1/agencies/" + agency.text("id") + "/api-keys", Map.of("label", "test"));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return admin.withKey(key.text("key"));
    }

    /** A bilingual (Arabic/English) poll: a three-option choice and a yes/no question. */
    protected static Map<String, Object> bilingualPoll() {
        return bilingual("POLL", "رأيك يهمنا.", priorityQuestion(), Map.of("type", "YES_NO",
                "text", Map.of("ar", "هل توافق على الخطة؟", "en", "Do you support the plan?")));
    }

    /** An Arabic/English engagement titled "Municipal priorities" with the given questions. */
    @SafeVarargs
    protected static Map<String, Object> bilingual(String type, String arabicInvitation,
            Map<String, Object>... questions) {
        return Map.of("type", type,
                "title", Map.of("ar", "أولويات البلدية", "en", "Municipal priorities"),
                "languages", List.of("ar", "en"),
                "invitation", Map.of("ar", arabicInvitation, "en", "Your opinion matters."),
                "questions", List.of(questions));
    }

    /** The three-option question the bilingual test engagements start with. */
    protected static Map<String, Object> priorityQuestion() {
        return Map.of("type", "SINGLE_CHOICE",
                "text", Map.of("ar", "ما الأولوية؟", "en", "What comes first?"),
                "options", List.of(Map.of("ar", "الطرق", "en", "Roads"), Map.of("ar", "المياه", "en", "Water"),
                        Map.of("ar", "الحدائق", "en", "Parks")));
    }

    /** A citizen's simulated phone sends a text message and waits for the one reply every message gets. */
    protected void send(String phone, String text) {
        int before = outbox(phone).size();
        ApiClient.Reply reply = anonymous().post("/api/v1/simulator/inbound", Map.of("from", phone, "text", text));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox(phone).size() > before);
    }

    /** The texts a simulated phone received, oldest first. */
    protected List<String> outbox(String phone) {
        List<String> texts = new java.util.ArrayList<>();
        anonymous().get("/api/v1/simulator/outbox?address=" + phone.replace("+", "%2B")).json()
                .forEach(m -> texts.add(m.path("text").asText()));
        return texts;
    }

    /** The last text a simulated phone received. */
    protected String last(String phone) {
        List<String> texts = outbox(phone);
        assertThat(texts).as("messages received by " + phone).isNotEmpty();
        return texts.get(texts.size() - 1);
    }

    /** A phone number no other test uses, in the Jordanian mobile range the simulator accepts. */
    protected static String uniquePhone() {
        return String.format("+96279%07d", NEXT_PHONE.getAndIncrement() % 10_000_000);
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_PHONE =
            new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(9_000_000));
}
