package org.sawt.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Writes the items of concurrent callers together: a caller's item goes out in one write with those of the
 * callers waiting at the same moment, and the caller returns once that write is done. Up to {@code writers} writes
 * run at once; a caller that finds one of them free leads: it writes up to {@code batchMax} waiting items at a time,
 * its own among them, then lets the next waiting caller lead. A lone caller is written at once, on its own thread,
 * and with several writers a caller does not wait behind a write already running (on a busy machine, waking a
 * waiting caller to take the lead over can take milliseconds).
 *
 * @param <T> an item
 * @param <R> what the write gives back for it
 */
final class GroupCommit<T, R> {

    private final int batchMax;
    /** Writes the items in one go and gives back one result per item, in their order. */
    private final Function<List<T>, List<R>> write;
    private final Queue<Request<T, R>> waiting = new ConcurrentLinkedQueue<>();
    private final Semaphore leads;

    GroupCommit(int writers, int batchMax, Function<List<T>, List<R>> write) {
        if (writers < 1 || batchMax < 1) {
            throw new IllegalArgumentException("writers and batchMax must be at least 1, not " + writers + " and "
                    + batchMax);
        }
        this.leads = new Semaphore(writers);
        this.batchMax = batchMax;
        this.write = write;
    }

    /** Writes the item with those of the other callers waiting now; what the write threw, if it failed for it. */
    R submit(T item) {
        Request<T, R> request = new Request<>(item, Thread.currentThread());
        waiting.add(request);
        boolean interrupted = false;
        while (!request.done) {
            // once in another leader's batch, the item is that leader's to finish
            if (!request.taken && leads.tryAcquire()) {
                lead(request);
            } else {
                LockSupport.park(this);
                // the item may be in a write already: the caller waits for its outcome all the same
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (request.failure instanceof RuntimeException failure) {
            throw failure;
        }
        if (request.failure instanceof Error failure) {
            throw failure;
        }
        return request.result;
    }

    /**
     * Writes batches until the leader's own item is written (or taken by another leader), then lets go. A caller
     * that came while every lead was held waits: the next one waiting is woken to take the lead over, so that no
     * caller works for the others for long and none is left waiting with nobody to write its item.
     */
    private void lead(Request<T, R> own) {
        try {
            while (!own.taken) {
                List<Request<T, R>> batch = new ArrayList<>();
                for (Request<T, R> next; batch.size() < batchMax && (next = waiting.poll()) != null; ) {
                    next.taken = true;
                    batch.add(next);
                }
                if (batch.isEmpty()) {
                    return; // own was taken meanwhile by another leader, which is writing it
                }
                write(batch);
            }
        } finally {
            leads.release();
            Request<T, R> next = waiting.peek();
            if (next != null) {
                LockSupport.unpark(next.thread);
            }
        }
    }

    private void write(List<Request<T, R>> batch) {
        try {
            complete(batch, writeAll(batch));
        } catch (DataIntegrityViolationException refused) {
            if (batch.size() == 1) {
                fail(batch, refused);
                return;
            }
            // one item the database refuses fails the whole write: write each alone so only that one fails
            for (Request<T, R> request : batch) {
                write(List.of(request));
            }
        } catch (RuntimeException | Error failure) {
            fail(batch, failure);
        }
    }

    private List<R> writeAll(List<Request<T, R>> batch) {
        List<R> results = write.apply(batch.stream().map(request -> request.item).toList());
        if (results.size() != batch.size()) {
            throw new IllegalStateException(results.size() + " results for " + batch.size() + " items");
        }
        return results;
    }

    private static <T, R> void complete(List<Request<T, R>> batch, List<R> results) {
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).finish(results.get(i), null);
        }
    }

    private static <T, R> void fail(List<Request<T, R>> batch, Throwable failure) {
        batch.forEach(request -> request.finish(null, failure));
    }

    /** One caller's item, and its outcome once written. */
    private static final class Request<T, R> {
        final T item;
        final Thread thread;
        R result;
        /** A RuntimeException or an Error. */
        Throwable failure;
        /** In a leader's batch: written by it, whoever else leads. */
        volatile boolean taken;
        /** Set after result or failure, and read before them: it publishes them to the waiting caller. */
        volatile boolean done;

        Request(T item, Thread thread) {
            this.item = item;
            this.thread = thread;
        }

        void finish(R result, Throwable failure) {
            this.result = result;
            this.failure = failure;
            done = true;
            LockSupport.unpark(thread);
        }
    }
}
