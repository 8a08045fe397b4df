package org.sawt.channel;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sawt.shared.JsonColumns;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outbound messages and their delivery status. A message is stored QUEUED before it is sent, so a crash
 * between deciding to send and sending loses nothing.
 */
@Component
public class Outbox {

    /** Where a message is on its way out. */
    public enum Status { QUEUED, SENDING, SENT, DELIVERED, FAILED, SKIPPED }

    private static final TypeReference<List<Choice>> CHOICES = new TypeReference<>() { };

    private static final String INSERT = """
            insert into outbound_message (id, channel, address, contact_id, engagement_id, broadcast_id,
                                          in_reply_to, text, choices, status, not_before)
            values (:id, :channel, :address, :contactId, :engagementId, :broadcastId, :inReplyTo, :text,
                    cast(:choices as jsonb), 'QUEUED', :notBefore)""";

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final ApplicationEventPublisher events;

    Outbox(JdbcClient jdbc, JsonColumns json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    public void queue(OutboundMessage m) {
        insert(INSERT, m, null, null).update();
    }

    /** Queues a message that must not be sent before {@code notBefore} (null: as soon as possible). */
    public void queue(OutboundMessage m, Instant notBefore) {
        insert(INSERT, m, null, notBefore).update();
    }

    /**
     * Queues the answer to an inbound message, linked to it so each message's reply can be traced, and records in
     * the same statement how the inbound message ended, for the reply's contact and engagement.
     */
    public void queueReply(OutboundMessage m, UUID inReplyTo, InboundLog.Outcome outcome) {
        insert("with finished as (" + InboundLog.FINISH + ")\n" + INSERT, m, inReplyTo, null)
                .param("inboundId", inReplyTo).param("outcome", outcome.name())
                .update();
    }

    private JdbcClient.StatementSpec insert(String sql, OutboundMessage m, UUID inReplyTo, Instant notBefore) {
        return jdbc.sql(sql)
                .param("id", m.id()).param("channel", m.channel()).param("address", m.address())
                .param("contactId", m.contactId()).param("engagementId", m.engagementId())
                .param("broadcastId", m.broadcastId()).param("inReplyTo", inReplyTo).param("text", m.text())
                .param("choices", json.write(m.choices()))
                .param("notBefore", notBefore == null ? null : Timestamp.from(notBefore));
    }

    /**
     * Leases up to {@code limit} messages due for sending to this instance for 30 s; SKIP LOCKED and the lease let
     * several instances take disjoint batches. Due are queued invitations, replies still queued a minute after
     * they were written (their instance stopped before sending them), and messages left SENDING for five minutes
     * by an instance that died mid-send: at-least-once, so such a crash may repeat a message, never drop it. A
     * message with a {@code not_before} (deferred out of quiet hours) is not due until then.
     */
    public List<OutboundMessage> claimDue(int limit) {
        return jdbc.sql("""
                update outbound_message set status = 'QUEUED', lease_until = now() + interval '30 seconds'
                 where id in (select id from outbound_message
                               where ((status = 'QUEUED'
                                       and (broadcast_id is not null or created_at < now() - interval '1 minute')
                                       and (not_before is null or not_before <= now()))
                                      or (status = 'SENDING' and updated_at < now() - interval '5 minutes'))
                                 and (lease_until is null or lease_until < now())
                               order by seq limit :limit for update skip locked)
                returning id, channel, address, text, choices, contact_id, engagement_id, broadcast_id""")
                .param("limit", limit)
                .query(this::outboundMessage)
                .list();
    }

    /** Leaves a leased message queued for a little while: its channel cannot take it yet. */
    public void postpone(OutboundMessage message, Duration wait) {
        jdbc.sql("update outbound_message set lease_until = now() + cast(:wait as interval) where id = :id")
                .param("wait", wait.toMillis() + " milliseconds").param("id", message.id()).update();
    }

    /** The outbound route's first step: true for exactly one sender of a queued message. */
    public boolean take(OutboundMessage message) {
        return jdbc.sql("""
                update outbound_message set status = 'SENDING', updated_at = now()
                 where id = :id and status = 'QUEUED'""")
                .param("id", message.id()).update() == 1;
    }

    /**
     * Called by the outbound route once the provider took the message; a delivery report that arrived before this
     * (a fast receipt) is applied in the same statement, and published as {@link DeliveryReportApplied} like one on
     * time.
     */
    public void markSent(OutboundMessage message, String providerMessageId) {
        jdbc.sql("""
                with early as (delete from early_delivery_report
                                where channel = :channel and provider_message_id = :providerId
                               returning status, error),
                     sent as (update outbound_message set status = coalesce((select status from early), 'SENT'),
                                     provider_message_id = coalesce(:providerId, provider_message_id),
                                     error = (select error from early), updated_at = now()
                               where id = :id
                              returning id)
                select early.status, early.error from early, sent""")
                .param("channel", message.channel()).param("providerId", providerMessageId).param("id", message.id())
                .query((rs, n) -> new DeliveryReportApplied(message, Status.valueOf(rs.getString("status")),
                        rs.getString("error")))
                .optional()
                .ifPresent(events::publishEvent);
    }

    public void markSkipped(UUID id, String reason) {
        setStatus(id, Status.SKIPPED, reason);
    }

    void markFailed(UUID id, String error) {
        setStatus(id, Status.FAILED, error);
    }

    /**
     * Applies a provider's delivery report to the message it sent under that id, publishes
     * {@link DeliveryReportApplied} and returns the message. Empty when no message has that id yet: the report is
     * kept and applied if the id is stored within a day (it came before the gateway recorded the id), otherwise it
     * was about a message sent by another system.
     */
    public Optional<OutboundMessage> recordDeliveryReport(String channel, String providerMessageId,
            Status status, String error) {
        Optional<OutboundMessage> message = jdbc.sql("""
                update outbound_message set status = :status, error = coalesce(:error, error), updated_at = now()
                 where channel = :channel and provider_message_id = :providerId
                returning id, channel, address, text, choices, contact_id, engagement_id, broadcast_id""")
                .param("status", status.name()).param("error", error)
                .param("channel", channel).param("providerId", providerMessageId)
                .query(this::outboundMessage)
                .optional();
        message.ifPresentOrElse(sent -> events.publishEvent(new DeliveryReportApplied(sent, status, error)),
                () -> keepEarlyReport(channel, providerMessageId, status, error));
        return message;
    }

    /** Keeps a report whose message id is not stored yet, for {@link #markSent}; drops those older than a day. */
    private void keepEarlyReport(String channel, String providerMessageId, Status status, String error) {
        jdbc.sql("delete from early_delivery_report where received_at < now() - interval '1 day'").update();
        jdbc.sql("""
                insert into early_delivery_report (channel, provider_message_id, status, error)
                values (:channel, :providerId, :status, :error)
                on conflict (channel, provider_message_id) do update set status = excluded.status, error = excluded.error""")
                .param("channel", channel).param("providerId", providerMessageId)
                .param("status", status.name()).param("error", error)
                .update();
    }

    /** Messages sent to one address on one channel, oldest first. */
    public List<Delivered> sentTo(String channel, String address) {
        return jdbc.sql("""
                select text, status, created_at from outbound_message
                 where channel = :channel and address = :address and status in ('SENT', 'DELIVERED')
                 order by seq""")
                .param("channel", channel).param("address", address)
                .query((rs, n) -> new Delivered(rs.getString("text"), Status.valueOf(rs.getString("status")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** How many of a broadcast's messages are in each status. */
    public Map<Status, Integer> broadcastProgress(UUID broadcastId) {
        return jdbc.sql("select status, count(*) as n from outbound_message where broadcast_id = :id group by status")
                .param("id", broadcastId)
                .query((rs, n) -> Map.entry(Status.valueOf(rs.getString("status")), rs.getInt("n")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private OutboundMessage outboundMessage(ResultSet rs, int row) throws SQLException {
        return new OutboundMessage(rs.getObject("id", UUID.class), rs.getString("channel"), rs.getString("address"),
                rs.getString("text"), json.read(rs.getString("choices"), CHOICES), rs.getObject("contact_id", UUID.class),
                rs.getObject("engagement_id", UUID.class), rs.getObject("broadcast_id", UUID.class));
    }

    private void setStatus(UUID id, Status status, String error) {
        jdbc.sql("update outbound_message set status = :status, updated_at = :now, error = :error where id = :id")
                .param("id", id).param("status", status.name()).param("error", error)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    /** A message as the recipient's phone or app received it. */
    public record Delivered(String text, Status status, Instant sentAt) {
    }
}
