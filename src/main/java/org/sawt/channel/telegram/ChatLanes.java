package org.sawt.channel.telegram;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Runs work in the background, one lane per key hash: work for one chat runs in arrival order (a user's answers
 * must not overtake each other), different chats in parallel. Each lane holds a bounded queue.
 */
final class ChatLanes {

    private final List<ThreadPoolExecutor> lanes;

    ChatLanes(int count, int queuePerLane, String threadNamePrefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(threadNamePrefix);
        // draining is done by TelegramUpdates.stop(); idle lanes must never keep the JVM from exiting
        threads.setDaemon(true);
        this.lanes = IntStream.range(0, count)
                .mapToObj(i -> new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                        new ArrayBlockingQueue<>(queuePerLane), threads))
                .toList();
    }

    /** Queues the work on the key's lane; false when that lane is full. */
    boolean submit(String key, Runnable work) {
        try {
            lanes.get(Math.floorMod(key.hashCode(), lanes.size())).execute(work);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Lets queued work finish for up to {@code seconds}, then interrupts what is left. */
    void shutdown(long seconds) throws InterruptedException {
        lanes.forEach(ThreadPoolExecutor::shutdown);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (ThreadPoolExecutor lane : lanes) {
            if (!lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                lane.shutdownNow();
            }
        }
    }
}
