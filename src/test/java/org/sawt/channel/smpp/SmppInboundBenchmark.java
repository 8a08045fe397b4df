package org.sawt.channel.smpp;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sawt.benchmark.InboundLoadRun;

/**
 * Inbound load over SMPP (run with {@code ./mvnw -Pbenchmark verify}): the fake SMSC delivers citizens' answers
 * as deliver_sm on the gateway's bind; the latency is until the gateway's deliver_sm_resp. See
 * {@link InboundLoadRun} for what is measured and checked.
 */
@Tag("benchmark")
class SmppInboundBenchmark extends SmppGatewayTest {

    @Test
    void deliverSm() throws InterruptedException {
        ExecutorService smscThreads = Executors.newFixedThreadPool(64);
        try {
            new InboundLoadRun(admin, jdbc).measure("smpp", InboundLoadRun.eachWith(answer -> CompletableFuture.supplyAsync(() -> {
                try {
                    SMSC.deliver(answer.phone(), 0x00, 0x00, answer.text().getBytes(StandardCharsets.US_ASCII));
                    return true;
                } catch (Exception e) {
                    return false;
                }
            }, smscThreads)));
        } finally {
            smscThreads.shutdownNow();
        }
    }
}
