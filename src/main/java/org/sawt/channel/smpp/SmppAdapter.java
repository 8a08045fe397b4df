package org.sawt.channel.smpp;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.smpp.SmppConstants;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.sawt.channel.ChannelAdapter;
import org.sawt.channel.OutboundMessage;
import org.sawt.shared.AddressKind;
import org.sawt.sms.BillingUnit;
import org.sawt.sms.SmsEncoding;
import org.springframework.stereotype.Component;

/**
 * SMS through an operator's SMSC over SMPP 3.4. Sending hands the message to {@code direct:submit-smpp}, whose
 * camel-smpp endpoint holds the transceiver bind, stores the SMSC's message id of every part (each part requests
 * its own receipt: {@link SmppMessageParts}) and returns the last part's as the message's provider id. While the
 * bind is down a send waits up to
 * {@code sawt.channels.smpp.link-wait} for camel-smpp to bind again, then fails over to the shared retries; a
 * submit cut off by a dropped link may have reached the SMSC, so a message can then go out twice, never not at all.
 */
@Component
public class SmppAdapter implements ChannelAdapter {

    static final String NAME = "smpp";
    static final String SUBMIT_ROUTE = "direct:submit-smpp";
    private static final Duration LINK_CHANGE_PAUSE = Duration.ofMillis(100);

    private final SmppSettings settings;
    private final SmppLink link;
    private final ProducerTemplate camel;
    private final SmsEncoding encoding;
    private final SmppMessageParts parts;
    private final AtomicInteger references = new AtomicInteger(ThreadLocalRandom.current().nextInt(256));

    SmppAdapter(SmppSettings settings, SmppLink link, ProducerTemplate camel, SmsEncoding encoding,
            SmppMessageParts parts) {
        this.settings = settings;
        this.link = link;
        this.camel = camel;
        this.encoding = encoding;
        this.parts = parts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AddressKind addressKind() {
        return AddressKind.PHONE;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    /** Operators bill SMS per segment. */
    @Override
    public BillingUnit billingUnit() {
        return BillingUnit.SEGMENT;
    }

    /** The bind is up; while it is down, queued invitations wait in the outbox rather than in a sender thread. */
    @Override
    public boolean ready() {
        return link.isBound();
    }

    @Override
    public String send(OutboundMessage message) {
        ShortMessageSegments segments = ShortMessageSegments.of(message.text(), encoding);
        long deadline = System.nanoTime() + settings.linkWait().toNanos();
        while (true) {
            awaitLink(deadline);
            Exchange result = camel.send(SUBMIT_ROUTE, exchange -> submitSm(exchange.getIn(), message, segments));
            if (result.getException() == null) {
                List<String> ids = partIds(result.getMessage());
                parts.remember(message.id(), ids);
                return ids.isEmpty() ? null : ids.get(ids.size() - 1);
            }
            // no session to submit on: camel-smpp is binding again, so wait for it rather than burn a retry
            if (!SubmitSmFailures.isLinkDown(result.getException()) || System.nanoTime() >= deadline) {
                throw SubmitSmFailures.classify(result.getException());
            }
            awaitLinkChange();
        }
    }

    private void awaitLink(long deadline) {
        try {
            if (!link.awaitBound(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                throw new SmppTemporaryFailure("No SMPP bind to the SMSC within " + settings.linkWait());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmppTemporaryFailure("Interrupted while waiting for the SMPP bind", e);
        }
    }

    private void awaitLinkChange() {
        try {
            link.awaitChange(LINK_CHANGE_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmppTemporaryFailure("Interrupted while waiting for the SMPP bind", e);
        }
    }

    private void submitSm(Message in, OutboundMessage message, ShortMessageSegments segments) {
        in.setBody(message.text());
        in.setHeader(SmppConstants.DEST_ADDR, message.address().startsWith("+")
                ? message.address().substring(1) : message.address());
        in.setHeader(SmppConstants.DEST_ADDR_TON, TypeOfNumber.INTERNATIONAL.value());
        in.setHeader(SmppConstants.DEST_ADDR_NPI, NumberingPlanIndicator.ISDN.value());
        in.setHeader(SmppConstants.DATA_CODING, segments.dataCoding());
        in.setHeader(SmppConstants.DATA_SPLITTER,
                new ConcatenatingSplitter(segments, references.getAndIncrement() & 0xFF));
    }

    /** The SMSC's message id of each part, in sending order. */
    private static List<String> partIds(Message reply) {
        List<?> ids = reply.getHeader(SmppConstants.ID, List.class);
        return ids == null ? List.of() : ids.stream().map(String::valueOf).toList();
    }
}
