package org.sawt.channel.smpp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;

/**
 * An SMSC on a free loopback port, built on jSMPP's server session: it accepts binds (or refuses as many as it is
 * told to), records every submit_sm with the message id it answered (or the error it was told to answer with),
 * counts enquire_link, and sends deliver_sm (citizens' messages, delivery receipts) back over the current bind.
 */
final class FakeSmsc {

    static final String SHORT_CODE = "6970";

    /** One bind request and whether the SMSC accepted it. */
    record Bind(BindType type, String systemId, String password, String systemType, boolean accepted) {
    }

    /** One submit_sm and the message id the SMSC answered it with. */
    record Submit(SubmitSm pdu, String messageId) {
    }

    private final ServerSocket socket;
    private final SMPPServerSessionListener listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fake-smsc");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Bind> binds = new CopyOnWriteArrayList<>();
    // a copy-on-write list would copy every submit so far on each one: quadratic under benchmark load
    private final Queue<Submit> submits = new ConcurrentLinkedQueue<>();
    private final List<SubmitSm> refusedSubmits = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> refusals = new ConcurrentHashMap<>();
    private final Map<String, Deque<String>> earlyReceipts = new ConcurrentHashMap<>();
    private final AtomicInteger bindsToRefuse;
    private final AtomicInteger enquireLinks = new AtomicInteger();
    private final AtomicLong messageIds = new AtomicLong(0x5A000000L);
    private volatile SMPPServerSession session;

    private FakeSmsc(int bindsToRefuse) throws IOException {
        this.bindsToRefuse = new AtomicInteger(bindsToRefuse);
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.listener = new SMPPServerSessionListener(socket.getLocalPort(), new ExistingServerSocket(socket));
        listener.setMessageReceiverListener(new FakeSmscReceiver(this));
        threads.execute(this::acceptConnections);
    }

    /** A running fake that refuses its first {@code bindsToRefuse} binds, as an SMSC that is down would. */
    static FakeSmsc start(int bindsToRefuse) {
        try {
            return new FakeSmsc(bindsToRefuse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    List<Bind> binds() {
        return List.copyOf(binds);
    }

    List<Submit> submits() {
        return List.copyOf(submits);
    }

    /** submit_sm to one E.164 number, in the order they arrived. */
    List<Submit> submitsTo(String e164) {
        return submits.stream().filter(s -> ("+" + s.pdu().getDestAddress()).equals(e164)).toList();
    }

    /** submit_sm to one E.164 number that the SMSC refused. */
    List<SubmitSm> refusedSubmitsTo(String e164) {
        return refusedSubmits.stream().filter(pdu -> ("+" + pdu.getDestAddress()).equals(e164)).toList();
    }

    /** Answers the next submit_sm to {@code e164} with these command_status values, one per submit, in order. */
    void refuseSubmitsTo(String e164, Integer... commandStatuses) {
        refusals.put(e164, new ConcurrentLinkedDeque<>(List.of(commandStatuses)));
    }

    /**
     * Receipts the next submit_sm to {@code e164} with these final states (DELIVRD, UNDELIV...), one per submit, in
     * order, before answering it: a fast SMSC whose receipt comes before its submit_sm_resp.
     */
    void receiptBeforeAnswering(String e164, String... stats) {
        earlyReceipts.put(e164, new ConcurrentLinkedDeque<>(List.of(stats)));
    }

    /** A receipt text as SMSCs write it (SMPP 3.4 Appendix B) for that message id and final state. */
    static String receiptText(String messageId, String stat) {
        return "id:" + messageId + " sub:001 dlvrd:" + ("DELIVRD".equals(stat) ? "001" : "000")
                + " submit date:2611231200 done date:2611231201 stat:" + stat
                + " err:" + ("DELIVRD".equals(stat) ? "000" : "011") + " text:";
    }

    int enquireLinks() {
        return enquireLinks.get();
    }

    void refuseBinds() {
        bindsToRefuse.set(Integer.MAX_VALUE);
    }

    void acceptBinds() {
        bindsToRefuse.set(0);
    }

    /** Closes the bound session's connection, as a network failure would. */
    void dropLink() {
        SMPPServerSession bound = session;
        session = null;
        if (bound != null) {
            bound.close();
        }
    }

    /** A deliver_sm from a phone (TON international) to our short code; waits for the gateway's deliver_sm_resp. */
    void deliver(String fromE164, int esmClass, int dataCoding, byte[] shortMessage, OptionalParameter... tlvs)
            throws Exception {
        bound().deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                fromE164.substring(1), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, SHORT_CODE,
                new ESMClass(esmClass), (byte) 0, (byte) 0, new RegisteredDelivery(0),
                DataCodings.newInstance((byte) dataCoding), shortMessage, tlvs);
    }

    /** A delivery receipt (esm_class 0x04) with this text, about a message sent to {@code toE164}. */
    void deliverReceipt(String toE164, String text, OptionalParameter... tlvs) throws Exception {
        deliver(toE164, 0x04, 0x00, text.getBytes(StandardCharsets.US_ASCII), tlvs);
    }

    String answer(SubmitSm submitSm) throws ProcessRequestException {
        Integer refusal = refusals.getOrDefault("+" + submitSm.getDestAddress(), new ConcurrentLinkedDeque<>()).poll();
        if (refusal != null) {
            refusedSubmits.add(submitSm);
            throw new ProcessRequestException("refused by the fake SMSC", refusal);
        }
        String id = Long.toHexString(messageIds.incrementAndGet());
        submits.add(new Submit(submitSm, id));
        String earlyStat = earlyReceipts.getOrDefault("+" + submitSm.getDestAddress(), new ConcurrentLinkedDeque<>())
                .poll();
        if (earlyStat != null) {
            receiptBeforeAnswer("+" + submitSm.getDestAddress(), receiptText(id, earlyStat));
        }
        return id;
    }

    private void receiptBeforeAnswer(String toE164, String text) throws ProcessRequestException {
        try {
            deliverReceipt(toE164, text);
        } catch (Exception e) {
            throw new ProcessRequestException("the fake SMSC could not send the receipt: " + e,
                    SMPPConstant.STAT_ESME_RSYSERR);
        }
    }

    void enquireLinkReceived() {
        enquireLinks.incrementAndGet();
    }

    private SMPPServerSession bound() {
        SMPPServerSession bound = session;
        if (bound == null || !bound.getSessionState().isBound()) {
            throw new IllegalStateException("No bound session to deliver over");
        }
        return bound;
    }

    private void acceptConnections() {
        while (!socket.isClosed()) {
            try {
                SMPPServerSession accepted = listener.accept();
                threads.execute(() -> bind(accepted));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void bind(SMPPServerSession accepted) {
        try {
            BindRequest request = accepted.waitForBind(5_000);
            boolean refuse = bindsToRefuse.getAndUpdate(n -> n == Integer.MAX_VALUE ? n : Math.max(0, n - 1)) > 0;
            binds.add(new Bind(request.getBindType(), request.getSystemId(), request.getPassword(),
                    request.getSystemType(), !refuse));
            if (refuse) {
                request.reject(SMPPConstant.STAT_ESME_RBINDFAIL);
            } else {
                request.accept("fake-smsc");
                session = accepted;
            }
        } catch (Exception e) {
            accepted.close();
        }
    }
}
