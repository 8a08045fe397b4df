package org.sawt.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * One conversation step at a time per participant address, across workers and gateway instances: a Redis lock
 * held from reading the session until it is written back, so two quick replies cannot both answer question 1.
 * A lock may guard one key (the address's session): it is read when the lock is taken and written back when the
 * lock is released, in the same round trips, and in between this thread reads and changes it in memory
 * ({@link #guarding}).
 */
@Component
class AddressLocks {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Takes the lock KEYS[1] for token ARGV[1] and ARGV[2] ms: {} if another holds it, else {1, value of KEYS[2]}. */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ACQUIRE = RedisScript.of("""
            if not redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              return {}
            end
            return {1, KEYS[2] and redis.call('get', KEYS[2])}""", List.class);
    /**
     * Writes the guarded KEYS[2], if given, as ARGV[2] for ARGV[3] ms (no ARGV[2]: deletes it), whoever holds the
     * lock by now, as a session written after commit always was; then releases the lock KEYS[1] if token ARGV[1]
     * still holds it.
     */
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if KEYS[2] then
              if ARGV[2] then
                redis.call('set', KEYS[2], ARGV[2], 'PX', ARGV[3])
              else
                redis.call('del', KEYS[2])
              end
            end
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('del', KEYS[1])
            end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final ThreadLocal<Held> held = new ThreadLocal<>();

    AddressLocks(StringRedisTemplate redis) {
        this.redis = redis;
    }

    <T> T withLock(String channel, String address, Supplier<T> work) {
        return withLock(channel, address, null, work);
    }

    /** Runs the work holding the address lock, which guards {@code guardedKey} (null: no key). */
    <T> T withLock(String channel, String address, String guardedKey, Supplier<T> work) {
        String lock = "sawt:lock:" + channel + ":" + address;
        String token = UUID.randomUUID().toString();
        String value = acquire(lock, token, guardedKey, channel);
        Held lockHeld = new Held(guardedKey == null ? null : new Guarded(guardedKey, value), held.get());
        held.set(lockHeld);
        try {
            return work.get();
        } finally {
            restore(lockHeld.outer());
            release(lock, token, lockHeld.guarded());
        }
    }

    /** The key a lock this thread holds guards, if one does. */
    Optional<Guarded> guarding(String key) {
        for (Held h = held.get(); h != null; h = h.outer()) {
            if (h.guarded() != null && h.guarded().key.equals(key)) {
                return Optional.of(h.guarded());
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the change of a key this thread's lock guards now rather than at the release: for a holder that goes on
     * to further work under the same lock, so that dying in it cannot undo a change whose transaction committed.
     */
    void writeNow(String key) {
        guarding(key).filter(guarded -> guarded.changed).ifPresent(guarded -> {
            if (guarded.value == null) {
                redis.delete(key);
            } else {
                redis.opsForValue().set(key, guarded.value, guarded.ttl);
            }
            guarded.changed = false;
        });
    }

    /** Takes the lock, waiting up to {@link #PATIENCE}; returns the guarded key's value (null: none). */
    private String acquire(String lock, String token, String guardedKey, String channel) {
        List<String> keys = guardedKey == null ? List.of(lock) : List.of(lock, guardedKey);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<?> taken;
        while ((taken = redis.execute(ACQUIRE, keys, token, String.valueOf(LEASE.toMillis()))).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The conversation of " + channel + " address is busy for over "
                        + PATIENCE.toSeconds() + " s");
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return taken.size() > 1 ? (String) taken.get(1) : null;
    }

    private void release(String lock, String token, Guarded guarded) {
        List<String> keys = new ArrayList<>(List.of(lock));
        List<String> args = new ArrayList<>(List.of(token));
        if (guarded != null && guarded.changed) {
            keys.add(guarded.key);
            if (guarded.value != null) {
                args.add(guarded.value);
                args.add(String.valueOf(guarded.ttl.toMillis()));
            }
        }
        redis.execute(RELEASE, keys, args.toArray());
    }

    private void restore(Held outer) {
        if (outer == null) {
            held.remove();
        } else {
            held.set(outer);
        }
    }

    private record Held(Guarded guarded, Held outer) {
    }

    /** A key guarded by a lock this thread holds: its value as read when locking, or as changed since. */
    static final class Guarded {

        private final String key;
        private String value;
        private Duration ttl;
        private boolean changed;

        private Guarded(String key, String value) {
            this.key = key;
            this.value = value;
        }

        /** Null when the key has no value. */
        String value() {
            return value;
        }

        /** Sets the value (null: deletes the key), written to Redis when the lock is released. */
        void change(String newValue, Duration newTtl) {
            value = newValue;
            ttl = newTtl;
            changed = true;
        }
    }
}
