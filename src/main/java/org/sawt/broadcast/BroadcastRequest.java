package org.sawt.broadcast;

import java.util.List;
import java.util.UUID;

/** Who to invite and on which channels (in order of preference: each contact gets one message). */
public record BroadcastRequest(List<String> channels, Audience audience) {

    /** Either everybody in the agency's contact list ({@code all}) or the listed contacts. */
    public record Audience(Boolean all, List<UUID> contactIds) {
    }
}
