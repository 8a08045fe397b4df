package org.sawt.engagement;

import java.util.UUID;

/** Published inside the transaction that moved an engagement to another status, so listeners commit with it. */
public record EngagementStatusChanged(UUID engagementId, EngagementStatus from, EngagementStatus to, String actor) {
}
