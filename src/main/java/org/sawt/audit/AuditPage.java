package org.sawt.audit;

import java.util.List;

/** Audit entries in seq order; pass {@code nextCursor} as {@code after} for the next page (null at the end). */
public record AuditPage(List<AuditEntry> entries, Long nextCursor) {
}
