package org.sawt.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.sawt.shared.Caller;
import org.sawt.shared.ForbiddenException;
import org.sawt.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Append-only audit log whose entries form a SHA-256 hash chain.
 *
 * <p>Every {@code record} names the agency explicitly: for a platform admin acting on agency X that is X, for a
 * platform-level action it is null. An entry's hash covers, in this order, the format tag "sawt-audit-v1", seq,
 * at (UTC, {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'}), agency_id, actor, action, target_type, target_id, details (the
 * stored canonical JSON text) and prev_hash, each written as {@code <UTF-8 byte length>:<bytes>;} or {@code -;} for
 * null. The first entry's prev_hash is 64 zeros.
 */
@Service
public class AuditLog {

    static final String GENESIS_HASH = "0".repeat(64);

    private static final String HASH_FORMAT = "sawt-audit-v1";
    private static final int MAX_LIMIT = 500;

    // Any fixed number works as long as every gateway instance uses the same one: appends from all of them queue on it.
    private static final long APPEND_LOCK = 0x5341_5754_4155_4454L;
    private static final int VERIFY_PAGE = 1000;
    private static final String COLUMNS =
            "seq, at, agency_id, actor, action, target_type, target_id, details, prev_hash, hash";
    private static final DateTimeFormatter HASHED_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ObjectWriter canonicalJson;

    public AuditLog(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.json = objectMapper;
        // Details go through a JsonNode tree, so sorting the tree's properties orders maps and POJOs alike.
        this.canonicalJson = objectMapper.writer()
                .with(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
                .without(SerializationFeature.INDENT_OUTPUT);
    }

    /** Records what an API caller did to something owned by {@code agencyId} (null for platform-level targets). */
    @Transactional
    public void record(Caller caller, UUID agencyId, String action, String targetType, Object targetId,
            Map<String, ?> details) {
        record(caller.actor(), agencyId, action, targetType, targetId, details);
    }

    /**
     * Records an action by a named actor ("system" for the gateway itself). Joins the surrounding transaction, so the
     * entry commits or rolls back with the change it describes; the chain assumes READ COMMITTED (the default), so
     * that the last hash read after taking the append lock is the latest committed one.
     */
    @Transactional
    public void record(String actor, UUID agencyId, String action, String targetType, Object targetId,
            Map<String, ?> details) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // Outside a transaction the advisory lock would be released before the insert, forking the chain.
            throw new IllegalStateException("AuditLog.record must run inside a transaction");
        }
        String canonicalDetails = canonicalJson(details == null ? Map.of() : details);
        // A separate statement: a statement's snapshot predates any lock it waits for, so the last hash must be read
        // by a later statement to see entries committed while we waited.
        jdbc.sql("select 1 from pg_advisory_xact_lock(:lock)").param("lock", APPEND_LOCK).query(Integer.class).single();
        String prevHash = jdbc.sql("select hash from audit_entry order by seq desc limit 1")
                .query(String.class).optional().orElse(GENESIS_HASH);
        long seq = jdbc.sql("select nextval(pg_get_serial_sequence('audit_entry', 'seq'))").query(Long.class).single();
        Row row = new Row(seq, Instant.now().truncatedTo(ChronoUnit.MICROS), agencyId, actor, action, targetType,
                targetId.toString(), canonicalDetails, prevHash, null);
        jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (:seq, :at, :agencyId, :actor, :action, "
                        + ":targetType, :targetId, :details, :prevHash, :hash)")
                .param("seq", row.seq())
                .param("at", row.at().atOffset(ZoneOffset.UTC))
                .param("agencyId", row.agencyId())
                .param("actor", row.actor())
                .param("action", row.action())
                .param("targetType", row.targetType())
                .param("targetId", row.targetId())
                .param("details", row.details())
                .param("prevHash", row.prevHash())
                .param("hash", row.computeHash())
                .update();
    }

    /**
     * Recomputes the whole chain in seq order and reports the first entry whose content no longer matches its hash
     * or whose prev_hash does not match the entry before it (a changed, deleted, inserted or reordered entry).
     * Removing entries from the end cannot be seen from the chain alone.
     */
    public AuditVerification verify() {
        String expectedPrevHash = GENESIS_HASH;
        long checked = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Row> page = jdbc.sql("select " + COLUMNS + " from audit_entry where seq > :after order by seq "
                            + "limit :limit")
                    .param("after", after).param("limit", VERIFY_PAGE)
                    .query(AuditLog::row).list();
            for (Row row : page) {
                checked++;
                if (!row.prevHash().equals(expectedPrevHash)) {
                    return new AuditVerification(false, checked, row.seq(),
                            "prev_hash does not match the previous entry's hash: an entry was deleted, inserted "
                                    + "or reordered");
                }
                if (!row.computeHash().equals(row.hash())) {
                    return new AuditVerification(false, checked, row.seq(),
                            "hash does not match the entry's content: the entry was changed");
                }
                expectedPrevHash = row.hash();
            }
            if (page.size() < VERIFY_PAGE) {
                return new AuditVerification(true, checked, null, null);
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    /**
     * Entries after {@code afterSeq} in seq order. An agency key sees only its own agency's entries; a platform admin
     * sees all of them, or one agency's with {@code agencyFilter}.
     */
    public AuditPage list(Caller caller, UUID agencyFilter, Long afterSeq, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidRequestException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (agencyFilter != null && !caller.canSee(agencyFilter)) {
            throw new ForbiddenException("An agency API key can read only its own agency's audit entries.");
        }
        UUID agency = caller.isPlatformAdmin() ? agencyFilter : caller.agencyId();
        JdbcClient.StatementSpec query = jdbc.sql("select " + COLUMNS + " from audit_entry where seq > :after"
                        + (agency == null ? "" : " and agency_id = :agency") + " order by seq limit :limit")
                .param("after", afterSeq == null ? Long.MIN_VALUE : afterSeq)
                .param("limit", limit + 1);
        if (agency != null) {
            query = query.param("agency", agency);
        }
        List<Row> rows = query.query(AuditLog::row).list();
        boolean more = rows.size() > limit;
        List<AuditEntry> entries = rows.subList(0, Math.min(limit, rows.size())).stream().map(this::entry).toList();
        return new AuditPage(entries, more ? entries.get(entries.size() - 1).seq() : null);
    }

    private String canonicalJson(Map<String, ?> details) {
        try {
            return canonicalJson.writeValueAsString(json.valueToTree(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details cannot be written as JSON", e);
        }
    }

    private AuditEntry entry(Row row) {
        JsonNode details;
        try {
            details = json.readTree(row.details());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit entry " + row.seq() + " has unreadable details", e);
        }
        return new AuditEntry(row.seq(), row.at(), row.agencyId(), row.actor(), row.action(), row.targetType(),
                row.targetId(), details, row.hash());
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getObject("agency_id", UUID.class), rs.getString("actor"), rs.getString("action"),
                rs.getString("target_type"), rs.getString("target_id"), rs.getString("details"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** An audit_entry row as stored; {@code hash} is what the row claims, {@link #computeHash()} what it should be. */
    private record Row(long seq, Instant at, UUID agencyId, String actor, String action, String targetType,
            String targetId, String details, String prevHash, String hash) {

        String computeHash() {
            MessageDigest sha256 = sha256();
            for (String field : Arrays.asList(HASH_FORMAT, Long.toString(seq), HASHED_TIME.format(at),
                    agencyId == null ? null : agencyId.toString(), actor, action, targetType, targetId, details,
                    prevHash)) {
                if (field == null) {
                    sha256.update("-;".getBytes(StandardCharsets.US_ASCII));
                } else {
                    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                    sha256.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                    sha256.update(bytes);
                    sha256.update((byte) ';');
                }
            }
            return HexFormat.of().formatHex(sha256.digest());
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime provides SHA-256", e);
            }
        }
    }
}
