package org.sawt.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.sawt.shared.Language;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Menu state in Redis: the live session per provider session id (short TTL), the point to resume an unfinished
 * questionnaire from per channel and address (the resume window), and the language a phone chose (long).
 */
@Component
class MenuSessions {

    /** Where a dropped questionnaire goes on: the next question to ask (the size of the list: all answered). */
    record ResumePoint(UUID contactId, UUID engagementId, int questionIndex) {
    }

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final MenuSettings settings;

    MenuSessions(StringRedisTemplate redis, ObjectMapper json, MenuSettings settings) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
    }

    Optional<MenuSession> find(String channel, String sessionId) {
        return read(sessionKey(channel, sessionId), MenuSession.class);
    }

    void save(String channel, String sessionId, MenuSession session) {
        write(sessionKey(channel, sessionId), session, settings.sessionTtl());
    }

    void end(String channel, String sessionId) {
        redis.delete(sessionKey(channel, sessionId));
    }

    Optional<ResumePoint> resumePoint(String channel, String address) {
        return read(resumeKey(channel, address), ResumePoint.class);
    }

    void keepResumePoint(String channel, String address, ResumePoint point) {
        write(resumeKey(channel, address), point, settings.resumeWindow());
    }

    void forgetResumePoint(String channel, String address) {
        redis.delete(resumeKey(channel, address));
    }

    /** The language this phone chose on any menu channel before. */
    Optional<Language> language(String address) {
        return Optional.ofNullable(redis.opsForValue().get(languageKey(address))).flatMap(Language::fromCode);
    }

    void rememberLanguage(String address, Language language) {
        redis.opsForValue().set(languageKey(address), language.code(), settings.languageMemory());
    }

    private <T> Optional<T> read(String key, Class<T> type) {
        String value = redis.opsForValue().get(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(value, type));
        } catch (JsonProcessingException e) {
            // written by an incompatible older version: start afresh rather than fail the caller
            return Optional.empty();
        }
    }

    private void write(String key, Object value, Duration ttl) {
        try {
            redis.opsForValue().set(key, json.writeValueAsString(value), ttl);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sessionKey(String channel, String sessionId) {
        return "sawt:menu:session:" + channel + ":" + sessionId;
    }

    private static String resumeKey(String channel, String address) {
        return "sawt:menu:resume:" + channel + ":" + address;
    }

    private static String languageKey(String address) {
        return "sawt:menu:language:" + address;
    }
}
