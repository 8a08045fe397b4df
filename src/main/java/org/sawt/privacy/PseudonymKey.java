package org.sawt.privacy;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deployment's pseudonym key: {@code SAWT_PSEUDONYM_KEY} (base64, at least 32 bytes) when the operator set
 * one, so that the database alone cannot link pseudonyms to contacts; otherwise a key generated once and kept in
 * the database, the same for every instance.
 */
@Component
class PseudonymKey {

    private static final Logger log = LoggerFactory.getLogger(PseudonymKey.class);
    private static final int MINIMUM_BYTES = 32;

    private final byte[] bytes;

    PseudonymKey(JdbcClient jdbc, @Value("${sawt.privacy.pseudonym-key:}") String configured) {
        this.bytes = configured.isBlank() ? stored(jdbc) : decode(configured);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    private static byte[] decode(String configured) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SAWT_PSEUDONYM_KEY must be base64, for example the output of "
                    + "`openssl rand -base64 32`.", e);
        }
        if (key.length < MINIMUM_BYTES) {
            throw new IllegalStateException("SAWT_PSEUDONYM_KEY must hold at least " + MINIMUM_BYTES
                    + " bytes (it holds " + key.length + "); generate one with `openssl rand -base64 32`.");
        }
        return key;
    }

    private static byte[] stored(JdbcClient jdbc) {
        byte[] candidate = new byte[MINIMUM_BYTES];
        new SecureRandom().nextBytes(candidate);
        // several instances may start at once: the first insert wins and everyone reads it back
        int inserted = jdbc.sql("""
                insert into deployment_secret (name, value) values ('pseudonym-key', :value)
                on conflict (name) do nothing""").param("value", candidate).update();
        if (inserted == 1) {
            log.warn("No SAWT_PSEUDONYM_KEY set: generated one and stored it in the database. Set SAWT_PSEUDONYM_KEY "
                    + "in production so that a copy of the database alone cannot link pseudonyms to contacts.");
        }
        return jdbc.sql("select value from deployment_secret where name = 'pseudonym-key'")
                .query(byte[].class).single();
    }
}
