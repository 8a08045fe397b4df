package org.sawt.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

/**
 * Sends requests at a fixed rate whatever the server does (open loop), and measures each latency from the
 * moment the request was due, so a slow server cannot hide its queueing (no coordinated omission).
 */
public final class OpenLoopLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int ratePerSecond;
    private final Duration duration;
    private final int maxInFlight;

    OpenLoopLoad(int ratePerSecond, Duration duration, int maxInFlight) {
        this.ratePerSecond = ratePerSecond;
        this.duration = duration;
        this.maxInFlight = maxInFlight;
    }

    /** An HTTP request as a load step: it succeeds on a 2xx answer. */
    public static CompletableFuture<Boolean> send(HttpRequest request) {
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(r -> r.statusCode() < 300);
    }

    /** Runs the load; step {@code i} is started by {@code steps} and tells whether it succeeded. */
    Result run(IntFunction<CompletableFuture<Boolean>> steps) throws InterruptedException {
        int total = (int) (ratePerSecond * duration.toSeconds());
        LatencyRecorder latencies = new LatencyRecorder(total);
        AtomicInteger failures = new AtomicInteger();
        Semaphore inFlight = new Semaphore(maxInFlight);
        long start = System.nanoTime();
        long intervalNanos = 1_000_000_000L / ratePerSecond;
        CompletableFuture<?>[] pending = new CompletableFuture<?>[total];
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            inFlight.acquire();
            pending[i] = steps.apply(i).whenComplete((succeeded, error) -> {
                latencies.record(System.nanoTime() - due);
                if (error != null || !succeeded) {
                    failures.incrementAndGet();
                }
                inFlight.release();
            });
        }
        CompletableFuture.allOf(pending).exceptionally(e -> null).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(total, failures.get(), seconds, latencies.percentileMillis(0.50),
                latencies.percentileMillis(0.99));
    }

    /** What one load run measured. */
    public record Result(int sent, int failed, double seconds, double p50Millis, double p99Millis) {

        /** Each figure's own median over several runs: the p50 and p99 medians may come from different runs. */
        public static double median(List<Result> runs, ToDoubleFunction<Result> figure) {
            return runs.stream().mapToDouble(figure).sorted().toArray()[runs.size() / 2];
        }

        double ratePerSecond() {
            return sent / seconds;
        }
    }
}
