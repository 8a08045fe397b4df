package org.sawt.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Conversation state in Redis, one key per channel and address, expiring after the configured TTL. While this
 * thread holds the address lock guarding the key ({@link AddressLocks}), the session is read and changed in memory:
 * the lock read it, and its release writes the change.
 */
@Component
class Sessions {

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final ConversationSettings settings;
    private final AddressLocks locks;

    Sessions(StringRedisTemplate redis, ObjectMapper json, ConversationSettings settings, AddressLocks locks) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
        this.locks = locks;
    }

    Optional<Session> find(String channel, String address) {
        String key = key(channel, address);
        Optional<AddressLocks.Guarded> guarded = locks.guarding(key);
        String value = guarded.isPresent() ? guarded.get().value() : redis.opsForValue().get(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(value, Session.class));
        } catch (JsonProcessingException e) {
            // a session from an incompatible older version: start afresh rather than fail the citizen's reply
            return Optional.empty();
        }
    }

    void save(String channel, String address, Session session) {
        String value;
        try {
            value = json.writeValueAsString(session);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        afterCommit(key(channel, address), value);
    }

    void end(String channel, String address) {
        afterCommit(key(channel, address), null);
    }

    /** The key of an address's session, which {@link ConversationEngine} has its address lock guard. */
    static String key(String channel, String address) {
        return "sawt:conversation:" + channel + ":" + address;
    }

    /**
     * Inside a transaction, changes wait for its commit: a rolled-back answer must not move the session. Sets the
     * session to {@code value}, or ends it when null.
     */
    private void afterCommit(String key, String value) {
        Runnable change = () -> locks.guarding(key).ifPresentOrElse(
                guarded -> guarded.change(value, settings.sessionTtl()),
                () -> write(key, value));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            change.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                change.run();
            }
        });
    }

    private void write(String key, String value) {
        if (value == null) {
            redis.delete(key);
        } else {
            redis.opsForValue().set(key, value, settings.sessionTtl());
        }
    }
}
