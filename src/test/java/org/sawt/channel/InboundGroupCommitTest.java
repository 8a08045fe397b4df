package org.sawt.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sawt.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** Messages stored at the same moment share one statement, and each still ends as it would alone. */
class InboundGroupCommitTest extends GatewayTest {

    /** No adapter has this name: the recovery route leaves these messages alone. */
    private static final String CHANNEL = "group-commit-test";

    @Autowired
    InboundLog inboundLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionOperations transactions;

    @AfterEach
    void removeMessages() {
        jdbc.sql("delete from inbound_message where channel = :c").param("c", CHANNEL).update();
    }

    @Test
    void concurrentCallersShareStatementsAndEachMessageIsStoredOnce() throws Exception {
        Optional<AcceptedInbound> handled = inboundLog.accept(message("handled"));
        jdbc.sql("update inbound_message set status = 'COUNTED' where id = :id")
                .param("id", handled.orElseThrow().id()).update();
        UUID waiting = inboundLog.accept(message("waiting")).orElseThrow().id();

        // a few statements for 64 callers, among them 16 with one new provider id and retries of stored messages
        List<InboundMessage> together = IntStream.range(0, 64).mapToObj(i -> message(switch (i % 4) {
            case 0 -> "shared";
            case 1 -> "handled";
            case 2 -> "waiting";
            default -> "together-" + i;
        })).toList();
        List<Optional<AcceptedInbound>> first = outcomes(acceptedTogether(together));
        assertThat(jdbc.sql("select count(distinct xmin::text) from inbound_message where channel = :c"
                        + " and (provider_message_id = 'shared' or provider_message_id like 'together-%')")
                .param("c", CHANNEL).query(Long.class).single()).as("transactions that wrote them")
                .isLessThanOrEqualTo(InboundLog.ACCEPT_WRITERS);

        // then 64 threads with 4 messages each at once: batches as they come, duplicates across them
        List<InboundMessage> racing = IntStream.range(0, 256).mapToObj(i -> message(switch (i % 4) {
            case 0 -> "shared";
            case 1 -> "handled";
            case 2 -> "racing-" + i % 32;
            default -> "racing-unique-" + i;
        })).toList();
        List<Optional<AcceptedInbound>> second = acceptedAtOnce(racing, 64);

        List<InboundMessage> sent = new ArrayList<>(together);
        sent.addAll(racing);
        List<Optional<AcceptedInbound>> outcomes = new ArrayList<>(first);
        outcomes.addAll(second);
        Map<String, UUID> stored = jdbc.sql("""
                select provider_message_id, id from inbound_message
                 where channel = :c and provider_message_id not like 'held-%'""")
                .param("c", CHANNEL).query((rs, row) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(stored.keySet()).as("nothing lost").isEqualTo(sent.stream()
                .map(InboundMessage::providerMessageId).collect(Collectors.toSet()));
        for (int i = 0; i < sent.size(); i++) {
            String providerId = sent.get(i).providerMessageId();
            if (providerId.equals("handled")) {
                assertThat(outcomes.get(i)).as("a retry of a handled message").isEmpty();
            } else {
                assertThat(outcomes.get(i)).as(providerId).map(AcceptedInbound::id).contains(stored.get(providerId));
                assertThat(outcomes.get(i).orElseThrow().message()).isSameAs(sent.get(i));
            }
        }
        assertThat(stored.get("waiting")).isEqualTo(waiting);
    }

    @Test
    void aMessageTheDatabaseRefusesFailsAloneAndTheNextBatchIsWritten() throws Exception {
        List<InboundMessage> messages = IntStream.range(0, 16).mapToObj(i -> message("good-" + i)).toList();
        InboundMessage refused = new InboundMessage(CHANNEL, "+962790000000", null, "no-text", null);
        List<InboundMessage> withRefused = new ArrayList<>(messages);
        withRefused.set(7, refused);

        List<FutureTask<Optional<AcceptedInbound>>> accepted = acceptedTogether(withRefused);

        assertThatThrownBy(() -> accepted.get(7).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select count(*) from inbound_message where provider_message_id = 'no-text'")
                .query(Long.class).single()).isZero();
        for (int i = 0; i < withRefused.size(); i++) {
            if (i != 7) {
                assertThat(accepted.get(i).get(10, TimeUnit.SECONDS)).as("stored despite its neighbour")
                        .map(AcceptedInbound::id).contains(idOf(withRefused.get(i)));
            }
        }

        List<InboundMessage> next = IntStream.range(0, 8).mapToObj(i -> message("next-" + i)).toList();
        List<Optional<AcceptedInbound>> nextOutcomes = outcomes(acceptedTogether(next));
        for (int i = 0; i < next.size(); i++) {
            assertThat(nextOutcomes.get(i)).map(AcceptedInbound::id).contains(idOf(next.get(i)));
        }
        assertThat(jdbc.sql("select count(distinct xmin::text) from inbound_message where channel = :c"
                        + " and provider_message_id like 'next-%'")
                .param("c", CHANNEL).query(Long.class).single()).as("transactions that wrote them")
                .isLessThanOrEqualTo(InboundLog.ACCEPT_WRITERS);
    }

    @Test
    void insideTheCallersTransactionAMessageIsStoredAloneInIt() throws Exception {
        whileAWriteIsHeld(() -> assertThat(CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            tx.setRollbackOnly();
            return inboundLog.accept(message("rolled-back"));
        }))).as("not waiting for the other callers' write").succeedsWithin(Duration.ofSeconds(10)));

        assertThat(jdbc.sql("select count(*) from inbound_message where provider_message_id = 'rolled-back'")
                .query(Long.class).single()).as("gone with its transaction").isZero();
    }

    private static InboundMessage message(String providerId) {
        return new InboundMessage(CHANNEL, uniquePhone(), "1", providerId, null);
    }

    private UUID idOf(InboundMessage message) {
        return jdbc.sql("select id from inbound_message where channel = :c and provider_message_id = :p")
                .param("c", message.channel()).param("p", message.providerMessageId()).query(UUID.class).single();
    }

    /**
     * Each message accepted on a thread of its own while every write is held up: all of them are waiting when they
     * are let go, and so are written together, in as many statements at most as writes run at once.
     */
    private List<FutureTask<Optional<AcceptedInbound>>> acceptedTogether(List<InboundMessage> messages)
            throws Exception {
        List<FutureTask<Optional<AcceptedInbound>>> tasks = messages.stream()
                .map(message -> new FutureTask<>(() -> inboundLog.accept(message))).toList();
        whileAWriteIsHeld(() -> {
            List<Thread> callers = tasks.stream().map(Thread::new).toList();
            callers.forEach(Thread::start);
            await().until(() -> callers.stream().allMatch(t -> LockSupport.getBlocker(t) instanceof GroupCommit));
        });
        return tasks;
    }

    /**
     * Runs {@code meanwhile} while every write that may run at once is held up: each of as many callers, leading,
     * waits on a row another transaction inserted and has not yet committed; then commits them.
     */
    private void whileAWriteIsHeld(Runnable meanwhile) throws Exception {
        List<UUID> held = IntStream.range(0, InboundLog.ACCEPT_WRITERS).mapToObj(i -> UUID.randomUUID()).toList();
        List<FutureTask<Optional<AcceptedInbound>>> leaders = held.stream()
                .map(id -> new FutureTask<>(() -> inboundLog.accept(message("held-" + id)))).toList();
        transactions.executeWithoutResult(tx -> {
            for (UUID id : held) {
                jdbc.sql("""
                        insert into inbound_message (id, channel, provider_message_id, address, text, status)
                        values (:id, :c, :p, 'held', 'held', 'RECEIVED')""")
                        .param("id", id).param("c", CHANNEL).param("p", "held-" + id).update();
            }
            leaders.forEach(leader -> new Thread(leader).start());
            await().until(() -> jdbc.sql("""
                    select count(*) from pg_stat_activity
                     where wait_event_type = 'Lock' and query like 'insert into inbound_message%'""")
                    .query(Long.class).single() == held.size());
            meanwhile.run();
        });
        for (int i = 0; i < held.size(); i++) {
            assertThat(leaders.get(i).get(10, TimeUnit.SECONDS)).as("stored by the other transaction, not yet handled")
                    .map(AcceptedInbound::id).contains(held.get(i));
        }
    }

    /** Each message accepted by one of {@code threads} threads that start at once, in turn on each thread. */
    private List<Optional<AcceptedInbound>> acceptedAtOnce(List<InboundMessage> messages, int threads)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<FutureTask<List<Optional<AcceptedInbound>>>> tasks = IntStream.range(0, threads)
                .mapToObj(t -> new FutureTask<>(() -> {
                    start.await();
                    List<Optional<AcceptedInbound>> accepted = new ArrayList<>();
                    for (int i = t; i < messages.size(); i += threads) {
                        accepted.add(inboundLog.accept(messages.get(i)));
                    }
                    return accepted;
                })).toList();
        tasks.forEach(task -> new Thread(task).start());
        start.countDown();
        List<Optional<AcceptedInbound>> outcomes = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            outcomes.add(tasks.get(i % threads).get(30, TimeUnit.SECONDS).get(i / threads));
        }
        return outcomes;
    }

    private static List<Optional<AcceptedInbound>> outcomes(List<FutureTask<Optional<AcceptedInbound>>> tasks)
            throws Exception {
        List<Optional<AcceptedInbound>> outcomes = new ArrayList<>();
        for (FutureTask<Optional<AcceptedInbound>> task : tasks) {
            outcomes.add(task.get(10, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
