package org.sawt.conversation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * One conversation step at a time per participant address, across workers and gateway instances: a Redis lock
 * held from reading the session until it is written back, so two quick replies cannot both answer question 1.
 */
@Component
class AddressLocks {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;

    AddressLocks(StringRedisTemplate redis) {
        this.redis = redis;
    }

    <T> T withLock(String channel, String address, Supplier<T> work) {
        String key = "sawt:lock:" + channel + ":" + address;
        String token = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, token, LEASE))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The conversation of " + channel + " address is busy for over "
                        + PATIENCE.toSeconds() + " s");
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        try {
            return work.get();
        } finally {
            redis.execute(RELEASE, List.of(key), token);
        }
    }
}
