package org.sawt.trigger;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sawt.shared.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of trigger rules; one per agency and service code. */
@Repository
class TriggerRuleRows {

    private static final String SELECT =
            "select id, agency_id, service_code, engagement_id, channels, created_at, updated_at from trigger_rule ";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    TriggerRuleRows(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(TriggerRule rule) {
        jdbc.sql("""
                insert into trigger_rule (id, agency_id, service_code, engagement_id, channels)
                values (:id, :agencyId, :serviceCode, :engagementId, cast(:channels as jsonb))""")
                .param("id", rule.id()).param("agencyId", rule.agencyId()).param("serviceCode", rule.serviceCode())
                .param("engagementId", rule.engagementId()).param("channels", channels(rule.channels()))
                .update();
    }

    void update(TriggerRule rule) {
        jdbc.sql("""
                update trigger_rule set engagement_id = :engagementId, channels = cast(:channels as jsonb),
                       updated_at = now() where id = :id""")
                .param("id", rule.id()).param("engagementId", rule.engagementId())
                .param("channels", channels(rule.channels()))
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from trigger_rule where id = :id").param("id", id).update();
    }

    Optional<TriggerRule> find(UUID id) {
        return jdbc.sql(SELECT + "where id = :id").param("id", id).query(this::map).optional();
    }

    Optional<TriggerRule> forService(UUID agencyId, String serviceCode) {
        return jdbc.sql(SELECT + "where agency_id = :agencyId and service_code = :serviceCode")
                .param("agencyId", agencyId).param("serviceCode", serviceCode).query(this::map).optional();
    }

    List<TriggerRule> list(UUID agencyId) {
        return jdbc.sql(SELECT + "where agency_id = :agencyId order by service_code")
                .param("agencyId", agencyId).query(this::map).list();
    }

    private String channels(List<String> channels) {
        return channels == null ? null : json.write(channels);
    }

    private TriggerRule map(ResultSet rs, int row) throws SQLException {
        String channels = rs.getString("channels");
        return new TriggerRule(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("service_code"), rs.getObject("engagement_id", UUID.class),
                channels == null ? null : json.read(channels, new TypeReference<List<String>>() { }),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
