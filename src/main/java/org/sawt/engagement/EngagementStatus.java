package org.sawt.engagement;

/** Lifecycle: DRAFT → SCHEDULED → OPEN → CLOSED → PUBLISHED (SCHEDULED is skipped when opened at once). */
public enum EngagementStatus {
    DRAFT, SCHEDULED, OPEN, CLOSED, PUBLISHED;

    /** Whether replies are counted in this state. */
    public boolean acceptsResponses() {
        return this == OPEN;
    }
}
