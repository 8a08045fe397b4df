package org.sawt.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sawt.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A burst beyond what the workers keep up with: one worker, a queue of one, and the worker kept busy. Providers are
 * answered at once all the same, and every message is handled once, the overflow by recovery.
 */
@TestPropertySource(properties = {
        "sawt.conversation.workers=1",
        "sawt.conversation.queue-size=1",
        "sawt.conversation.recovery-after=PT1S"})
class FullConversationQueueTest extends GatewayTest {

    @Autowired
    AddressLocks locks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void messagesFindingTheQueueFullAreAnsweredAtOnceAndHandledLaterOnceEach() throws Exception {
        String busy = uniquePhone();
        List<String> burst = IntStream.range(0, 10).mapToObj(i -> uniquePhone()).toList();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the one worker will wait for this lock, handling the first message
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> locks.withLock("simulator", busy, () -> {
            held.countDown();
            waitFor(release);
            return null;
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        try {
            post(busy);
            // with the worker stuck and the queue holding at most one, these overflow: their providers must not wait
            CompletableFuture.runAsync(() -> burst.forEach(this::post)).get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }

        for (String phone : burst) {
            await().atMost(Duration.ofSeconds(30)).until(() -> outbox(phone).size() == 1);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox(busy).size() == 1);
        assertThat(jdbc.sql("select count(*) from inbound_message where address in (:phones) and status = 'RECEIVED'")
                .param("phones", burst).query(Long.class).single()).as("all handled").isZero();
        Thread.sleep(1500); // a recovery pass or two more: nothing is handled or answered twice
        for (String phone : burst) {
            assertThat(outbox(phone)).as(phone).hasSize(1);
        }
    }

    private void post(String phone) {
        assertThat(anonymous().post("/api/v1/simulator/inbound", Map.of("from", phone, "text", "1")).status())
                .isEqualTo(202);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
