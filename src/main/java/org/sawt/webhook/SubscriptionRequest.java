package org.sawt.webhook;

import java.util.List;
import java.util.UUID;

/**
 * Body of creating (url and events required; agencyId only for a platform admin subscribing for one agency;
 * {@code ed25519: true} adds v1a signatures checked with a public key) or changing (fields sent replace,
 * {@code enabled: true} turns a disabled endpoint back on) a subscription.
 */
record SubscriptionRequest(UUID agencyId, String url, List<String> events, Boolean enabled, Boolean ed25519) {
}
