package org.sawt.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sawt.audit.AuditLog;
import org.sawt.shared.Caller;
import org.sawt.shared.ConflictException;
import org.sawt.shared.FieldErrors;
import org.sawt.shared.NotFoundException;
import org.sawt.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agencies (tenants) and the API keys issued to them. */
@Service
public class Agencies {

    private final JdbcClient jdbc;
    private final ApiKeys apiKeys;
    private final AuditLog audit;

    Agencies(JdbcClient jdbc, ApiKeys apiKeys, AuditLog audit) {
        this.jdbc = jdbc;
        this.apiKeys = apiKeys;
        this.audit = audit;
    }

    /** Creates an agency; only a platform admin may. */
    @Transactional
    public Agency create(Caller caller, String name) {
        caller.requirePlatformAdmin();
        FieldErrors errors = new FieldErrors();
        errors.check(name != null && !name.isBlank(), "name", "is required");
        errors.throwIfAny();
        String trimmed = name.trim();
        if (findByName(trimmed).isPresent()) {
            throw new ConflictException("An agency named '" + trimmed + "' already exists.");
        }
        Agency agency = insert(trimmed);
        audit.record(caller, agency.id(), "agency.created", "agency", agency.id(), Map.of("name", trimmed));
        return agency;
    }

    /** Issues an agency-admin key for the agency; the plain key is returned once. */
    @Transactional
    public IssuedKey issueKey(Caller caller, UUID agencyId, String label) {
        caller.requirePlatformAdmin();
        get(agencyId);
        IssuedKey key = apiKeys.issue(agencyId, Role.AGENCY_ADMIN, label);
        audit.record(caller, agencyId, "api-key.issued", "api-key", key.id(),
                Map.of("role", Role.AGENCY_ADMIN.name(), "label", label == null ? "" : label));
        return key;
    }

    /** Revokes any API key at once (platform admin): a leaked key stops working on every instance. */
    @Transactional
    public void revokeKey(Caller caller, UUID keyId) {
        caller.requirePlatformAdmin();
        ApiKeys.Revoked revoked = apiKeys.revoke(keyId).orElseThrow(() -> new NotFoundException("Active API key", keyId));
        audit.record(caller, revoked.agencyId(), "api-key.revoked", "api-key", keyId, Map.of());
    }

    public Agency get(UUID id) {
        return jdbc.sql("select id, name, created_at from agency where id = :id").param("id", id)
                .query(Agency.class).optional()
                .orElseThrow(() -> new NotFoundException("Agency", id));
    }

    public Optional<Agency> findByName(String name) {
        return jdbc.sql("select id, name, created_at from agency where name = :name").param("name", name)
                .query(Agency.class).optional();
    }

    public List<Agency> list(Caller caller) {
        if (caller.isPlatformAdmin()) {
            return jdbc.sql("select id, name, created_at from agency order by created_at").query(Agency.class).list();
        }
        return List.of(get(caller.agencyId()));
    }

    /** Creates the agency without an acting caller (demo data, provisioning scripts). */
    @Transactional
    public Agency provision(String name) {
        Agency agency = insert(name);
        audit.record("system", agency.id(), "agency.created", "agency", agency.id(), Map.of("name", name));
        return agency;
    }

    private Agency insert(String name) {
        Agency agency = new Agency(UUID.randomUUID(), name, Instant.now());
        jdbc.sql("insert into agency (id, name, created_at) values (:id, :name, :at)")
                .param("id", agency.id()).param("name", name).param("at", java.sql.Timestamp.from(agency.createdAt()))
                .update();
        return agency;
    }

    /** A tenant: a ministry, municipality or public body running engagements. */
    public record Agency(UUID id, String name, Instant createdAt) {
    }
}
