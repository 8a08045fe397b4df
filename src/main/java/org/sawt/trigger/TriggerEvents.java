package org.sawt.trigger;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Triggers received, one row per agency and trigger id. Claiming inserts the row first: the unique constraint makes
 * a repeated or concurrent trigger wait for the first one's transaction and then find its outcome.
 */
@Repository
class TriggerEvents {

    private static final String UNDECIDED = "SKIPPED";

    private final JdbcClient jdbc;

    TriggerEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this is the first time the agency receives the trigger id. */
    boolean claim(UUID agencyId, String triggerId, String serviceCode, UUID engagementId) {
        return jdbc.sql("""
                insert into trigger_event (id, agency_id, trigger_id, service_code, engagement_id, status)
                values (:id, :agencyId, :triggerId, :serviceCode, :engagementId, :status)
                on conflict (agency_id, trigger_id) do nothing""")
                .param("id", UUID.randomUUID()).param("agencyId", agencyId).param("triggerId", triggerId)
                .param("serviceCode", serviceCode).param("engagementId", engagementId).param("status", UNDECIDED)
                .update() == 1;
    }

    void record(UUID agencyId, TriggerOutcome outcome) {
        jdbc.sql("""
                update trigger_event set status = :status, reason = :reason, broadcast_id = :broadcastId,
                       not_before = :notBefore where agency_id = :agencyId and trigger_id = :triggerId""")
                .param("status", outcome.status().name()).param("reason", outcome.reason())
                .param("broadcastId", outcome.broadcastId())
                .param("notBefore", outcome.notBefore() == null ? null : Timestamp.from(outcome.notBefore()))
                .param("agencyId", agencyId).param("triggerId", outcome.triggerId())
                .update();
    }

    Optional<TriggerOutcome> find(UUID agencyId, String triggerId) {
        return jdbc.sql("""
                select trigger_id, service_code, engagement_id, status, reason, broadcast_id, not_before, received_at
                  from trigger_event where agency_id = :agencyId and trigger_id = :triggerId""")
                .param("agencyId", agencyId).param("triggerId", triggerId)
                .query((rs, n) -> new TriggerOutcome(rs.getString("trigger_id"), rs.getString("service_code"),
                        rs.getObject("engagement_id", UUID.class), TriggerOutcome.Status.valueOf(rs.getString("status")),
                        rs.getString("reason"), rs.getObject("broadcast_id", UUID.class),
                        rs.getTimestamp("not_before") == null ? null : rs.getTimestamp("not_before").toInstant(),
                        rs.getTimestamp("received_at").toInstant()))
                .optional();
    }
}
