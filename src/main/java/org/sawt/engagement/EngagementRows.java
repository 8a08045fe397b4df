package org.sawt.engagement;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sawt.shared.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of engagements; texts and questions are JSONB columns. */
@Repository
class EngagementRows {

    private static final String COLUMNS = """
            id, agency_id, portal_external_id, type, status, title, languages, invitation, questions,
            opens_at, closes_at, opened_at, closed_at, created_at, updated_at""";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    EngagementRows(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Engagement e) {
        jdbc.sql("""
                insert into engagement (id, agency_id, portal_external_id, type, status, title, languages, invitation,
                                        questions, opens_at, closes_at, created_at, updated_at)
                values (:id, :agencyId, :portalId, :type, :status, cast(:title as jsonb), cast(:languages as jsonb),
                        cast(:invitation as jsonb), cast(:questions as jsonb), :opensAt, :closesAt, :createdAt, :createdAt)""")
                .param("id", e.id()).param("agencyId", e.agencyId()).param("portalId", e.portalExternalId())
                .param("type", e.type().name())
                .param("status", e.status().name())
                .param("title", write(e.title())).param("languages", write(e.languages()))
                .param("invitation", write(e.invitation())).param("questions", write(e.questions()))
                .param("opensAt", ts(e.opensAt())).param("closesAt", ts(e.closesAt()))
                .param("createdAt", ts(e.createdAt()))
                .update();
    }

    void updateDraft(Engagement e) {
        jdbc.sql("""
                update engagement set portal_external_id = :portalId, type = :type, title = cast(:title as jsonb),
                       languages = cast(:languages as jsonb),
                       invitation = cast(:invitation as jsonb), questions = cast(:questions as jsonb),
                       opens_at = :opensAt, closes_at = :closesAt, updated_at = now()
                 where id = :id""")
                .param("id", e.id()).param("portalId", e.portalExternalId()).param("type", e.type().name())
                .param("title", write(e.title())).param("languages", write(e.languages()))
                .param("invitation", write(e.invitation())).param("questions", write(e.questions()))
                .param("opensAt", ts(e.opensAt())).param("closesAt", ts(e.closesAt()))
                .update();
    }

    /** The engagement of the agency that the portal knows by this id. */
    Optional<UUID> withPortalId(UUID agencyId, String portalExternalId) {
        return jdbc.sql("select id from engagement where agency_id = :agencyId and portal_external_id = :portalId")
                .param("agencyId", agencyId).param("portalId", portalExternalId).query(UUID.class).optional();
    }

    /** Moves an engagement between states only if it is still in the expected one (safe across instances). */
    boolean transition(UUID id, EngagementStatus from, EngagementStatus to) {
        return jdbc.sql("""
                update engagement set status = :to, updated_at = now(),
                       opened_at = case when :to = 'OPEN' then now() else opened_at end,
                       closed_at = case when :to = 'CLOSED' then now() else closed_at end
                 where id = :id and status = :from""")
                .param("id", id).param("from", from.name()).param("to", to.name())
                .update() == 1;
    }

    Optional<Engagement> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from engagement where id = :id").param("id", id)
                .query(this::map).optional();
    }

    List<Engagement> list(UUID agencyId, String portalExternalId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from engagement where (cast(:agencyId as uuid) is null or agency_id = :agencyId)"
                        + " and (cast(:portalId as text) is null or portal_external_id = :portalId)"
                        + " order by created_at desc limit :limit")
                .param("agencyId", agencyId).param("portalId", portalExternalId).param("limit", limit)
                .query(this::map).list();
    }

    /** Up to {@code limit} engagements in creation order after the one with id {@code afterId} (null: from the first). */
    List<Engagement> pageAfter(UUID agencyId, UUID afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from engagement"
                        + " where (cast(:agencyId as uuid) is null or agency_id = :agencyId)"
                        + " and (cast(:afterId as uuid) is null"
                        + " or (created_at, id) > (select created_at, id from engagement where id = :afterId))"
                        + " order by created_at, id limit :limit")
                .param("agencyId", agencyId).param("afterId", afterId).param("limit", limit)
                .query(this::map).list();
    }

    /** The OPEN engagements of these agencies, most recently opened first. */
    List<Engagement> openIn(Collection<UUID> agencyIds, int limit) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from engagement where agency_id in (:agencyIds) and status = 'OPEN'"
                        + " order by opened_at desc nulls last, created_at desc limit :limit")
                .param("agencyIds", agencyIds).param("limit", limit)
                .query(this::map).list();
    }

    /** Ids of engagements whose scheduled open or close time has come. */
    List<UUID> due(EngagementStatus status, String timeColumn) {
        return jdbc.sql("select id from engagement where status = :status and " + timeColumn + " <= now()")
                .param("status", status.name())
                .query(UUID.class).list();
    }

    private Engagement map(ResultSet rs, int row) throws SQLException {
        return new Engagement(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("portal_external_id"), EngagementType.valueOf(rs.getString("type")), EngagementStatus.valueOf(rs.getString("status")),
                read(rs.getString("title"), new TypeReference<>() { }),
                read(rs.getString("languages"), new TypeReference<>() { }),
                read(rs.getString("invitation"), new TypeReference<>() { }),
                read(rs.getString("questions"), new TypeReference<List<Question>>() { }),
                instant(rs, "opens_at"), instant(rs, "closes_at"), instant(rs, "opened_at"), instant(rs, "closed_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private String write(Object value) {
        return json.write(value == null ? Map.of() : value);
    }

    private <T> T read(String value, TypeReference<T> type) {
        return json.read(value, type);
    }
}
