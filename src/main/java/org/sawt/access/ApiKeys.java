package org.sawt.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.sawt.shared.Caller;
import org.sawt.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API keys, stored as SHA-256 hashes. Keys carry 256 random bits, so a fast hash is enough: there is
 * nothing to brute-force that a slow hash would protect.
 */
@Repository
class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a key and returns its one-time plain value with its id. */
    IssuedKey issue(UUID agencyId, Role role, String label) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "sawt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        insert(id, agencyId, role, key, label);
        return new IssuedKey(id, key);
    }

    /** Makes sure a platform-admin key with this exact value exists (idempotent across instances). */
    void ensurePlatformAdminKey(String key) {
        jdbc.sql("""
                insert into api_key (id, agency_id, role, key_hash, key_prefix, label)
                values (:id, null, 'PLATFORM_ADMIN', :hash, :prefix, 'bootstrap')
                on conflict (key_hash) do nothing""")
                .param("id", UUID.randomUUID())
                .param("hash", hash(key))
                .param("prefix", prefix(key))
                .update();
    }

    /** Revokes a key; empty if no such active key exists. */
    Optional<Revoked> revoke(UUID id) {
        return jdbc.sql("update api_key set revoked_at = now() where id = :id and revoked_at is null returning agency_id")
                .param("id", id)
                .query((rs, n) -> new Revoked(rs.getObject("agency_id", UUID.class)))
                .optional();
    }

    /** A key that was just revoked, and the agency it belonged to (null for a platform key). */
    record Revoked(UUID agencyId) {
    }

    /** The caller holding this key, if the key exists and is not revoked. */
    Optional<Caller> authenticate(String key) {
        return jdbc.sql("select id, agency_id, role from api_key where key_hash = :hash and revoked_at is null")
                .param("hash", hash(key))
                .query((rs, n) -> new Caller(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                        Role.valueOf(rs.getString("role"))))
                .optional();
    }

    private void insert(UUID id, UUID agencyId, Role role, String key, String label) {
        jdbc.sql("""
                insert into api_key (id, agency_id, role, key_hash, key_prefix, label)
                values (:id, :agencyId, :role, :hash, :prefix, :label)""")
                .param("id", id)
                .param("agencyId", agencyId)
                .param("role", role.name())
                .param("hash", hash(key))
                .param("prefix", prefix(key))
                .param("label", label)
                .update();
    }

    private static String prefix(String key) {
        return key.substring(0, Math.min(9, key.length()));
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
