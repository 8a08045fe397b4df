package org.sawt.trigger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which engagement follows a service of the agency: a trigger with {@code serviceCode} sends it. {@code channels}
 * overrides the deployment's channel order for it (null: the deployment's order).
 */
record TriggerRule(UUID id, UUID agencyId, String serviceCode, UUID engagementId, List<String> channels,
        Instant createdAt, Instant updatedAt) {
}
