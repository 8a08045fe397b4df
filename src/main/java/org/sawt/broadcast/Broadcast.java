package org.sawt.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invitation sent to an audience, and how far its delivery has got. */
public record Broadcast(UUID id, UUID engagementId, List<String> channels, int recipients, int skipped,
        Progress progress, Instant createdAt) {

    /** Counts of the broadcast's messages by status; {@code done} when none is waiting or being sent. */
    public record Progress(String status, int queued, int sending, int sent, int delivered, int failed,
            int skippedAtDispatch) {
    }
}
