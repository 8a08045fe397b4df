package org.sawt.webhook;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sawt.audit.AuditLog;
import org.sawt.event.CloudEvents;
import org.sawt.event.EventLog;
import org.sawt.shared.Caller;
import org.sawt.shared.ConflictException;
import org.sawt.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subscription's dead letters: listed and replayed through the API. A replay is delivered on its own, outside the
 * lane order (the receiver orders by {@code sequence}), with the same retry schedule; when that is used up too the
 * event is dead again.
 */
@Component
class WebhookDeadLetters {

    private final JdbcClient jdbc;
    private final Subscriptions subscriptions;
    private final EventLog events;
    private final CloudEvents cloudEvents;
    private final AuditLog audit;

    WebhookDeadLetters(JdbcClient jdbc, Subscriptions subscriptions, EventLog events, CloudEvents cloudEvents,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.events = events;
        this.cloudEvents = cloudEvents;
        this.audit = audit;
    }

    /** Oldest first. */
    List<DeadLetter> list(Caller caller, UUID subscriptionId, int limit) {
        subscriptions.get(caller, subscriptionId);
        return jdbc.sql("""
                select id, event_id, status, attempts, last_error, failed_at, replayed_at from webhook_dead_letter
                 where subscription_id = :subscriptionId order by id limit :limit""")
                .param("subscriptionId", subscriptionId).param("limit", limit)
                .query((rs, n) -> new DeadLetter(rs.getLong("id"), rs.getString("status"), rs.getInt("attempts"),
                        rs.getString("last_error"), rs.getTimestamp("failed_at").toInstant(),
                        rs.getTimestamp("replayed_at") == null ? null : rs.getTimestamp("replayed_at").toInstant(),
                        cloudEvents.envelope(events.find(rs.getLong("event_id")).orElseThrow())))
                .list();
    }

    /** Queues one dead letter for delivery again; a replayed one may be replayed again. */
    @Transactional
    int replay(Caller caller, UUID subscriptionId, long deadLetterId) {
        Subscription subscription = subscriptions.get(caller, subscriptionId);
        int queued = queue("and id = :id", subscriptionId, deadLetterId);
        if (queued == 0) {
            boolean exists = jdbc.sql("select count(*) from webhook_dead_letter where id = :id and subscription_id = :s")
                    .param("id", deadLetterId).param("s", subscriptionId).query(Integer.class).single() > 0;
            if (!exists) {
                throw new NotFoundException("Dead letter", deadLetterId);
            }
            throw new ConflictException("Dead letter " + deadLetterId + " is being replayed already.");
        }
        audit.record(caller, subscription.agencyId(), "webhook.replayed", "webhook", subscriptionId,
                Map.of("deadLetters", List.of(deadLetterId)));
        return queued;
    }

    /** Queues every DEAD letter of the subscription. */
    @Transactional
    int replayAll(Caller caller, UUID subscriptionId) {
        Subscription subscription = subscriptions.get(caller, subscriptionId);
        int queued = queue("and status = 'DEAD'", subscriptionId, null);
        audit.record(caller, subscription.agencyId(), "webhook.replayed", "webhook", subscriptionId,
                Map.of("deadLetters", "all", "count", queued));
        return queued;
    }

    /** Leases replays that are due, oldest event first, across instances without overlap. */
    List<Replay> claim(int limit, Duration lease) {
        return jdbc.sql("""
                update webhook_dead_letter d set lease_until = now() + cast(:lease as interval),
                       lease_token = gen_random_uuid()
                 where d.id in (select x.id from webhook_dead_letter x
                                  join webhook_subscription s on s.id = x.subscription_id
                                 where x.status = 'REPLAYING' and x.next_attempt_at <= now()
                                   and (x.lease_until is null or x.lease_until < now())
                                   and s.enabled and (s.paused_until is null or s.paused_until <= now())
                                 order by x.event_id limit :limit for update of x skip locked)
                returning d.id, d.subscription_id, d.event_id, d.attempts, d.lease_token""")
                .param("lease", lease.toMillis() + " milliseconds").param("limit", limit)
                .query((rs, n) -> new Replay(rs.getLong("id"), rs.getObject("subscription_id", UUID.class),
                        rs.getLong("event_id"), rs.getInt("attempts"), rs.getObject("lease_token", UUID.class)))
                .list();
    }

    void delivered(Replay replay) {
        finish(replay, "status = 'REPLAYED', replayed_at = now()", replay.attempts(), null);
    }

    void retryLater(Replay replay, int attempts, Instant next, String error) {
        jdbc.sql("""
                update webhook_dead_letter set attempts = :attempts, next_attempt_at = :next, last_error = :error,
                       lease_until = null, lease_token = null
                 where id = :id and lease_token = :token""")
                .param("attempts", attempts).param("next", Timestamp.from(next)).param("error", error)
                .param("id", replay.id()).param("token", replay.leaseToken())
                .update();
    }

    void deadAgain(Replay replay, int attempts, String error) {
        finish(replay, "status = 'DEAD', failed_at = now(), last_error = :error", attempts, error);
    }

    /** Hands a claimed replay back untouched (the endpoint is disabled or paused). */
    void release(Replay replay) {
        jdbc.sql("update webhook_dead_letter set lease_until = null, lease_token = null where id = :id and lease_token = :token")
                .param("id", replay.id()).param("token", replay.leaseToken()).update();
    }

    private void finish(Replay replay, String set, int attempts, String error) {
        JdbcClient.StatementSpec update = jdbc.sql("update webhook_dead_letter set " + set
                        + ", attempts = :attempts, lease_until = null, lease_token = null"
                        + " where id = :id and lease_token = :token")
                .param("attempts", attempts).param("id", replay.id()).param("token", replay.leaseToken());
        if (error != null) {
            update = update.param("error", error);
        }
        update.update();
    }

    private int queue(String which, UUID subscriptionId, Long id) {
        JdbcClient.StatementSpec update = jdbc.sql("""
                update webhook_dead_letter set status = 'REPLAYING', attempts = 0, next_attempt_at = now()
                 where subscription_id = :subscriptionId and status <> 'REPLAYING' """ + which)
                .param("subscriptionId", subscriptionId);
        if (id != null) {
            update = update.param("id", id);
        }
        return update.update();
    }

    /** A dead letter leased for delivery again. */
    record Replay(long id, UUID subscriptionId, long eventId, int attempts, UUID leaseToken) {
    }
}
