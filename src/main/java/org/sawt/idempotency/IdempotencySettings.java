package org.sawt.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a key's outcome is replayed ({@code ttl}), after how long an unfinished first request counts as
 * abandoned so a retry may run it ({@code lockTimeout}), and the largest body a keyed request may have (it is
 * held in memory to be fingerprinted).
 */
@ConfigurationProperties("sawt.idempotency")
record IdempotencySettings(Duration ttl, Duration lockTimeout, Integer maxBodyBytes) {

    IdempotencySettings {
        ttl = ttl == null ? Duration.ofHours(24) : ttl;
        lockTimeout = lockTimeout == null ? Duration.ofMinutes(1) : lockTimeout;
        maxBodyBytes = maxBodyBytes == null ? 10 * 1024 * 1024 : maxBodyBytes;
    }
}
