package org.sawt.webhook;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sawt.event.EventsSequenced;
import org.sawt.event.StoredEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery lanes. The sequencer's transaction extends each matching subscription's lane for the events it just
 * placed; workers lease due lanes with FOR UPDATE SKIP LOCKED (several instances take disjoint lanes), and every
 * later change names the lease token, so a worker whose lease ran out changes nothing.
 */
@Component
class WebhookLanes {

    private final JdbcClient jdbc;

    WebhookLanes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs in the sequencer's transaction. A subscription receives the events placed after it was created: a new
     * lane starts just before the first of them.
     */
    @EventListener
    void extend(EventsSequenced placed) {
        jdbc.sql("""
                insert into webhook_lane (subscription_id, engagement_id, pending_up_to, delivered_up_to)
                select s.id, e.engagement_id, max(e.sequence), min(e.sequence) - 1
                  from event e
                  join webhook_subscription s on (s.agency_id is null or s.agency_id = e.agency_id)
                                             and e.type = any(s.event_types)
                 where e.position > :after and e.position <= :upTo
                 group by s.id, e.engagement_id
                on conflict (subscription_id, engagement_id) do update
                   set pending_up_to = greatest(webhook_lane.pending_up_to, excluded.pending_up_to)""")
                .param("after", placed.afterPosition()).param("upTo", placed.upToPosition())
                .update();
    }

    /** Leases up to {@code limit} lanes with events waiting, due, and of an enabled, unpaused subscription. */
    @Transactional
    List<Lane> claim(int limit, Duration lease) {
        return jdbc.sql("""
                update webhook_lane l set lease_until = now() + cast(:lease as interval), lease_token = gen_random_uuid()
                 where (l.subscription_id, l.engagement_id) in (
                       select w.subscription_id, w.engagement_id
                         from webhook_lane w join webhook_subscription s on s.id = w.subscription_id
                        where w.delivered_up_to < w.pending_up_to and w.next_attempt_at <= now()
                          and (w.lease_until is null or w.lease_until < now())
                          and s.enabled and (s.paused_until is null or s.paused_until <= now())
                        order by w.next_attempt_at limit :limit
                          for update of w skip locked)
                returning l.subscription_id, l.engagement_id, l.delivered_up_to, l.pending_up_to, l.attempts,
                          l.lease_token""")
                .param("lease", lease.toMillis() + " milliseconds").param("limit", limit)
                .query((rs, n) -> new Lane(rs.getObject("subscription_id", UUID.class),
                        rs.getObject("engagement_id", UUID.class), rs.getLong("delivered_up_to"),
                        rs.getLong("pending_up_to"), rs.getInt("attempts"), rs.getObject("lease_token", UUID.class)))
                .list();
    }

    /** The event was delivered (or dead-lettered); false when the lease was lost, and nothing changed. */
    boolean advance(Lane lane, long sequence) {
        return jdbc.sql("""
                update webhook_lane set delivered_up_to = :sequence, attempts = 0, last_error = null
                 where subscription_id = :subscriptionId and engagement_id = :engagementId and lease_token = :token""")
                .param("sequence", sequence).param("subscriptionId", lane.subscriptionId())
                .param("engagementId", lane.engagementId()).param("token", lane.leaseToken())
                .update() == 1;
    }

    /** Nothing of the subscription's types waits up to {@code sequence}: the lane is done up to there. */
    void advanceAtLeast(Lane lane, long sequence) {
        jdbc.sql("""
                update webhook_lane set delivered_up_to = greatest(delivered_up_to, :sequence)
                 where subscription_id = :subscriptionId and engagement_id = :engagementId and lease_token = :token""")
                .param("sequence", sequence).param("subscriptionId", lane.subscriptionId())
                .param("engagementId", lane.engagementId()).param("token", lane.leaseToken())
                .update();
    }

    /** Gives the event up: a dead letter, and the lane goes on with the next event. */
    @Transactional
    boolean deadLetter(Lane lane, StoredEvent event, int attempts, String error) {
        if (!advance(lane, event.sequence())) {
            return false;
        }
        jdbc.sql("""
                insert into webhook_dead_letter (subscription_id, event_id, status, attempts, last_error)
                values (:subscriptionId, :eventId, 'DEAD', :attempts, :error)
                on conflict (subscription_id, event_id) do update
                   set status = 'DEAD', attempts = excluded.attempts, last_error = excluded.last_error,
                       failed_at = now()""")
                .param("subscriptionId", lane.subscriptionId()).param("eventId", event.id())
                .param("attempts", attempts).param("error", error)
                .update();
        return true;
    }

    /** The first waiting event failed: the lane waits until {@code next}, and is handed back. */
    void retryLater(Lane lane, int attempts, Instant next, String error) {
        jdbc.sql("""
                update webhook_lane set attempts = :attempts, next_attempt_at = :next, last_error = :error,
                       lease_until = null, lease_token = null
                 where subscription_id = :subscriptionId and engagement_id = :engagementId and lease_token = :token""")
                .param("attempts", attempts).param("next", Timestamp.from(next)).param("error", error)
                .param("subscriptionId", lane.subscriptionId()).param("engagementId", lane.engagementId())
                .param("token", lane.leaseToken())
                .update();
    }

    /** Hands the lane back; anyone may take it again at once if events still wait. */
    void release(Lane lane) {
        jdbc.sql("""
                update webhook_lane set lease_until = null, lease_token = null
                 where subscription_id = :subscriptionId and engagement_id = :engagementId and lease_token = :token""")
                .param("subscriptionId", lane.subscriptionId()).param("engagementId", lane.engagementId())
                .param("token", lane.leaseToken())
                .update();
    }
}
