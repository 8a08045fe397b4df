package org.sawt.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook endpoint as the API shows it (never its secret). {@code agencyId} null: platform-wide, receiving
 * every agency's events. {@code pausedUntil}: the endpoint asked to slow down (429, 502, 504). {@code publicKey}
 * ({@code whpk_...}, or null): the ed25519 key that checks the v1a signatures.
 */
public record Subscription(UUID id, UUID agencyId, String url, List<String> events, boolean enabled,
        String disabledReason, Instant pausedUntil, Instant previousSecretExpiresAt, String publicKey,
        Instant createdAt, Instant updatedAt) {

    boolean platformWide() {
        return agencyId == null;
    }
}
