package org.sawt.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A trigger arriving in quiet hours (here: the two hours around now, in UTC) is queued with a not-before time and
 * the outbox dispatcher leaves it alone until then; once that time has passed it goes out.
 */
class TriggerQuietHoursTest extends GatewayTest {

    private static final LocalTime NOW = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void quietNow(DynamicPropertyRegistry properties) {
        properties.add("sawt.triggers.quiet-hours.start", () -> NOW.minusHours(1).toString());
        properties.add("sawt.triggers.quiet-hours.end", () -> NOW.plusHours(1).toString());
        properties.add("sawt.triggers.quiet-hours.zone", () -> "UTC");
    }

    @Test
    void aTriggerInQuietHoursIsSentWhenTheyEnd() throws InterruptedException {
        ApiClient agency = newAgency("Quiet hours");
        String ratingId = agency.post("/api/v1/engagements", bilingual("RATING", "شكراً.",
                Map.of("type", "RATING", "text", Map.of("ar", "قيّم الخدمة", "en", "Rate the service")))).text("id");
        agency.post("/api/v1/engagements/" + ratingId + "/open", null);
        agency.post("/api/v1/trigger-rules", Map.of("serviceCode", "licence", "engagementId", ratingId));
        String phone = uniquePhone();

        ApiClient.Reply reply = agency.post("/api/v1/triggers",
                Map.of("triggerId", UUID.randomUUID().toString(), "serviceCode", "licence", "phone", phone));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        assertThat(reply.text("status")).isEqualTo("DEFERRED");
        Instant notBefore = Instant.parse(reply.text("notBefore"));
        assertThat(notBefore).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofMinutes(61)));

        Thread.sleep(1000); // ten dispatcher passes (sawt.dispatch.poll-interval-ms=100) leave it queued
        assertThat(outbox(phone)).isEmpty();
        assertThat(jdbc.sql("select status from outbound_message where address = ?").param(phone)
                .query(String.class).single()).isEqualTo("QUEUED");

        jdbc.sql("update outbound_message set not_before = now() - interval '1 second' where address = ?")
                .param(phone).update();  // the quiet hours are over
        await().atMost(Duration.ofSeconds(5)).until(() -> !outbox(phone).isEmpty());
        assertThat(outbox(phone)).singleElement().asString().contains("قيّم الخدمة");
    }
}
