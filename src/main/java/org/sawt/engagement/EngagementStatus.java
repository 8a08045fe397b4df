package org.sawt.engagement;

/** Lifecycle: DRAFT → SCHEDULED → OPEN → CLOSED → PUBLISHED (SCHEDULED is skipped when opened at once). */
public enum EngagementStatus {
    DRAFT("drafted"), SCHEDULED("scheduled"), OPEN("opened"), CLOSED("closed"), PUBLISHED("published");

    private final String reachedAs;

    EngagementStatus(String reachedAs) {
        this.reachedAs = reachedAs;
    }

    /** The name of the event of reaching this state, as in the audit log: {@code engagement.opened}. */
    public String event() {
        return "engagement." + reachedAs;
    }

    /** Whether replies are counted in this state. */
    public boolean acceptsResponses() {
        return this == OPEN;
    }
}
