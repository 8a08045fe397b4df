package org.sawt.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sawt.ApiClient;
import org.sawt.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox pitfall: an event written first (lower id) but committed after a later one was already read must not
 * be skipped by a reader's cursor. The sequencer places it when it commits, after the cursor.
 */
class LateCommitTest extends PortalTest {

    @Autowired
    EventLog log;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEventThatCommitsLateAppearsAfterTheCursorInsteadOfBeingSkipped() throws Exception {
        ApiClient agency = newAgency("Late commit");
        UUID pollId = UUID.fromString(openPoll(agency));
        await().atMost(Duration.ofSeconds(5)).until(() -> !events(agency, pollId.toString()).isEmpty());
        String cursor = endOfStream(agency);

        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Thread slow = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            append(pollId, "written-first");
            written.countDown();
            waitFor(commit);
        }));
        slow.start();
        assertThat(written.await(5, TimeUnit.SECONDS)).isTrue();
        new TransactionTemplate(transactions).executeWithoutResult(status -> append(pollId, "written-second"));

        await().atMost(Duration.ofSeconds(5)).until(() -> subjects(agency, cursor).contains("written-second"));
        assertThat(subjects(agency, cursor)).containsExactly("written-second");
        String afterSecond = endOfStream(agency);

        commit.countDown();
        slow.join();
        await().atMost(Duration.ofSeconds(5)).until(() -> subjects(agency, afterSecond).contains("written-first"));
        List<String> sequences = new ArrayList<>();
        events(agency, pollId.toString()).forEach(e -> sequences.add(e.path("subject").asText() + "@"
                + Long.parseLong(e.path("sequence").asText())));
        assertThat(sequences).containsExactly("engagement@1", "written-second@2", "written-first@3");
    }

    private void append(UUID engagementId, String subject) {
        log.append(EventType.ENGAGEMENT_OPENED, engagementId, subject, Instant.now(), Map.of("test", subject));
    }

    private static List<String> subjects(ApiClient agency, String after) {
        List<String> subjects = new ArrayList<>();
        agency.get("/api/v1/events?limit=1000&after=" + after).json().path("items")
                .forEach(e -> subjects.add(e.path("subject").asText()));
        return subjects;
    }

    private static String endOfStream(ApiClient agency) {
        String cursor = "";
        while (true) {
            JsonNode page = agency.get("/api/v1/events?limit=1000&after=" + cursor).json();
            if (page.path("items").isEmpty()) {
                return cursor;
            }
            cursor = page.path("nextCursor").asText();
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
