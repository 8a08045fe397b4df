package org.sawt.response;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sawt.privacy.Pseudonyms;
import org.sawt.shared.JsonColumns;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses: one per participant and engagement, built answer by answer. Answering a question again replaces
 * the answer in the response and keeps both in the revision history.
 */
@Service
public class Responses {

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final Pseudonyms pseudonyms;
    private final ApplicationEventPublisher events;

    Responses(JdbcClient jdbc, JsonColumns json, Pseudonyms pseudonyms, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.pseudonyms = pseudonyms;
        this.events = events;
    }

    /**
     * Stores one answer and publishes {@link ResponseRecorded} in the same transaction; returns true when it
     * replaced an earlier answer to the same question.
     */
    @Transactional
    public boolean record(AnswerReceived answer) {
        String value = json.write(answer.value());
        // One statement. Its parts run in no set order, and PostgreSQL skips a row that the same statement has
        // already updated when asked to lock it (the previous answer would be lost), so the upsert joins "previous"
        // to run after the lock. The lock makes an answer to the same question coming from another channel at the
        // same time wait for this one to commit, and then see it as the previous answer.
        Recorded recorded = jdbc.sql("""
                with previous as materialized (
                    select answers -> :key as answer from response
                     where engagement_id = :engagementId and contact_id = :contactId for update
                ), stored as (
                    insert into response (id, engagement_id, contact_id, answers, channel, first_received_at,
                                          updated_at)
                    select :id, :engagementId, :contactId, jsonb_build_object(:key, cast(:value as jsonb)), :channel,
                           cast(:at as timestamptz), cast(:at as timestamptz)
                      from (values (1)) as one left join previous on true
                    on conflict (engagement_id, contact_id) do update
                       set answers = response.answers || excluded.answers, channel = excluded.channel,
                           updated_at = excluded.updated_at
                    returning id, xmax = 0 as inserted
                ), revision as (
                    insert into response_revision (response_id, question_key, answer, previous_answer, channel,
                                                   inbound_message_id, received_at)
                    select id, :key, cast(:value as jsonb), (select answer from previous), :channel, :inboundId,
                           cast(:at as timestamptz)
                      from stored
                )
                select stored.inserted, (select answer from previous) as previous, c.birth_year, c.gender
                  from stored join contact c on c.id = :contactId""")
                .param("id", UUID.randomUUID())
                .param("engagementId", answer.engagementId()).param("contactId", answer.contactId())
                .param("key", answer.questionKey()).param("value", value)
                .param("channel", answer.channel()).param("inboundId", answer.inboundMessageId())
                .param("at", Timestamp.from(answer.receivedAt()))
                .query((rs, n) -> new Recorded(rs.getBoolean("inserted"), rs.getString("previous"),
                        rs.getObject("birth_year", Integer.class), rs.getString("gender")))
                .single();
        events.publishEvent(new ResponseRecorded(answer.engagementId(), answer.contactId(), answer.questionKey(),
                answer.value(), recorded.previous(), recorded.inserted(), answer.channel(), answer.receivedAt(),
                recorded.birthYear(), recorded.gender()));
        return recorded.previous() != null;
    }

    /**
     * A page of an engagement's responses in the order they were first given; participant ids are pseudonyms
     * keyed to this engagement.
     */
    public ResponsePage page(UUID engagementId, Long afterSeq, int limit) {
        List<Row> rows = jdbc.sql("""
                select r.seq, r.contact_id, r.answers, r.channel, r.first_received_at, r.updated_at
                  from response r
                 where r.engagement_id = :engagementId and r.seq > :after
                 order by r.seq limit :limit""")
                .param("engagementId", engagementId).param("after", afterSeq == null ? 0L : afterSeq)
                .param("limit", limit + 1)
                .query((rs, n) -> new Row(rs.getLong("seq"), new ResponsePage.Item(
                        pseudonyms.participant(engagementId, rs.getObject("contact_id", UUID.class)),
                        read(rs.getString("answers")), rs.getString("channel"),
                        rs.getTimestamp("first_received_at").toInstant(), rs.getTimestamp("updated_at").toInstant())))
                .list();
        boolean more = rows.size() > limit;
        List<Row> page = more ? rows.subList(0, limit) : rows;
        Long next = more ? page.get(page.size() - 1).seq() : null;
        return new ResponsePage(page.stream().map(Row::item).toList(), next);
    }

