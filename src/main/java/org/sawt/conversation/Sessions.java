package org.sawt.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Conversation state in Redis, one key per channel and address, expiring after the configured TTL. */
@Component
class Sessions {

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final ConversationSettings settings;

    Sessions(StringRedisTemplate redis, ObjectMapper json, ConversationSettings settings) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
    }

    Optional<Session> find(String channel, String address) {
        String value = redis.opsForValue().get(key(channel, address));
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
        afterCommit(() -> redis.opsForValue().set(key(channel, address), value, settings.sessionTtl()));
    }

    void end(String channel, String address) {
        afterCommit(() -> redis.delete(key(channel, address)));
    }

    /** Inside a transaction, changes wait for its commit: a rolled-back answer must not move the session. */
    private static void afterCommit(Runnable change) {
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

    private static String key(String channel, String address) {
        return "sawt:conversation:" + channel + ":" + address;
    }
}
