package org.sawt.secret;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keys of the deployment: the one the operator configured (base64, at least 32 bytes) or, when none is, one
 * generated once and kept in the {@code deployment_secret} table, the same for every instance. A key in the
 * database protects nothing from someone holding a copy of it, so that case is warned about.
 */
@Component
public class DeploymentSecrets {

    private static final Logger log = LoggerFactory.getLogger(DeploymentSecrets.class);
    private static final int MINIMUM_BYTES = 32;

    private final JdbcClient jdbc;

    DeploymentSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The key named {@code name}: {@code configured} decoded when set, else the stored one.
     *
     * @param variable  the environment variable that configures it, named in errors and warnings
     * @param whyConfigure why an operator should set it, completing "Set VARIABLE in production ..."
     */
    public byte[] key(String name, String configured, String variable, String whyConfigure) {
        return configured.isBlank() ? stored(name, variable, whyConfigure) : decode(configured, variable);
    }

    private static byte[] decode(String configured, String variable) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(variable + " must be base64, for example the output of "
                    + "`openssl rand -base64 32`.", e);
        }
        if (key.length < MINIMUM_BYTES) {
            throw new IllegalStateException(variable + " must hold at least " + MINIMUM_BYTES
                    + " bytes (it holds " + key.length + "); generate one with `openssl rand -base64 32`.");
        }
        return key;
    }

    private byte[] stored(String name, String variable, String whyConfigure) {
        byte[] candidate = new byte[MINIMUM_BYTES];
        new SecureRandom().nextBytes(candidate);
        // several instances may start at once: the first insert wins and everyone reads it back
        int inserted = jdbc.sql("""
                insert into deployment_secret (name, value) values (:name, :value)
                on conflict (name) do nothing""").param("name", name).param("value", candidate).update();
        if (inserted == 1) {
            log.warn("No {} set: generated one and stored it in the database. Set {} in production {}.", variable,
                    variable, whyConfigure);
        }
        return jdbc.sql("select value from deployment_secret where name = :name").param("name", name)
                .query(byte[].class).single();
    }
}
