package org.sawt.idempotency;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored outcome of each (API key, Idempotency-Key). The first request inserts a row without a status and so
 * holds the key; the primary key makes exactly one of several concurrent first requests, on any instance, win.
 */
@Component
class IdempotencyKeys {

    private static final int PURGE_BATCH = 100;

    private final JdbcClient jdbc;
    private final IdempotencySettings settings;

    IdempotencyKeys(JdbcClient jdbc, IdempotencySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** What to do with a request carrying this key and fingerprint. */
    sealed interface Claim {
    }

    /** The caller holds the key now: handle the request, then {@link #complete} or {@link #release}. */
    record Run() implements Claim {
    }

    /** The first request is still being handled. */
    record InProgress() implements Claim {
    }

    /** The key was used for a different request. */
    record Mismatch() implements Claim {
    }

    /** The first request's answer, to be given again. */
    record Replay(int status, String contentType, String location, byte[] body) implements Claim {
    }

    Claim claim(UUID apiKeyId, String key, String fingerprint) {
        jdbc.sql("delete from idempotency_key where api_key_id = :apiKey and idempotency_key = :key and expires_at < now()")
                .param("apiKey", apiKeyId).param("key", key).update();
        int inserted = jdbc.sql("""
                insert into idempotency_key (api_key_id, idempotency_key, fingerprint, locked_until, expires_at)
                values (:apiKey, :key, :fingerprint, now() + cast(:lock as interval), now() + cast(:ttl as interval))
                on conflict do nothing""")
                .param("apiKey", apiKeyId).param("key", key).param("fingerprint", fingerprint)
                .param("lock", seconds(settings.lockTimeout())).param("ttl", seconds(settings.ttl()))
                .update();
        if (inserted == 1) {
            purgeExpired();
            return new Run();
        }
        Optional<Stored> stored = jdbc.sql("""
                select fingerprint, status, content_type, location, body, locked_until < now() as abandoned
                  from idempotency_key where api_key_id = :apiKey and idempotency_key = :key""")
                .param("apiKey", apiKeyId).param("key", key)
                .query((rs, n) -> new Stored(rs.getString("fingerprint"), (Integer) rs.getObject("status"),
                        rs.getString("content_type"), rs.getString("location"), rs.getBytes("body"),
                        rs.getBoolean("abandoned")))
                .optional();
        if (stored.isEmpty()) {
            return claim(apiKeyId, key, fingerprint); // released by a failed first request just now
        }
        Stored first = stored.get();
        if (!first.fingerprint().equals(fingerprint)) {
            return new Mismatch();
        }
        if (first.status() != null) {
            return new Replay(first.status(), first.contentType(), first.location(), first.body());
        }
        return first.abandoned() && takeOver(apiKeyId, key) ? new Run() : new InProgress();
    }

    /** Keeps the first request's answer for retries. */
    void complete(UUID apiKeyId, String key, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                update idempotency_key set status = :status, content_type = :contentType, location = :location,
                       body = :body where api_key_id = :apiKey and idempotency_key = :key""")
                .param("status", status).param("contentType", contentType).param("location", location)
                .param("body", body).param("apiKey", apiKeyId).param("key", key)
                .update();
    }

    /** Forgets the key: the request failed on the server's side, so a retry should run it again. */
    void release(UUID apiKeyId, String key) {
        jdbc.sql("delete from idempotency_key where api_key_id = :apiKey and idempotency_key = :key and status is null")
                .param("apiKey", apiKeyId).param("key", key).update();
    }

    /** A request whose instance stopped before it finished left the key held: the retry takes it over. */
    private boolean takeOver(UUID apiKeyId, String key) {
        return jdbc.sql("""
                update idempotency_key set locked_until = now() + cast(:lock as interval)
                 where api_key_id = :apiKey and idempotency_key = :key and status is null and locked_until < now()""")
                .param("lock", seconds(settings.lockTimeout())).param("apiKey", apiKeyId).param("key", key)
                .update() == 1;
    }

    /** Expired keys are removed a few at a time as new ones arrive, so the table stays small without a timer. */
    private void purgeExpired() {
        jdbc.sql("""
                delete from idempotency_key where ctid in (
                    select ctid from idempotency_key where expires_at < now() limit :batch)""")
                .param("batch", PURGE_BATCH).update();
    }

    private static String seconds(java.time.Duration duration) {
        return duration.toSeconds() + " seconds";
    }

    private record Stored(String fingerprint, Integer status, String contentType, String location, byte[] body,
            boolean abandoned) {
    }
}
