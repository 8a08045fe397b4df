package org.sawt.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Every inbound message, stored before anything else happens to it; a provider's retry is recognised. */
@Component
public class InboundLog {

    /** How an inbound message ended. */
    public enum Outcome { RECEIVED, COUNTED, NOT_COUNTED, KEYWORD, FAILED }

    /**
     * Stores of messages running at once: a few, so that a message arriving while another store runs is written at
     * once rather than after it, and a burst still shares statements.
     */
    static final int ACCEPT_WRITERS = 4;

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
    private final int recoveryPage;
    /** Callers storing messages at the same moment share one statement, and so one transaction. */
    private final GroupCommit<InboundMessage, Optional<AcceptedInbound>> accepts;

    InboundLog(JdbcClient jdbc, @Value("${sawt.conversation.recovery-after:PT1M}") Duration recoveryAfter,
            @Value("${sawt.conversation.queue-size:10000}") int queueSize,
            @Value("${sawt.inbound.accept-batch-max:200}") int acceptBatchMax) {
        this.jdbc = jdbc;
        this.recoveryAfter = recoveryAfter;
        this.recoveryPage = queueSize;
        this.accepts = new GroupCommit<>(ACCEPT_WRITERS, acceptBatchMax, this::store);
    }

    /**
     * Stores the message, together with those other threads are storing at the same moment, and returns once it
     * is committed. A provider's retry of a message already handled is empty (dropped); a retry of one stored but
     * not yet handled (its instance stopped) is handed out again, and claiming it ({@link #claim},
     * {@link #claimNextWaiting}) keeps the handling to once. Inside the caller's transaction (a menu step stores,
     * claims and handles its input at once) it is stored alone, in that transaction: other callers' rows must not
     * wait for its commit, nor go with its rollback.
     */
    public Optional<AcceptedInbound> accept(InboundMessage message) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return store(List.of(message)).get(0);
        }
        return accepts.submit(message);
    }

    /**
     * Stores the messages in one statement; for each, what {@link #accept} returns. Of two with the same provider
     * id, one is inserted and the other finds it still {@code RECEIVED}, as a retry coming after it would.
     */
    private List<Optional<AcceptedInbound>> store(List<InboundMessage> messages) {
        List<UUID> ids = messages.stream().map(message -> UUID.randomUUID()).toList();
        Set<UUID> inserted = new HashSet<>(jdbc.sql("""
                insert into inbound_message (id, channel, provider_message_id, address, text, status, received_at)
                select id, channel, provider_message_id, address, text, 'RECEIVED', received_at
                  from unnest(cast(:ids as uuid[]), cast(:channels as text[]), cast(:providerIds as text[]),
                              cast(:addresses as text[]), cast(:texts as text[]), cast(:receivedAts as timestamptz[]))
                       as m (id, channel, provider_message_id, address, text, received_at)
                 -- every statement, of any instance, waits for the same keys in the same order: no deadlock
                 order by channel, provider_message_id
                on conflict (channel, provider_message_id) do nothing
                returning id""")
                .param("ids", ids.toArray(UUID[]::new))
                .param("channels", column(messages, InboundMessage::channel))
                .param("providerIds", column(messages, InboundMessage::providerMessageId))
                .param("addresses", column(messages, InboundMessage::address))
                .param("texts", column(messages, InboundMessage::text))
                // ISO-8601, which PostgreSQL reads as timestamptz
                .param("receivedAts", column(messages, message ->
                        (message.receivedAt() == null ? Instant.now() : message.receivedAt()).toString()))
                .query(UUID.class).list());
        List<InboundMessage> notInserted = IntStream.range(0, messages.size())
                .filter(i -> !inserted.contains(ids.get(i))).mapToObj(messages::get).toList();
        Map<ProviderId, UUID> stillReceived = notInserted.isEmpty() ? Map.of() : stillReceived(notInserted);
        List<Optional<AcceptedInbound>> accepted = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            InboundMessage message = messages.get(i);
            UUID id = inserted.contains(ids.get(i)) ? ids.get(i) : stillReceived.get(ProviderId.of(message));
            accepted.add(Optional.ofNullable(id).map(existing -> new AcceptedInbound(existing, message)));
        }
        return accepted;
    }

    /** The ids of these messages' rows stored before and not yet handled, by provider id. */
    private Map<ProviderId, UUID> stillReceived(List<InboundMessage> messages) {
        Map<ProviderId, UUID> ids = new HashMap<>();
        jdbc.sql("""
                select channel, provider_message_id, id from inbound_message
                 where (channel, provider_message_id) in
                       (select * from unnest(cast(:channels as text[]), cast(:providerIds as text[])))
                   and status = 'RECEIVED'""")
                .param("channels", column(messages, InboundMessage::channel))
                .param("providerIds", column(messages, InboundMessage::providerMessageId))
                .query(rs -> {
                    ids.put(new ProviderId(rs.getString("channel"), rs.getString("provider_message_id")),
                            rs.getObject("id", UUID.class));
                });
        return ids;
    }

    private static String[] column(List<InboundMessage> messages, Function<InboundMessage, String> field) {
        return messages.stream().map(field).toArray(String[]::new);
    }

    /** What makes a message the same as one stored before: its channel and its provider's id for it. */
    private record ProviderId(String channel, String messageId) {
        static ProviderId of(InboundMessage message) {
            return new ProviderId(message.channel(), message.providerMessageId());
        }
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
     * instance stopped before handling them, or they found the conversation queue full. Handling them twice is
     * harmless, as claiming lets one win. Up to a queue's worth: the recovery pass hands them over as the queue
     * makes room, so a backlog left by a burst drains as fast as the workers go.
     */
    public List<AcceptedInbound> unhandled() {
        return jdbc.sql("""
                select id, channel, address, text, provider_message_id, received_at from inbound_message
                 where status = 'RECEIVED' and received_at < now() - cast(:age as interval)
                 order by received_at limit :page""")
                .param("age", recoveryAfter.toSeconds() + " seconds").param("page", recoveryPage)
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
