package org.sawt.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** One audit log entry as shown to API callers; {@code agencyId} is null for platform-level entries. */
public record AuditEntry(long seq, Instant at, UUID agencyId, String actor, String action, String targetType,
        String targetId, JsonNode details, String hash) {
}
