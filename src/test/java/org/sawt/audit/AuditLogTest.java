package org.sawt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sawt.shared.Caller;
import org.sawt.shared.ForbiddenException;
import org.sawt.shared.InvalidRequestException;
import org.sawt.shared.Role;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AuditLogTest {

    private static final UUID AGENCY_A = UUID.randomUUID();
    private static final UUID AGENCY_B = UUID.randomUUID();
    private static final Caller PLATFORM_ADMIN = new Caller(UUID.randomUUID(), null, Role.PLATFORM_ADMIN);
    private static final Caller AGENCY_A_ADMIN = new Caller(UUID.randomUUID(), AGENCY_A, Role.AGENCY_ADMIN);

    private static EmbeddedPostgres postgres;
    private static JdbcClient jdbc;
    private static TransactionTemplate tx;
    private static AuditLog auditLog;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ObjectMapper objectMapper = JsonMapper.builder().findAndAddModules().build();
        auditLog = new AuditLog(jdbc, objectMapper);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void emptyLog() {
        // TRUNCATE does not fire the row-level append-only trigger; tamper tests disable that trigger.
        jdbc.sql("truncate audit_entry restart identity").update();
        jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
    }

    @Test
    void entriesChainEachToTheHashOfThePreviousOne() {
        recordEntries(4);

        List<Map<String, Object>> rows = jdbc.sql("select seq, prev_hash, hash from audit_entry order by seq")
                .query().listOfRows();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get("prev_hash")).isEqualTo("0".repeat(64));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("prev_hash")).isEqualTo(rows.get(i - 1).get("hash"));
        }
        assertThat(rows).allSatisfy(row -> assertThat((String) row.get("hash")).matches("[0-9a-f]{64}"));
    }

    @Test
    void hashFollowsTheDocumentedSerialisation() {
        recordEntries(2);
        tx.executeWithoutResult(status ->
                auditLog.record("system", null, "platform.started", "gateway", "main", Map.of("note", "نعم")));

        for (long seq = 1; seq <= 3; seq++) {
            assertThat(documentedHash(seq)).isEqualTo(storedHash(seq));
        }
    }

    @Test
    void detailsAreStoredAsCanonicalJsonWithSortedKeys() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("d", 2);
        nested.put("c", List.of("x", "é"));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("b", 1);
        details.put("a", nested);
        tx.executeWithoutResult(status ->
                auditLog.record(PLATFORM_ADMIN, AGENCY_A, "engagement.created", "engagement", 42, details));

        assertThat(jdbc.sql("select details from audit_entry").query(String.class).single())
                .isEqualTo("{\"a\":{\"c\":[\"x\",\"é\"],\"d\":2},\"b\":1}");
        AuditEntry entry = auditLog.list(PLATFORM_ADMIN, null, null, 10).entries().get(0);
        assertThat(entry.details().get("a").get("d").asInt()).isEqualTo(2);
        assertThat(entry.actor()).isEqualTo(PLATFORM_ADMIN.actor());
        assertThat(entry.agencyId()).isEqualTo(AGENCY_A);
        assertThat(entry.targetId()).isEqualTo("42");
    }

    @Test
    void verifyAcceptsAnEmptyAndAnUntouchedLog() {
        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, 0, null, null));

        recordEntries(5);

        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, 5, null, null));
    }

    @Test
    void verifyStreamsLogsLongerThanOnePage() {
        tx.executeWithoutResult(status -> IntStream.range(0, 2345).forEach(i ->
                auditLog.record("system", AGENCY_A, "contact.imported", "contact", i, Map.of("i", i))));

        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, 2345, null, null));
    }

    @Test
    void triggerRefusesToUpdateOrDeleteEntries() {
        recordEntries(3);

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set details = '{}' where seq = 2").update())
                .isInstanceOf(UncategorizedSQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone-else' where seq = 2").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = 2").update())
                .hasMessageContaining("append-only");
        assertThat(auditLog.verify().valid()).isTrue();
    }

    @Test
    void changedDetailsAreDetectedAtThatEntry() {
        recordEntries(5);
        disableTrigger();

        jdbc.sql("update audit_entry set details = '{\"n\":99}' where seq = 3").update();

        AuditVerification verification = auditLog.verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(3L);
        assertThat(verification.entriesChecked()).isEqualTo(3);
        assertThat(verification.problem()).contains("changed");
    }

    @Test
    void changedActorIsDetectedAtThatEntry() {
        recordEntries(5);
        disableTrigger();

        jdbc.sql("update audit_entry set actor = 'api-key:innocent' where seq = 2").update();

        assertThat(auditLog.verify().firstBrokenSeq()).isEqualTo(2L);
    }

    @Test
    void deletedEntryIsDetectedAtTheNextOne() {
        recordEntries(5);
        disableTrigger();

        jdbc.sql("delete from audit_entry where seq = 3").update();

        AuditVerification verification = auditLog.verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(4L);
        assertThat(verification.problem()).contains("deleted");
    }

    @Test
    void recomputedHashOfAChangedEntryIsDetectedAtTheNextOne() {
        recordEntries(5);
        disableTrigger();

        jdbc.sql("update audit_entry set details = '{\"n\":99}' where seq = 3").update();
        jdbc.sql("update audit_entry set hash = :hash where seq = 3").param("hash", documentedHash(3)).update();

        AuditVerification verification = auditLog.verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(4L);
        assertThat(verification.entriesChecked()).isEqualTo(4);
    }

    @Test
    void reorderedEntriesAreDetected() {
        recordEntries(5);
        disableTrigger();

        jdbc.sql("update audit_entry set seq = -2 where seq = 2").update();
        jdbc.sql("update audit_entry set seq = 2 where seq = 3").update();
        jdbc.sql("update audit_entry set seq = 3 where seq = -2").update();

        AuditVerification verification = auditLog.verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(2L);
    }

    @Test
    void rolledBackEntryLeavesNoTraceAndTheChainStaysValid() {
        recordEntries(2);
        tx.executeWithoutResult(status -> {
            auditLog.record("system", AGENCY_A, "agency.created", "agency", AGENCY_A, Map.of());
            status.setRollbackOnly();
        });
        recordEntries(2);

        assertThat(jdbc.sql("select seq from audit_entry order by seq").query(Long.class).list())
                .containsExactly(1L, 2L, 4L, 5L);
        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, 4, null, null));
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> auditLog.record("system", null, "agency.created", "agency", AGENCY_A, Map.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isZero();
    }

    @Test
    void concurrentAppendsKeepOneValidChain() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        tx.executeWithoutResult(status -> auditLog.record("system", thread % 2 == 0 ? AGENCY_A
                                : AGENCY_B, "message.sent", "message", thread + "-" + n, Map.of("n", n)));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(auditLog.verify()).isEqualTo(new AuditVerification(true, threads * perThread, null, null));
    }

    @Test
    void agencyCallerSeesOnlyItsOwnAgencysEntries() {
        tx.executeWithoutResult(status -> {
            auditLog.record(PLATFORM_ADMIN, AGENCY_A, "agency.created", "agency", AGENCY_A, Map.of("name", "A"));
            auditLog.record(PLATFORM_ADMIN, AGENCY_B, "agency.created", "agency", AGENCY_B, Map.of("name", "B"));
            auditLog.record("system", null, "platform.started", "gateway", "main", Map.of());
            auditLog.record(AGENCY_A_ADMIN, AGENCY_A, "engagement.created", "engagement", UUID.randomUUID(), null);
        });

        assertThat(auditLog.list(AGENCY_A_ADMIN, null, null, 50).entries())
                .extracting(AuditEntry::agencyId).containsExactly(AGENCY_A, AGENCY_A);
        assertThat(auditLog.list(AGENCY_A_ADMIN, AGENCY_A, null, 50).entries()).hasSize(2);
        assertThatThrownBy(() -> auditLog.list(AGENCY_A_ADMIN, AGENCY_B, null, 50))
                .isInstanceOf(ForbiddenException.class);
        assertThat(auditLog.list(PLATFORM_ADMIN, null, null, 50).entries()).hasSize(4);
        assertThat(auditLog.list(PLATFORM_ADMIN, AGENCY_B, null, 50).entries())
                .extracting(AuditEntry::action).containsExactly("agency.created");
    }

    @Test
    void listPagesWithACursor() {
        recordEntries(5);

        AuditPage first = auditLog.list(PLATFORM_ADMIN, null, null, 2);
        AuditPage second = auditLog.list(PLATFORM_ADMIN, null, first.nextCursor(), 2);
        AuditPage last = auditLog.list(PLATFORM_ADMIN, null, second.nextCursor(), 2);

        assertThat(first.entries()).extracting(AuditEntry::seq).containsExactly(1L, 2L);
        assertThat(second.entries()).extracting(AuditEntry::seq).containsExactly(3L, 4L);
        assertThat(last.entries()).extracting(AuditEntry::seq).containsExactly(5L);
        assertThat(last.nextCursor()).isNull();
        assertThat(auditLog.list(PLATFORM_ADMIN, null, null, 5).nextCursor()).isNull();
    }

    @Test
    void listRejectsALimitOutsideOneToFiveHundred() {
        assertThat(auditLog.list(PLATFORM_ADMIN, null, null, 500).entries()).isEmpty();
        assertThatThrownBy(() -> auditLog.list(PLATFORM_ADMIN, null, null, 501))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors().get(0).field()).isEqualTo("limit"));
        assertThatThrownBy(() -> auditLog.list(PLATFORM_ADMIN, null, null, 0))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void verifyEndpointIsForPlatformAdminsOnly() {
        AuditController controller = new AuditController(auditLog);

        assertThatThrownBy(() -> controller.verify(AGENCY_A_ADMIN)).isInstanceOf(ForbiddenException.class);
        assertThat(controller.verify(PLATFORM_ADMIN).valid()).isTrue();
    }

    private static void recordEntries(int count) {
        for (int i = 0; i < count; i++) {
            int n = i;
            tx.executeWithoutResult(status ->
                    auditLog.record(AGENCY_A_ADMIN, AGENCY_A, "contact.updated", "contact", UUID.randomUUID(),
                            Map.of("n", n)));
        }
    }

    private static void disableTrigger() {
        jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
    }

    private static String storedHash(long seq) {
        return jdbc.sql("select hash from audit_entry where seq = :seq").param("seq", seq).query(String.class).single();
    }

    /** The hash as an outside verifier computes it from the format described on {@link AuditLog}. */
    private static String documentedHash(long seq) {
        String serialised = jdbc.sql("select * from audit_entry where seq = :seq").param("seq", seq).query((rs, n) -> {
            String at = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
                    .format(rs.getObject("at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
            String[] fields = {"sawt-audit-v1", rs.getString("seq"), at, rs.getString("agency_id"),
                    rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                    rs.getString("target_id"), rs.getString("details"), rs.getString("prev_hash")};
            StringBuilder out = new StringBuilder();
            for (String field : fields) {
                out.append(field == null ? "-" : field.getBytes(StandardCharsets.UTF_8).length + ":" + field)
                        .append(';');
            }
            return out.toString();
        }).single();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(serialised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
