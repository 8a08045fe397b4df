package org.sawt.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The batching alone, with a write that only records what it was given. */
class GroupCommitTest {

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstWriteHeld = new CountDownLatch(1);

    @Test
    void aLoneCallerIsWrittenAtOnceOnItsOwnThread() {
        List<Thread> writers = new CopyOnWriteArrayList<>();
        GroupCommit<String, String> commit = new GroupCommit<>(1, 200, items -> {
            writers.add(Thread.currentThread());
            return items.stream().map(String::toUpperCase).toList();
        });

        assertThat(commit.submit("a")).isEqualTo("A");
        assertThat(writers).containsExactly(Thread.currentThread());
    }

    @Test
    void callersWaitingTogetherAreWrittenTogetherAtMostBatchMaxAtATime() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(1, 4, recorded(items -> items.stream()
                .map(String::toUpperCase).toList()));

        List<FutureTask<String>> callers = behindAHeldWrite(commit, List.of("a", "b", "c", "d", "e", "f", "g"));

        List<String> results = new ArrayList<>();
        for (FutureTask<String> caller : callers) {
            results.add(caller.get(10, TimeUnit.SECONDS));
        }
        assertThat(results).as("each its own").containsExactly("HELD", "A", "B", "C", "D", "E", "F", "G");
        assertThat(batches).containsExactly(List.of("held"), List.of("a", "b", "c", "d"), List.of("e", "f", "g"));
    }

    @Test
    void withAWriterFreeACallerIsWrittenAtOnceBesideAWriteAlreadyRunning() throws Exception {
        GroupCommit<String, String> commit = new GroupCommit<>(2, 200, recorded(items -> items.stream()
                .map(String::toUpperCase).toList()));
        FutureTask<String> held = new FutureTask<>(() -> commit.submit("held"));
        new Thread(held).start();
        await().until(() -> batches.size() == 1);

        assertThat(commit.submit("beside")).as("not waiting for the held write").isEqualTo("BESIDE");

        firstWriteHeld.countDown();
        assertThat(held.get(10, TimeUnit.SECONDS)).isEqualTo("HELD");
        assertThat(batches).containsExactly(List.of("held"), List.of("beside"));
    }

    @Test
    void aWriteThatFailsFailsEachOfItsCallersWithWhatItThrew() throws Exception {
        IllegalStateException down = new IllegalStateException("database down");
        GroupCommit<String, String> commit = new GroupCommit<>(1, 200, recorded(items -> {
            throw down;
        }));

        List<FutureTask<String>> callers = behindAHeldWrite(commit, List.of("a", "b", "c"));

        for (FutureTask<String> caller : callers) {
            assertThat(caller).failsWithin(10, TimeUnit.SECONDS).withThrowableOfType(ExecutionException.class)
                    .withCause(down);
        }
        assertThat(batches).as("no write one by one for a failure that is not the items'")
                .containsExactly(List.of("held"), List.of("a", "b", "c"));
    }

    /** Records each batch; the first write waits until the other callers are all waiting behind it. */
    private Function<List<String>, List<String>> recorded(Function<List<String>, List<String>> write) {
        return items -> {
            batches.add(items);
            if (batches.size() == 1) {
                try {
                    firstWriteHeld.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return write.apply(items);
        };
    }

    /** The callers of "held" and then of the items, each on its own thread, started while "held" is written. */
    private List<FutureTask<String>> behindAHeldWrite(GroupCommit<String, String> commit, List<String> items) {
        FutureTask<String> held = new FutureTask<>(() -> commit.submit("held"));
        new Thread(held).start();
        await().until(() -> batches.size() == 1);
        List<FutureTask<String>> callers = items.stream().map(item -> new FutureTask<>(() -> commit.submit(item)))
                .toList();
        List<Thread> threads = callers.stream().map(Thread::new).toList();
        for (Thread thread : threads) {
            thread.start();
            // one after the other, so that they wait in this order
            await().until(() -> LockSupport.getBlocker(thread) == commit);
        }
        firstWriteHeld.countDown();
        return IntStream.range(0, items.size() + 1).mapToObj(i -> i == 0 ? held : callers.get(i - 1)).toList();
    }
}
