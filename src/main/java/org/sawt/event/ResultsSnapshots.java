package org.sawt.event;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sawt.engagement.Engagement;
import org.sawt.engagement.EngagementStatus;
import org.sawt.engagement.Engagements;
import org.sawt.results.EngagementResults;
import org.sawt.results.Results;
import org.sawt.shared.Caller;
import org.sawt.shared.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results as events: {@code results.final} in the transaction that closes (and again in the one that publishes)
 * an engagement, and {@code results.interim} for open engagements, at most once per
 * {@code sawt.events.interim-results-interval} and only when a response changed since the last snapshot, or when
 * asked for through the API.
 */
@Component("resultsSnapshots")
public class ResultsSnapshots {

    // Any fixed number shared by every instance: one instance at a time writes interim snapshots.
    private static final long INTERIM_LOCK = 0x5341_5754_5245_5331L;

    private final Results results;
    private final EventLog log;
    private final JdbcClient jdbc;
    private final EventSettings settings;
    private final Engagements engagements;

    ResultsSnapshots(Results results, EventLog log, JdbcClient jdbc, EventSettings settings, Engagements engagements) {
        this.results = results;
        this.engagements = engagements;
        this.log = log;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void writeFinal(UUID engagementId) {
        write(EventType.RESULTS_FINAL, engagementId);
    }

    /** One pass of the timer route; returns how many interim snapshots it wrote. */
    @Transactional
    public int writeInterim() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", INTERIM_LOCK)
                .query(Boolean.class).single()) {
            return 0;
        }
        List<Changed> changed = jdbc.sql("""
                select e.id, latest.id as latest_event_id
                  from engagement e
                 cross join lateral (select max(ev.id) as id from event ev
                                      where ev.engagement_id = e.id
                                        and ev.type in ('response.created', 'response.updated')) latest
                  left join results_snapshot s on s.engagement_id = e.id
                 where e.status = 'OPEN' and latest.id is not null
                   and (s.engagement_id is null
                        or (latest.id > s.covered_event_id
                            and s.written_at <= now() - cast(:interval as interval)))""")
                .param("interval", settings.interimResultsInterval().toMillis() + " milliseconds")
                .query((rs, n) -> new Changed(rs.getObject("id", UUID.class), rs.getLong("latest_event_id")))
                .list();
        changed.forEach(engagement -> writeInterim(engagement.id(), engagement.latestEventId()));
        return changed.size();
    }

    /** A {@code results.interim} now, asked for through the API; the engagement must be open. */
    @Transactional
    public void writeInterimNow(Caller caller, UUID engagementId) {
        Engagement engagement = engagements.get(caller, engagementId);
        if (engagement.status() != EngagementStatus.OPEN) {
            throw new ConflictException("Engagement " + engagementId + " is " + engagement.status()
                    + "; interim results are for OPEN engagements (closing writes results.final).");
        }
        long latest = jdbc.sql("""
                select coalesce(max(id), 0) from event
                 where engagement_id = :id and type in ('response.created', 'response.updated')""")
                .param("id", engagementId).query(Long.class).single();
        writeInterim(engagementId, latest);
    }

    private void writeInterim(UUID engagementId, long coveredEventId) {
        write(EventType.RESULTS_INTERIM, engagementId);
        jdbc.sql("""
                insert into results_snapshot (engagement_id, covered_event_id, written_at)
                values (:id, :covered, now())
                on conflict (engagement_id) do update
                   set covered_event_id = excluded.covered_event_id, written_at = excluded.written_at""")
                .param("id", engagementId).param("covered", coveredEventId).update();
    }

    /** Counts only, no labels or question texts: the portal has those from the engagement, and bodies stay thin. */
    private void write(EventType type, UUID engagementId) {
        EngagementResults tally = results.of(Caller.system(), engagementId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("engagementStatus", tally.status());
        data.put("participants", tally.participants());
        data.put("questions", tally.questions().stream().map(ResultsSnapshots::counts).toList());
        log.append(type, engagementId, "results", Instant.now(), data);
    }

    private static Map<String, Object> counts(EngagementResults.QuestionResult question) {
        Map<String, Long> byValue = new LinkedHashMap<>();
        question.options().forEach(option -> byValue.put(option.value(), option.count()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("key", question.key());
        result.put("type", question.type());
        result.put("answered", question.answered());
        result.put("counts", byValue);
        return result;
    }

    private record Changed(UUID id, long latestEventId) {
    }
}
