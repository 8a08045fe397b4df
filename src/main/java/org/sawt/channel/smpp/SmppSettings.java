package org.sawt.channel.smpp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the Java side of the SMPP channel needs: whether it is on, the backoff between attempts to open the first
 * bind, how long a send waits for a dropped bind to come back, and how long parts of a long incoming message wait
 * for the rest. The bind itself (host, system id, TON/NPI, timers, window) is configured on the endpoint in
 * {@code routes/smpp.camel.yaml}; all keys are listed in {@code channels/smpp/channel.yaml}.
 */
@ConfigurationProperties("sawt.channels.smpp")
public record SmppSettings(boolean enabled, Duration bindRetryDelay, Duration bindRetryMaxDelay, Duration linkWait,
        Duration multipartTimeout) {

    public SmppSettings {
        bindRetryDelay = bindRetryDelay == null ? Duration.ofSeconds(2) : bindRetryDelay;
        bindRetryMaxDelay = bindRetryMaxDelay == null ? Duration.ofMinutes(1) : bindRetryMaxDelay;
        linkWait = linkWait == null ? Duration.ofSeconds(30) : linkWait;
        multipartTimeout = multipartTimeout == null ? Duration.ofMinutes(10) : multipartTimeout;
    }
}
