package org.sawt.event;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of event the portal receives; {@link #type()} is the CloudEvents {@code type}. */
public enum EventType {
    RESPONSE_CREATED("response.created"),
    RESPONSE_UPDATED("response.updated"),
    ENGAGEMENT_OPENED("engagement.opened"),
    ENGAGEMENT_CLOSED("engagement.closed"),
    ENGAGEMENT_PUBLISHED("engagement.published"),
    RESULTS_INTERIM("results.interim"),
    RESULTS_FINAL("results.final");

    private final String type;

    EventType(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    /** Every type name, in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(EventType::type).toList();
    }
}
