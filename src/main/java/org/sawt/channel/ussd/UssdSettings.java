package org.sawt.channel.ussd;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The USSD channel: on or off, and the token the provider's callback URL must carry ({@code ?token=}), since
 * USSD gateways do not sign their requests. {@code sessionTtl} is how long a session's page position is kept.
 */
@ConfigurationProperties("sawt.channels.ussd")
record UssdSettings(boolean enabled, String callbackToken, Duration sessionTtl) {

    UssdSettings {
        callbackToken = callbackToken == null || callbackToken.isBlank() ? null : callbackToken.strip();
        sessionTtl = sessionTtl == null ? Duration.ofSeconds(180) : sessionTtl;
    }

    @Override
    public String toString() {
        return "UssdSettings[enabled=" + enabled + ", callbackToken=" + (callbackToken == null ? "unset" : "***")
                + ", sessionTtl=" + sessionTtl + "]";
    }
}
