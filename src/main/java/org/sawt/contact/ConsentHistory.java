package org.sawt.contact;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The append-only record of each contact's opt-out and opt-in. */
@Component
class ConsentHistory {

    private final JdbcClient jdbc;

    ConsentHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID contactId, boolean optedOut, String channel, String reason) {
        jdbc.sql("insert into consent_event (contact_id, opted_out, channel, reason) values (?, ?, ?, ?)")
                .params(contactId, optedOut, channel, reason).update();
    }

    /** Events of one contact, oldest first. */
    List<ConsentEvent> of(UUID contactId) {
        return jdbc.sql("select opted_out, channel, reason, at from consent_event where contact_id = ? order by id")
                .param(contactId)
                .query((rs, row) -> new ConsentEvent(rs.getBoolean("opted_out"), rs.getString("channel"),
                        rs.getString("reason"), rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
