package org.sawt.channel;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The end of the shared error handler: a message that failed for good is written to the dead_letter table
 * (with its route, body, headers and error) and its inbound or outbound record is marked FAILED.
 */
@Component
public class DeadLetters {

    /** Exchange property where routes keep the message they started with, whatever the body became. */
    public static final String MESSAGE_PROPERTY = "sawtMessage";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final JdbcClient jdbc;
    private final InboundLog inboundLog;
    private final Outbox outbox;

    DeadLetters(JdbcClient jdbc, InboundLog inboundLog, Outbox outbox) {
        this.jdbc = jdbc;
        this.inboundLog = inboundLog;
        this.outbox = outbox;
    }

    public void record(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = error == null ? "unknown error" : error.getClass().getSimpleName() + ": " + error.getMessage();
        Object body = exchange.getProperty(MESSAGE_PROPERTY, exchange.getMessage().getBody(), Object.class);
        log.warn("Dead letter from route {}: {}", exchange.getFromRouteId(), reason, error);
        jdbc.sql("insert into dead_letter (route_id, body, headers, error) values (:route, :body, :headers, :error)")
                .param("route", exchange.getFromRouteId())
                .param("body", String.valueOf(body))
                .param("headers", headers(exchange.getMessage().getHeaders()))
                .param("error", reason)
                .update();
        if (body instanceof AcceptedInbound inbound) {
            inboundLog.markFailed(inbound.id());
        } else if (body instanceof OutboundMessage outbound) {
            outbox.markFailed(outbound.id(), reason);
        }
    }

    private static String headers(Map<String, Object> headers) {
        return headers.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
