package org.sawt.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawt.GatewayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Sessions change only when their transaction commits; under the address lock, in memory until its release. */
class SessionsTest extends GatewayTest {

    @Autowired
    Sessions sessions;

    @Autowired
    AddressLocks locks;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void underTheAddressLockASessionIsReadAsCommittedAndWrittenWithTheRelease() {
        String address = uniquePhone();
        Session started = Session.start(UUID.randomUUID(), UUID.randomUUID());
        sessions.save("simulator", address, started);

        locks.withLock("simulator", address, Sessions.key("simulator", address), () -> {
            assertThat(sessions.find("simulator", address)).contains(started);
            transactions.executeWithoutResult(tx -> {
                sessions.save("simulator", address, started.next());
                tx.setRollbackOnly();
            });
            assertThat(sessions.find("simulator", address)).as("rolled back").contains(started);
            transactions.executeWithoutResult(tx -> sessions.save("simulator", address, started.next()));
            assertThat(sessions.find("simulator", address)).contains(started.next());
            assertThat(stored(address)).as("written with the release").contains("\"questionIndex\":0");
            transactions.executeWithoutResult(tx -> sessions.end("simulator", address));
            assertThat(sessions.find("simulator", address)).isEmpty();
            return null;
        });

        assertThat(stored(address)).isNull();
    }

    @Test
    void withoutTheAddressLockASessionIsWrittenWhenItsTransactionCommits() {
        String address = uniquePhone();
        Session started = Session.start(UUID.randomUUID(), UUID.randomUUID());

        transactions.executeWithoutResult(tx -> {
            sessions.save("simulator", address, started);
            assertThat(stored(address)).as("not before the commit").isNull();
        });
        assertThat(sessions.find("simulator", address)).contains(started);

        locks.withLock("simulator", address, () -> {
            sessions.end("simulator", address); // a lock guarding nothing (a menu session's) defers nothing
            assertThat(stored(address)).isNull();
            return null;
        });
    }

    private String stored(String address) {
        return redis.opsForValue().get(Sessions.key("simulator", address));
    }
}
