package org.sawt.audit;

/** Result of recomputing the audit hash chain; {@code firstBrokenSeq} and {@code problem} are null when valid. */
public record AuditVerification(boolean valid, long entriesChecked, Long firstBrokenSeq, String problem) {
}
