package org.sawt.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Storing answers: the response built answer by answer, and every answer kept with the one it replaced. */
class ResponsesTest extends GatewayTest {

    @Autowired
    Responses responses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void anAnswerGivenAgainKeepsTheOneItReplaced() {
        Participant participant = newParticipant();

        assertThat(participant.answer("q1", "1", "simulator")).isFalse();
        assertThat(participant.answer("q2", true, "simulator")).isFalse();
        assertThat(participant.answer("q1", "3", "telegram")).isTrue();

        assertThat(participant.revisions()).containsExactly("q1 \"1\" after null by simulator",
                "q2 true after null by simulator", "q1 \"3\" after \"1\" by telegram");
        assertThat(participant.stored()).isEqualTo("{\"q1\": \"3\", \"q2\": true} by telegram");
    }

    @Test
    void answersToTheSameQuestionFromTwoChannelsAtOnceAreTakenInTurn() throws Exception {
        Participant participant = newParticipant();
        participant.answer("q1", "1", "simulator");
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CountDownLatch firstStored = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
            boolean replaced = participant.answer("q1", "2", "telegram");
            firstStored.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> commitFirst.getCount() == 0);
            return replaced;
        }));
        assertThat(firstStored.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() ->
                tx.execute(status -> participant.answer("q1", "3", "simulator")));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !second.isDone());
        commitFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(participant.revisions()).containsExactly("q1 \"1\" after null by simulator",
                "q1 \"2\" after \"1\" by telegram", "q1 \"3\" after \"2\" by simulator");
        assertThat(participant.stored()).isEqualTo("{\"q1\": \"3\"} by simulator");
    }

    /** A contact of a new agency, invited to nothing, and a new open poll of that agency. */
    private Participant newParticipant() {
        ApiClient agency = newAgency("Responses");
        String pollId = agency.post("/api/v1/engagements", bilingualPoll()).text("id");
        assertThat(agency.post("/api/v1/engagements/" + pollId + "/open", null).status()).isEqualTo(200);
        String contactId = agency.post("/api/v1/contacts", Map.of("phone", uniquePhone())).text("id");
        return new Participant(UUID.fromString(pollId), UUID.fromString(contactId));
    }

    private final class Participant {

        private final UUID engagementId;
        private final UUID contactId;

        Participant(UUID engagementId, UUID contactId) {
            this.engagementId = engagementId;
            this.contactId = contactId;
        }

        boolean answer(String questionKey, Object value, String channel) {
            return responses.record(new AnswerReceived(engagementId, contactId, questionKey, value, channel, null,
                    Instant.now()));
        }

        List<String> revisions() {
            return jdbc.sql("""
                    select v.question_key || ' ' || v.answer || ' after ' || coalesce(v.previous_answer::text, 'null')
                           || ' by ' || v.channel
                      from response_revision v join response r on r.id = v.response_id
                     where r.engagement_id = ? and r.contact_id = ? order by v.id""")
                    .params(engagementId, contactId).query(String.class).list();
        }

        String stored() {
            return jdbc.sql("select answers::text || ' by ' || channel from response"
                            + " where engagement_id = ? and contact_id = ?")
                    .params(engagementId, contactId).query(String.class).single();
        }
    }
}
