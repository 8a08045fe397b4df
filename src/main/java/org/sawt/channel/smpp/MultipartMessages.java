package org.sawt.channel.smpp;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Holds the parts of long incoming messages until all have arrived. The parts live in Redis, keyed by sender,
 * reference and part count, because an SMSC spreads deliver_sm over all binds of a system id and each gateway
 * instance holds its own bind: parts of one message can reach different instances. Adding the last part and
 * taking all of them is one Lua script, so exactly one instance completes the message. Parts of a message that
 * never completes expire after {@code sawt.channels.smpp.multipart-timeout}.
 */
@Component
class MultipartMessages {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ADD_PART = new DefaultRedisScript<>("""
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            if redis.call('HLEN', KEYS[1]) < tonumber(ARGV[4]) then
              return nil
            end
            local parts = redis.call('HGETALL', KEYS[1])
            redis.call('DEL', KEYS[1])
            return parts""", List.class);

    private final StringRedisTemplate redis;
    private final SmppSettings settings;

    MultipartMessages(StringRedisTemplate redis, SmppSettings settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** Stores one part; returns the whole message's bytes in part order once this was the last one missing. */
    Optional<byte[]> add(String source, ShortMessagePart part) {
        ShortMessagePart.Concatenation concatenation = part.concatenation();
        String key = "sawt:smpp:multipart:" + source + ":" + concatenation.reference() + ":" + concatenation.total();
        List<?> fieldsAndValues = redis.execute(ADD_PART, List.of(key), String.valueOf(concatenation.sequence()),
                Base64.getEncoder().encodeToString(part.payload()),
                String.valueOf(settings.multipartTimeout().toMillis()), String.valueOf(concatenation.total()));
        if (fieldsAndValues == null || fieldsAndValues.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<Integer, byte[]> partsInOrder = new TreeMap<>();
        for (int i = 0; i + 1 < fieldsAndValues.size(); i += 2) {
            partsInOrder.put(Integer.valueOf(fieldsAndValues.get(i).toString()),
                    Base64.getDecoder().decode(fieldsAndValues.get(i + 1).toString()));
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        partsInOrder.values().forEach(message::writeBytes);
        return Optional.of(message.toByteArray());
    }
}
