package org.sawt.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sawt.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The address lock, and the key it guards: read with the lock, written with its release. */
class AddressLocksTest extends GatewayTest {

    @Autowired
    AddressLocks locks;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void theGuardedKeyIsReadWithTheLockAndItsChangeWrittenWithTheRelease() {
        String address = UUID.randomUUID().toString();
        String key = "test:guarded:" + address;
        redis.opsForValue().set(key, "before");

        locks.withLock("test", address, key, () -> {
            assertThat(locks.guarding(key)).get().extracting(AddressLocks.Guarded::value).isEqualTo("before");
            locks.guarding(key).get().change("after", Duration.ofMinutes(5));
            assertThat(locks.guarding(key).get().value()).isEqualTo("after");
            assertThat(redis.opsForValue().get(key)).as("not written before the release").isEqualTo("before");
            assertThat(locks.guarding("test:guarded:other")).isEmpty();
            return null;
        });

        assertThat(redis.opsForValue().get(key)).isEqualTo("after");
        assertThat(redis.getExpire(key, TimeUnit.SECONDS)).isBetween(290L, 300L);
        assertThat(redis.hasKey("sawt:lock:test:" + address)).isFalse();
        assertThat(locks.guarding(key)).as("only while the lock is held").isEmpty();
    }

    @Test
    void aGuardedKeyChangedToNothingIsDeletedAndOneLeftUnchangedIsNotWritten() {
        String address = UUID.randomUUID().toString();
        String deleted = "test:guarded:" + address;
        redis.opsForValue().set(deleted, "session");
        locks.withLock("test", address, deleted, () -> {
            locks.guarding(deleted).get().change(null, null);
            return null;
        });
        assertThat(redis.hasKey(deleted)).isFalse();

        String untouched = "test:guarded:" + UUID.randomUUID();
        locks.withLock("test", address, untouched, () -> {
            assertThat(locks.guarding(untouched).get().value()).isNull();
            redis.opsForValue().set(untouched, "written meanwhile by someone else");
            return null;
        });
        assertThat(redis.opsForValue().get(untouched)).isEqualTo("written meanwhile by someone else");
    }

    @Test
    void aChangeWrittenNowIsInRedisWhileTheLockIsStillHeldAndNotWrittenAgainByTheRelease() {
        String address = UUID.randomUUID().toString();
        String key = "test:guarded:" + address;
        redis.opsForValue().set(key, "step 0");

        locks.withLock("test", address, key, () -> {
            locks.writeNow(key);
            assertThat(redis.opsForValue().get(key)).as("nothing changed: nothing written").isEqualTo("step 0");
            locks.guarding(key).get().change("step 1", Duration.ofMinutes(5));
            locks.writeNow(key);
            assertThat(redis.opsForValue().get(key)).as("before the release").isEqualTo("step 1");
            assertThat(redis.getExpire(key, TimeUnit.SECONDS)).isBetween(290L, 300L);
            assertThat(redis.hasKey("sawt:lock:test:" + address)).as("still held").isTrue();
            redis.opsForValue().set(key, "written meanwhile by someone else");
            return null;
        });

        assertThat(redis.opsForValue().get(key)).as("the release has no change left to write")
                .isEqualTo("written meanwhile by someone else");

        locks.withLock("test", address, key, () -> {
            locks.guarding(key).get().change(null, null);
            locks.writeNow(key);
            assertThat(redis.hasKey(key)).as("ended: deleted at once").isFalse();
            return null;
        });
    }

    @Test
    void aSecondHolderWaitsForTheReleaseAndReadsWhatTheFirstWrote() throws Exception {
        String address = UUID.randomUUID().toString();
        String key = "test:guarded:" + address;
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> locks.withLock("test", address, key, () -> {
            held.countDown();
            await(letGo);
            locks.guarding(key).get().change("first", Duration.ofMinutes(1));
            return null;
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> locks.withLock("test", address, key,
                () -> locks.guarding(key).get().value()));
        Thread.sleep(200);
        assertThat(second).as("waits while the first holds the lock").isNotDone();
        letGo.countDown();

        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        first.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aLockTakenOverAfterItsLeaseIsNotReleasedByTheFormerHolder() {
        String address = UUID.randomUUID().toString();
        String lock = "sawt:lock:test:" + address;
        String key = "test:guarded:" + address;

        locks.withLock("test", address, key, () -> {
            redis.opsForValue().set(lock, "another holder, after this one's lease ran out");
            locks.guarding(key).get().change("written anyway", Duration.ofMinutes(1));
            return null;
        });

        assertThat(redis.opsForValue().get(lock)).isEqualTo("another holder, after this one's lease ran out");
        assertThat(redis.opsForValue().get(key)).as("as a session written after commit always was")
                .isEqualTo("written anyway");
        redis.delete(lock);
    }

    @Test
    void anUnguardedLockTakenInsideAGuardingOneLeavesItsKeyGuarded() {
        String address = UUID.randomUUID().toString();
        String key = "test:guarded:" + address;
        String outer = locks.withLock("test", address, key, () -> locks.withLock("test", "menu-" + address, () -> {
            locks.guarding(key).get().change("from the inner lock", Duration.ofMinutes(1));
            return locks.guarding(key).get().value();
        }));
        assertThat(outer).isEqualTo("from the inner lock");
        assertThat(redis.opsForValue().get(key)).isEqualTo("from the inner lock");
        assertThat(redis.hasKey("sawt:lock:test:menu-" + address)).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
