package org.sawt.webhook;

import java.util.UUID;

/**
 * One subscription's ordered events of one engagement, leased to this instance under {@code leaseToken}: events
 * with a sequence in {@code (deliveredUpTo, pendingUpTo]} wait; {@code attempts} failed at the first of them.
 */
record Lane(UUID subscriptionId, UUID engagementId, long deliveredUpTo, long pendingUpTo, int attempts,
        UUID leaseToken) {
}
