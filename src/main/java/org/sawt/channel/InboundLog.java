package org.sawt.channel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every inbound message, stored before anything else happens to it; a provider's retry is recognised. */
@Component
public class InboundLog {

    /** How an inbound message ended. */
    public enum Outcome { RECEIVED, COUNTED, NOT_COUNTED, KEYWORD, FAILED }

    private final JdbcClient jdbc;

    InboundLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the message; empty when the provider already delivered one with the same id (a retry). */
    public Optional<AcceptedInbound> accept(InboundMessage message) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into inbound_message (id, channel, provider_message_id, address, text, status, received_at)
                values (:id, :channel, :providerId, :address, :text, 'RECEIVED', :receivedAt)
                on conflict (channel, provider_message_id) do nothing""")
                .param("id", id)
                .param("channel", message.channel())
                .param("providerId", message.providerMessageId())
                .param("address", message.address())
                .param("text", message.text())
                .param("receivedAt", Timestamp.from(message.receivedAt() == null ? Instant.now() : message.receivedAt()))
                .update();
        return inserted == 1 ? Optional.of(new AcceptedInbound(id, message)) : Optional.empty();
    }

    /** Records how processing ended, and for whom. */
    public void finish(UUID id, Outcome outcome, UUID contactId, UUID engagementId) {
        jdbc.sql("""
                update inbound_message set status = :status, contact_id = :contactId, engagement_id = :engagementId,
                       processed_at = now()
                 where id = :id""")
                .param("id", id).param("status", outcome.name())
                .param("contactId", contactId).param("engagementId", engagementId)
                .update();
    }

    void markFailed(UUID id) {
        jdbc.sql("update inbound_message set status = 'FAILED', processed_at = now() where id = :id")
                .param("id", id).update();
    }
}
