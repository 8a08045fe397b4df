package org.sawt.channel.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sawt.benchmark.InboundLoadRun;
import org.sawt.benchmark.OpenLoopLoad;
import org.sawt.benchmark.ProductionEventTimings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inbound load over SMPP (run with {@code ./mvnw -Pbenchmark verify}): the fake SMSC delivers citizens' answers
 * as deliver_sm on the gateway's bind; the latency is until the gateway's deliver_sm_resp. See
 * {@link InboundLoadRun} for what is measured and checked.
 */
@Tag("benchmark")
@ProductionEventTimings
class SmppInboundBenchmark extends SmppGatewayTest {

    private static final Logger log = LoggerFactory.getLogger(SmppInboundBenchmark.class);
    private static final int SMSC_THREADS = 64;

    @Test
    void deliverSm() throws InterruptedException {
        ExecutorService smscThreads = Executors.newFixedThreadPool(SMSC_THREADS);
        try {
            new InboundLoadRun(admin, jdbc).measure("smpp", InboundLoadRun.eachWith(answer -> deliver(SMSC,
                    answer.phone(), answer.text(), smscThreads)));
        } finally {
            smscThreads.shutdownNow();
        }
    }

    /**
     * The floor under the SMPP path: the same load from a fake SMSC of its own to a bare jSMPP transceiver that
     * answers each deliver_sm and submits a reply, storing nothing. What this costs the two shared cores (both
     * jSMPP ends) no gateway design can save.
     */
    @Test
    void linkBaseline() throws Exception {
        FakeSmsc smsc = FakeSmsc.start(0);
        ExecutorService smscThreads = Executors.newFixedThreadPool(SMSC_THREADS);
        ExecutorService replyThreads = Executors.newFixedThreadPool(4);
        AtomicInteger replied = new AtomicInteger();
        SMPPSession esme = new SMPPSession();
        esme.setMessageReceiverListener(new RepliesToEach(esme, replyThreads, replied));
        esme.connectAndBind("127.0.0.1", smsc.port(), new BindParameter(BindType.BIND_TRX, "baseline", "secret",
                SYSTEM_TYPE, TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
        int rate = Integer.getInteger("benchmark.rate", 500);
        List<OpenLoopLoad.Result> results = new ArrayList<>();
        try {
            for (int run = 1; run <= Integer.getInteger("benchmark.runs", 3); run++) {
                int before = replied.get();
                OpenLoopLoad.Result result = InboundLoadRun.eachWith(answer -> deliver(smsc, answer.phone(),
                        answer.text(), smscThreads)).run(rate, Duration.ofSeconds(Integer.getInteger(
                                "benchmark.seconds", 60)), i -> new InboundLoadRun.Answer("+96279" + (1_000_000 + i % 5_000),
                        UUID.randomUUID().toString(), "1"));
                assertThat(result.failed()).isZero();
                await().atMost(Duration.ofMinutes(5)).until(() -> replied.get() - before == result.sent());
                results.add(result);
                log.warn("SMPP link baseline run {}: {} deliver_sm at {}/s, p50 {} ms, p99 {} ms, done in {} s, all "
                        + "replied", run, result.sent(), rate, result.p50Millis(), result.p99Millis(), result.seconds());
            }
        } finally {
            esme.unbindAndClose();
            smscThreads.shutdownNow();
            replyThreads.shutdownNow();
        }
        log.warn("SMPP link baseline median at {}/s: p50 {} ms, p99 {} ms (JDK {})", rate,
                OpenLoopLoad.Result.median(results, OpenLoopLoad.Result::p50Millis),
                OpenLoopLoad.Result.median(results, OpenLoopLoad.Result::p99Millis), Runtime.version());
    }

    private static CompletableFuture<Boolean> deliver(FakeSmsc smsc, String phone, String text,
            ExecutorService threads) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                smsc.deliver(phone, 0x00, 0x00, text.getBytes(StandardCharsets.US_ASCII));
                return true;
            } catch (Exception e) {
                return false;
            }
        }, threads);
    }

    /** The baseline's ESME: acknowledges each deliver_sm at once and submits a short reply to its sender. */
    private record RepliesToEach(SMPPSession esme, ExecutorService threads, AtomicInteger replied)
            implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            String sender = deliverSm.getSourceAddr();
            threads.execute(() -> {
                try {
                    esme.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, SENDER,
                            TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, sender, new ESMClass(),
                            (byte) 0, (byte) 0, null, null, new RegisteredDelivery(0), (byte) 0,
                            DataCodings.ZERO, (byte) 0, "Thank you".getBytes(StandardCharsets.US_ASCII));
                    replied.incrementAndGet();
                } catch (Exception e) {
                    log.warn("The baseline reply to {} failed: {}", sender, e.toString());
                }
            });
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm is not used", 0x03);
        }
    }
}
