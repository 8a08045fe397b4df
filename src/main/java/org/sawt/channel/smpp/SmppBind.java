package org.sawt.channel.smpp;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the transceiver bind once the application is up: creates route {@code submit-smpp} from its template in
 * the background and, while the SMSC cannot be reached, starts it again with exponential backoff. Start-up never
 * waits for the SMSC: camel-smpp binds while the route starts, and when the SMSC refuses a bind it holds the
 * starting thread in its re-bind loop until the SMSC accepts. Once bound, camel-smpp re-binds by itself after a drop.
 */
@Component
class SmppBind {

    static final String ROUTE = "submit-smpp";

    private static final Logger log = LoggerFactory.getLogger(SmppBind.class);

    private final CamelContext camel;
    private final SmppSettings settings;
    private final ScheduledExecutorService attempts = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "smpp-bind");
        thread.setDaemon(true);
        return thread;
    });

    SmppBind(CamelContext camel, SmppSettings settings) {
        this.camel = camel;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void bindWhenReady() {
        if (settings.enabled()) {
            attempts.execute(() -> attempt(settings.bindRetryDelay()));
        }
    }

    @PreDestroy
    void stop() {
        attempts.shutdownNow();
    }

    private void attempt(Duration delay) {
        try {
            if (camel.getRoute(ROUTE) == null) {
                camel.addRouteFromTemplate(ROUTE, ROUTE, Map.of());
            } else {
                camel.getRouteController().startRoute(ROUTE);
            }
        } catch (Exception e) {
            if (attempts.isShutdown()) {
                return;
            }
            Duration next = delay.multipliedBy(2).compareTo(settings.bindRetryMaxDelay()) > 0
                    ? settings.bindRetryMaxDelay() : delay.multipliedBy(2);
            log.warn("SMPP bind to the SMSC failed ({}); next attempt in {}", e.getMessage(), delay);
            attempts.schedule(() -> attempt(next), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