    /**
     * Up to {@code limit} answers given to the engagement within the window, in id order; with a
     * {@code beforeId} they are the last ones before it (still returned in id order), for paging backwards.
     */
    public List<AnswerGiven> answersGiven(UUID engagementId, AnswerWindow window, int limit) {
        boolean backwards = window.beforeId() != null;
        List<AnswerGiven> answers = jdbc.sql("""
                select v.id, v.response_id, r.contact_id, v.question_key, v.answer, v.channel, v.received_at
                  from response_revision v join response r on r.id = v.response_id
                 where r.engagement_id = :engagementId
                   and v.id > :afterId and v.id < :beforeId
                   and (cast(:from as timestamptz) is null or v.received_at > :from)
                   and (cast(:upTo as timestamptz) is null or v.received_at <= :upTo)
                 order by v.id""" + (backwards ? " desc" : "") + " limit :limit")
                .param("engagementId", engagementId)
                .param("afterId", window.afterId() == null ? 0L : window.afterId())
                .param("beforeId", backwards ? window.beforeId() : Long.MAX_VALUE)
                .param("from", timestamp(window.from())).param("upTo", timestamp(window.upTo()))
                .param("limit", limit)
                .query((rs, n) -> new AnswerGiven(rs.getLong("id"), rs.getObject("response_id", UUID.class),
                        rs.getObject("contact_id", UUID.class), rs.getString("question_key"),
                        json.read(rs.getString("answer"), new TypeReference<Object>() { }), rs.getString("channel"),
                        rs.getTimestamp("received_at").toInstant()))
                .list();
        if (backwards) {
            answers = new ArrayList<>(answers);
            Collections.reverse(answers);
        }
        return answers;
    }

    /** How many participants gave at least one answer. */
    public long participants(UUID engagementId) {
        return jdbc.sql("select count(*) from response where engagement_id = :id").param("id", engagementId)
                .query(Long.class).single();
    }

    /** How many participants answered this question. */
    public long countAnswered(UUID engagementId, String questionKey) {
        return jdbc.sql("select count(*) from response where engagement_id = :id and answers -> :key is not null")
                .param("id", engagementId).param("key", questionKey)
                .query(Long.class).single();
    }

    /**
     * How often each answer value was given to a question; list answers (multiple choice) count each
     * chosen value once.
     */
    public Map<String, Long> countAnswers(UUID engagementId, String questionKey) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select v.value as answer, count(*) as n
                  from response r,
                       lateral (select jsonb_array_elements_text(r.answers -> :key) as value
                                 where jsonb_typeof(r.answers -> :key) = 'array'
                                union all
                                select r.answers ->> :key
                                 where jsonb_typeof(r.answers -> :key) in ('string', 'number', 'boolean')) v
                 where r.engagement_id = :id
                 group by v.value""")
                .param("id", engagementId).param("key", questionKey)
                .query((rs, n) -> Map.entry(rs.getString("answer"), rs.getLong("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private Map<String, Object> read(String answers) {
        return json.read(answers, new TypeReference<>() { });
    }

    /**
     * {@code inserted}: the answer created the response (PostgreSQL's xmax is 0 for a row this statement
     * inserted); {@code previous}: the answer it replaced, as JSON; the participant's demographics as stored now.
     */
    private record Recorded(boolean inserted, String previous, Integer birthYear, String gender) {
    }

    private record Row(long seq, ResponsePage.Item item) {
    }
}
