package org.sawt.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every inbound message, stored before anything else happens to it; a provider's retry is recognised. */
@Component
public class InboundLog {

    /** How an inbound message ended. */
    public enum Outcome { RECEIVED, COUNTED, NOT_COUNTED, KEYWORD, FAILED }

    /**
     * Records how the handling of message {@code :inboundId} ended ({@code :outcome}) and for whom
     * ({@code :contactId}, {@code :engagementId}); {@link Outbox#queueReply} runs it with the reply's insert.
     */
    static final String FINISH = """
            update inbound_message set status = :outcome, contact_id = :contactId, engagement_id = :engagementId,
                   processed_at = now()
             where id = :inboundId""";

    private final JdbcClient jdbc;
    private final Duration recoveryAfter;

    InboundLog(JdbcClient jdbc, @Value("${sawt.conversation.recovery-after:PT1M}") Duration recoveryAfter) {
        this.jdbc = jdbc;
        this.recoveryAfter = recoveryAfter;
    }

    /**
     * Stores the message. A provider's retry of a message already handled is empty (dropped); a retry of one
     * stored but not yet handled (its instance stopped) is handed out again, and claiming it ({@link #claim},
     * {@link #claimNextWaiting}) keeps the handling to once.
     */
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
        if (inserted == 1) {
            return Optional.of(new AcceptedInbound(id, message));
        }
        return jdbc.sql("""
                select id from inbound_message
                 where channel = :channel and provider_message_id = :providerId and status = 'RECEIVED'""")
                .param("channel", message.channel()).param("providerId", message.providerMessageId())
                .query(UUID.class).optional()
                .map(existing -> new AcceptedInbound(existing, message));
    }

    /**
     * Takes the message for handling inside the caller's transaction; false when it was handled already (by
     * another worker or instance). If the transaction rolls back, the message is free to be taken again.
     */
    public boolean claim(UUID id) {
        return jdbc.sql("select id from inbound_message where id = :id and status = 'RECEIVED' for update skip locked")
                .param("id", id).query(UUID.class).optional().isPresent();
    }

    /**
     * Messages stored more than {@code sawt.conversation.recovery-after} ago and still not handled: their
     * instance stopped before handling them. Handling them twice is harmless, as claiming lets one win.
     */
    public List<AcceptedInbound> unhandled() {
        return jdbc.sql("""
                select id, channel, address, text, provider_message_id, received_at from inbound_message
                 where status = 'RECEIVED' and received_at < now() - cast(:age as interval)
                 order by received_at limit 1000""")
                .param("age", recoveryAfter.toSeconds() + " seconds")
                .query(InboundLog::accepted)
                .list();
    }

    /**
     * Claims, in the caller's transaction, the oldest message of this sender still waiting, up to and including
     * {@code upTo} and after the one {@code after} names (null: from the oldest): a worker holding the sender's lock
     * handles them one by one in the order they arrived, whichever worker their own queue entry went to. Empty when
     * none is left, all handled (by this worker or another). If the transaction rolls back, the message is free to
     * be taken again.
     */
    public Optional<AcceptedInbound> claimNextWaiting(AcceptedInbound upTo, UUID after) {
        InboundMessage message = upTo.message();
        // two statements rather than one with "(:after is null or ...)": PostgreSQL cannot keep a generic plan for
        // such a condition and planned the hottest query of the inbound path anew on every call
        String afterCondition = after == null ? ""
                : " and (received_at, id) > (select received_at, id from inbound_message where id = :after)";
        JdbcClient.StatementSpec claim = jdbc.sql("""
                select id, channel, address, text, provider_message_id, received_at from inbound_message
                 where channel = :channel and address = :address and status = 'RECEIVED'
                   and (received_at, id) <= (select received_at, id from inbound_message where id = :upTo)"""
                        + afterCondition + """

                 order by received_at, id
                 limit 1
                 for update skip locked""")
                .param("channel", message.channel()).param("address", message.address())
                .param("upTo", upTo.id());
        return (after == null ? claim : claim.param("after", after))
                .query(InboundLog::accepted)
                .optional();
    }

    /** Records how processing ended, and for whom. */
    public void finish(UUID id, Outcome outcome, UUID contactId, UUID engagementId) {
        jdbc.sql(FINISH).param("inboundId", id).param("outcome", outcome.name())
                .param("contactId", contactId).param("engagementId", engagementId)
                .update();
    }

    private static AcceptedInbound accepted(ResultSet rs, int row) throws SQLException {
        return new AcceptedInbound(rs.getObject("id", UUID.class), new InboundMessage(rs.getString("channel"),
                rs.getString("address"), rs.getString("text"), rs.getString("provider_message_id"),
                rs.getTimestamp("received_at").toInstant()));
    }

    void markFailed(UUID id) {
        jdbc.sql("update inbound_message set status = 'FAILED', processed_at = now() where id = :id")
                .param("id", id).update();
    }
}
