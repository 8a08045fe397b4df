package org.sawt.response;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.sawt.shared.JsonColumns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads all of an engagement's responses one at a time from a database cursor, so an export of a million holds
 * only a batch of rows in memory. PostgreSQL streams with a fetch size only inside a transaction, hence the
 * read-only one around the query.
 */
@Component
public class ResponseStream {

    static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final JsonColumns json;

    ResponseStream(DataSource dataSource, JsonColumns json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readOnly.setReadOnly(true);
        this.json = json;
    }

    /** Hands each response, in the order participants first answered, to {@code sink}. */
    public void forEach(UUID engagementId, Consumer<StreamedResponse> sink) {
        readOnly.executeWithoutResult(tx -> jdbc.query("""
                select r.contact_id, r.answers, r.channel, r.first_received_at, r.updated_at, c.birth_year, c.gender
                  from response r join contact c on c.id = r.contact_id
                 where r.engagement_id = ?
                 order by r.seq""",
                rs -> {
                    sink.accept(new StreamedResponse(rs.getObject("contact_id", UUID.class),
                            json.read(rs.getString("answers"), new TypeReference<Map<String, Object>>() { }),
                            rs.getString("channel"), instant(rs.getTimestamp("first_received_at")),
                            instant(rs.getTimestamp("updated_at")), (Integer) rs.getObject("birth_year"),
                            rs.getString("gender")));
                }, engagementId));
    }

    private static Instant instant(Timestamp ts) {
        return ts.toInstant();
    }

    /** A participant's current answers with the contact's demographics, as stored: exports band them. */
    public record StreamedResponse(UUID contactId, Map<String, Object> answers, String channel, Instant receivedAt,
            Instant updatedAt, Integer birthYear, String gender) {
    }
}
