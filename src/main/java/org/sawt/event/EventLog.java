package org.sawt.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sawt.shared.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event outbox: appends events inside the transaction of the change they describe, and reads back the ones
 * the sequencer has placed in the stream (unsequenced events are invisible to readers).
 */
@Component
public class EventLog {

    private static final String COLUMNS = """
            id, event_id, type, agency_id, engagement_id, portal_external_id, subject, occurred_at, data,
            position, sequence""";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    EventLog(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Writes an event about an engagement; must join the transaction of the change. The agency and the portal's
     * id of the engagement are copied from the engagement as it is now, so the event never changes afterwards.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void append(EventType type, UUID engagementId, String subject, Instant occurredAt, Object data) {
        int inserted = jdbc.sql("""
                insert into event (event_id, type, agency_id, engagement_id, portal_external_id, subject,
                                   occurred_at, data)
                select :eventId, :type, e.agency_id, e.id, e.portal_external_id, :subject, :at, cast(:data as json)
                  from engagement e where e.id = :engagementId""")
                .param("eventId", UUID.randomUUID()).param("type", type.type())
                .param("engagementId", engagementId).param("subject", subject)
                .param("at", Timestamp.from(occurredAt)).param("data", json.write(data))
                .update();
        if (inserted != 1) {
            throw new IllegalStateException("No engagement " + engagementId + " for a " + type.type() + " event");
        }
    }

    /** Sequenced events after {@code afterPosition} in stream order; of one agency, or of all when null. */
    public List<StoredEvent> after(UUID agencyId, long afterPosition, int limit) {
        String agencyFilter = agencyId == null ? "" : " and agency_id = :agencyId";
        JdbcClient.StatementSpec query = jdbc.sql("select " + COLUMNS + " from event where position > :after"
                        + agencyFilter + " order by position limit :limit")
                .param("after", afterPosition).param("limit", limit);
        if (agencyId != null) {
            query = query.param("agencyId", agencyId);
        }
        return query.query(EventLog::stored).list();
    }

    /** An engagement's sequenced events of the given types after sequence {@code after}, in order. */
    public List<StoredEvent> ofEngagement(UUID engagementId, long after, List<String> types, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from event
                        where engagement_id = :engagementId and sequence > :after
                          and type = any(:types)
                        order by sequence limit :limit""")
                .param("engagementId", engagementId).param("after", after)
                .param("types", types.toArray(String[]::new)).param("limit", limit)
                .query(EventLog::stored).list();
    }

    /** A sequenced event by its internal row id. */
    public Optional<StoredEvent> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from event where id = :id and position is not null")
                .param("id", id).query(EventLog::stored).optional();
    }

    private static StoredEvent stored(ResultSet rs, int row) throws SQLException {
        return new StoredEvent(rs.getLong("id"), rs.getObject("event_id", UUID.class), rs.getString("type"),
                rs.getObject("agency_id", UUID.class), rs.getObject("engagement_id", UUID.class),
                rs.getString("portal_external_id"), rs.getString("subject"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("data"), rs.getLong("position"),
                rs.getLong("sequence"));
    }
}
