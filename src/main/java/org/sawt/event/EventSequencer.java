package org.sawt.event;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places committed events in the stream. Events are inserted with a bigserial id, but ids are handed out in one
 * order and committed in another: a cursor on the id would skip an event that commits after a later one was read.
 * So one sequencer at a time (any instance, under an advisory lock, every {@code sawt.events.sequencer-interval-ms})
 * gives the events it can see, in id order, the next global {@code position} and the next {@code sequence} of their
 * engagement; a late committer is simply placed by a later pass. Readers and deliverers see only placed events,
 * and answers never contend for a per-engagement counter row.
 */
@Component("eventSequencer")
public class EventSequencer {

    // Any fixed number shared by every instance.
    private static final long SEQUENCER_LOCK = 0x5341_5754_5345_5131L;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final EventSettings settings;

    EventSequencer(JdbcClient jdbc, ApplicationEventPublisher publisher, EventSettings settings) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.settings = settings;
    }

    /** One pass; returns how many events it placed (0 when another instance holds the sequencer). */
    @Transactional
    public int sequence() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", SEQUENCER_LOCK)
                .query(Boolean.class).single()) {
            return 0;
        }
        // a separate statement after the lock: it sees every pass committed before ours
        long last = jdbc.sql("select coalesce(max(position), 0) from event").query(Long.class).single();
        int placed = jdbc.sql("""
                with batch as (select id, engagement_id from event where position is null order by id limit :limit),
                     numbered as (select id, engagement_id,
                                         row_number() over (order by id) as n,
                                         row_number() over (partition by engagement_id order by id) as k
                                    from batch)
                update event e
                   set position = :last + numbered.n,
                       sequence = coalesce((select max(x.sequence) from event x
                                             where x.engagement_id = numbered.engagement_id), 0) + numbered.k
                  from numbered
                 where e.id = numbered.id""")
                .param("limit", settings.sequencerBatchSize()).param("last", last)
                .update();
        if (placed > 0) {
            publisher.publishEvent(new EventsSequenced(last, last + placed));
        }
        return placed;
    }
}
