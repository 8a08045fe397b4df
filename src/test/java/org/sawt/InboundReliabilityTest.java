package org.sawt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.sawt.channel.AcceptedInbound;
import org.sawt.channel.InboundLog;
import org.sawt.channel.InboundMessage;
import org.sawt.channel.OutboundMessage;
import org.sawt.conversation.ConversationEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** Provider retries, late replies and failures: nothing is counted twice and nothing is lost. */
class InboundReliabilityTest extends GatewayTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProducerTemplate camel;

    @Autowired
    ConversationEngine engine;

    @Autowired
    InboundLog inboundLog;

    @Autowired
    TransactionOperations transactions;

    @Test
    void aRetriedProviderMessageIsStoredAndCountedOnce() {
        ApiClient agency = newAgency("Retries");
        String phone = uniquePhone();
        String pollId = openPollWithInvitedContact(agency, phone);
        Map<String, String> sms = Map.of("from", phone, "text", "1", "id", "provider-msg-" + UUID.randomUUID());
        assertThat(anonymous().post("/api/v1/simulator/inbound", sms).status()).isEqualTo(202);
        assertThat(anonymous().post("/api/v1/simulator/inbound", sms).status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox(phone).size() == 2);
        assertThat(outbox(phone)).as("the invitation and one thank-you, not two").hasSize(2);

        assertThat(jdbc.sql("select count(*) from inbound_message where provider_message_id = :id")
                .param("id", sms.get("id")).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from response_revision v join response r on r.id = v.response_id
                 where r.engagement_id = cast(:id as uuid)""")
                .param("id", pollId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aHandledMessageRecordsHowItEndedAndForWhomAndIsLinkedToItsReply() {
        ApiClient agency = newAgency("Outcome");
        String phone = uniquePhone();
        String pollId = openPollWithInvitedContact(agency, phone);

        send(phone, "1");

        Map<String, Object> inbound = jdbc.sql("""
                select id, status, contact_id, engagement_id, processed_at from inbound_message where address = :a""")
                .param("a", phone).query().singleRow();
        assertThat(inbound.get("status")).isEqualTo("COUNTED");
        assertThat(inbound.get("engagement_id")).hasToString(pollId);
        assertThat(inbound.get("processed_at")).isNotNull();
        Map<String, Object> reply = jdbc.sql("""
                select contact_id, engagement_id, status from outbound_message where in_reply_to = :id""")
                .param("id", inbound.get("id")).query().singleRow();
        assertThat(reply.get("contact_id")).isEqualTo(inbound.get("contact_id")).isNotNull();
        assertThat(reply.get("engagement_id")).isEqualTo(inbound.get("engagement_id"));
        assertThat(reply.get("status")).isEqualTo("SENT");
    }

    @Test
    void quickSuccessiveAnswersFromOnePhoneAreTakenInTheOrderTheyArrived() {
        ApiClient agency = newAgency("Ordering");
        String phone = uniquePhone();
        String pollId = openPollWithInvitedContact(agency, phone);
        for (String text : List.of("2", "نعم")) {
            assertThat(anonymous().post("/api/v1/simulator/inbound", Map.of("from", phone, "text", text)).status())
                    .isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox(phone).size() == 3);
        JsonNode answers = agency.get("/api/v1/responses?engagementId=" + pollId).json().path("items").get(0)
                .path("answers");
        assertThat(answers.path("q1").asText()).isEqualTo("2");
        assertThat(answers.path("q2").asText()).isEqualTo("yes");
    }

    @Test
    void aWorkerHandlesTheSendersOlderMessagesStillWaitingBeforeItsOwnAndEachOnlyOnce() {
        ApiClient agency = newAgency("Waiting");
        String phone = uniquePhone();
        String pollId = openPollWithInvitedContact(agency, phone);
        // stored, not yet handled: their own queue entries are still on their way to a worker
        AcceptedInbound first = stored(phone, "2", Instant.now().minusSeconds(2));
        AcceptedInbound second = stored(phone, "نعم", Instant.now().minusSeconds(1));
        AcceptedInbound third = stored(phone, "HELP", Instant.now());

        List<OutboundMessage> replies = engine.handle(second);

        assertThat(replies).extracting(reply -> jdbc.sql("select in_reply_to from outbound_message where id = :id")
                .param("id", reply.id()).query(UUID.class).single()).containsExactly(first.id(), second.id());
        assertThat(engine.handle(first)).as("handled already: no second reply").isEmpty();
        assertThat(engine.handle(second)).as("handled already: no second reply").isEmpty();
        assertThat(engine.handle(third)).hasSize(1);
        JsonNode answers = agency.get("/api/v1/responses?engagementId=" + pollId).json().path("items").get(0)
                .path("answers");
        assertThat(answers.path("q1").asText()).isEqualTo("2");
        assertThat(answers.path("q2").asText()).isEqualTo("yes");
    }

    @Test
    void aMessageAnotherWorkerIsHandlingIsNotHandledTwice() throws Exception {
        ApiClient agency = newAgency("Racing");
        String phone = uniquePhone();
        openPollWithInvitedContact(agency, phone);
        AcceptedInbound message = stored(phone, "2", Instant.now());

        // another instance's worker (its address lock lost) is in the middle of handling it
        List<OutboundMessage> whileHeld = transactions.execute(tx -> {
            jdbc.sql("select id from inbound_message where id = :id for update").param("id", message.id())
                    .query(UUID.class).single();
            tx.setRollbackOnly(); // and then fails
            return CompletableFuture.supplyAsync(() -> engine.handle(message)).orTimeout(10, TimeUnit.SECONDS).join();
        });

        assertThat(whileHeld).isEmpty();
        assertThat(engine.handle(message)).as("free again after the other rolled back").hasSize(1);
    }

    @Test
    void aMessageLeftUnhandledByAStoppedInstanceIsHandledByAnother() {
        ApiClient agency = newAgency("Recovery");
        String phone = uniquePhone();
        String pollId = openPollWithInvitedContact(agency, phone);
        // stored, then the instance stopped before its conversation worker took it
        jdbc.sql("""
                insert into inbound_message (id, channel, provider_message_id, address, text, status, received_at)
                values (:id, 'simulator', :providerId, :address, '2', 'RECEIVED', now() - interval '2 minutes')""")
                .param("id", UUID.randomUUID()).param("providerId", "lost-" + UUID.randomUUID())
                .param("address", phone).update();

        await().atMost(Duration.ofSeconds(20)).until(() -> outbox(phone).size() == 2);
        assertThat(agency.get("/api/v1/engagements/" + pollId + "/results").json().path("participants").asInt())
                .isEqualTo(1);
    }

    @Test
    void aReplyToAClosedEngagementIsStoredButNotCounted() {
        ApiClient agency = newAgency("Closed");
        String phone = uniquePhone();
        String pollId = openPollWithInvitedContact(agency, phone);
        agency.post("/api/v1/engagements/" + pollId + "/close", null);

        send(phone, "1");

        assertThat(last(phone)).isEqualTo("«أولويات البلدية» مغلقة، لذلك لم تُحتسب رسالتك. شكرًا لمشاركتك.");
        assertThat(jdbc.sql("select status from inbound_message where address = :a order by received_at desc limit 1")
                .param("a", phone).query(String.class).single()).isEqualTo("NOT_COUNTED");
        assertThat(agency.get("/api/v1/engagements/" + pollId + "/results").json().path("participants").asInt())
                .isZero();
    }

    @Test
    void aMessageThatCannotBeSentEndsInTheDeadLetterTable() {
        OutboundMessage message = OutboundMessage.to("no-such-channel", uniquePhone(), "hello", null, null, null);
        jdbc.sql("insert into outbound_message (id, channel, address, text, status) values (:id, :c, :a, :t, 'QUEUED')")
                .param("id", message.id()).param("c", message.channel()).param("a", message.address())
                .param("t", message.text()).update();

        camel.sendBody("direct:outbound", message);

        assertThat(jdbc.sql("select status from outbound_message where id = :id").param("id", message.id())
                .query(String.class).single()).isEqualTo("FAILED");
        assertThat(jdbc.sql("select count(*) from dead_letter where route_id = 'outbound' and body like :b")
                .param("b", "%" + message.id() + "%").query(Long.class).single()).isEqualTo(1);
    }

    private AcceptedInbound stored(String phone, String text, Instant receivedAt) {
        return inboundLog.accept(new InboundMessage("simulator", phone, text, "test-" + UUID.randomUUID(), receivedAt))
                .orElseThrow();
    }

    private String openPollWithInvitedContact(ApiClient agency, String phone) {
        String pollId = agency.post("/api/v1/engagements", bilingualPoll()).text("id");
        agency.post("/api/v1/engagements/" + pollId + "/open", null);
        String contactId = agency.post("/api/v1/contacts", Map.of("phone", phone, "language", "ar")).text("id");
        String broadcastId = agency.post("/api/v1/engagements/" + pollId + "/broadcasts",
                Map.of("channels", List.of("simulator"), "audience", Map.of("contactIds", List.of(contactId))))
                .text("id");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                agency.get("/api/v1/broadcasts/" + broadcastId).json().path("progress").path("sent").asInt() == 1);
        return pollId;
    }
}
