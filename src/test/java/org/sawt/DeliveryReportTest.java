package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawt.channel.DeliveryReportApplied;
import org.sawt.channel.OutboundMessage;
import org.sawt.channel.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Delivery reports update the message they are about, even when they overtake the provider's answer. */
@RecordApplicationEvents
class DeliveryReportTest extends GatewayTest {

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aReportThatArrivesBeforeTheMessageIdIsStoredIsAppliedWhenItIs() {
        OutboundMessage message = OutboundMessage.to("simulator", uniquePhone(), "hello", null, null, null);
        outbox.queue(message);
        String providerId = "early-" + UUID.randomUUID();

        assertThat(outbox.recordDeliveryReport("simulator", providerId, Outbox.Status.DELIVERED, null)).isEmpty();
        assertThat(outbox.take(message)).isTrue();
        outbox.markSent(message, providerId);

        assertThat(status(message)).isEqualTo("DELIVERED");
        assertThat(jdbc.sql("select count(*) from early_delivery_report where provider_message_id = :p")
                .param("p", providerId).query(Long.class).single()).isZero();
    }

    @Test
    void anEarlyFailureIsAppliedWithItsErrorAndPublishedWhenTheMessageIdIsStored() {
        OutboundMessage message = OutboundMessage.to("simulator", uniquePhone(), "hello", null, null, null);
        outbox.queue(message);
        String providerId = "early-" + UUID.randomUUID();

        outbox.recordDeliveryReport("simulator", providerId, Outbox.Status.FAILED, "stat:UNDELIV");
        outbox.take(message);
        outbox.markSent(message, providerId);

        assertThat(column(message, "status")).isEqualTo("FAILED");
        assertThat(column(message, "error")).isEqualTo("stat:UNDELIV");
        assertThat(column(message, "provider_message_id")).isEqualTo(providerId);
        assertThat(events.stream(DeliveryReportApplied.class).filter(e -> e.message().id().equals(message.id())))
                .containsExactly(new DeliveryReportApplied(message, Outbox.Status.FAILED, "stat:UNDELIV"));
    }

    @Test
    void aMessageSentWithoutAnEarlyReportIsSentWithItsIdAndNothingIsPublished() {
        OutboundMessage message = OutboundMessage.to("simulator", uniquePhone(), "hello", null, null, null);
        outbox.queue(message);
        outbox.take(message);
        outbox.markSent(message, "known-" + message.id());

        assertThat(status(message)).isEqualTo("SENT");
        assertThat(column(message, "provider_message_id")).isEqualTo("known-" + message.id());
        assertThat(column(message, "error")).isNull();
        assertThat(events.stream(DeliveryReportApplied.class).filter(e -> e.message().id().equals(message.id())))
                .isEmpty();
    }

    @Test
    void aReportForAStoredIdUpdatesItsMessageAtOnce() {
        OutboundMessage message = OutboundMessage.to("simulator", uniquePhone(), "hello", null, null, null);
        outbox.queue(message);
        outbox.take(message);
        outbox.markSent(message, "known-" + message.id());

        assertThat(outbox.recordDeliveryReport("simulator", "known-" + message.id(), Outbox.Status.FAILED,
                "stat:UNDELIV")).isPresent();
        assertThat(status(message)).isEqualTo("FAILED");
    }

    private String status(OutboundMessage message) {
        return column(message, "status");
    }

    private String column(OutboundMessage message, String column) {
        return jdbc.sql("select " + column + " from outbound_message where id = :id").param("id", message.id())
                .query(String.class).optional().orElse(null);
    }
}
