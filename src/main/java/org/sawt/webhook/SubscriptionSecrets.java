package org.sawt.webhook;

import java.util.List;
import java.util.UUID;
import org.sawt.secret.SecretsAtRest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subscription's secrets as stored: sealed under the deployment's secrets key, bound to the subscription's id.
 * Rows from before sealing ({@code secrets_sealed} false) are read as they are and sealed at startup, or when their
 * secret is rotated, whichever comes first.
 */
@Component
class SubscriptionSecrets {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionSecrets.class);

    private final JdbcClient jdbc;
    private final SecretsAtRest secrets;

    SubscriptionSecrets(JdbcClient jdbc, SecretsAtRest secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** The secret as stored; null stays null. */
    byte[] seal(UUID subscriptionId, byte[] plain) {
        return plain == null ? null : secrets.seal(plain, context(subscriptionId));
    }

    /** The secret of a stored value; {@code sealed} is the row's {@code secrets_sealed}. */
    byte[] open(UUID subscriptionId, byte[] stored, boolean sealed) {
        return stored == null || !sealed ? stored : secrets.open(stored, context(subscriptionId));
    }

    /** Seals every row written before secrets were sealed; instances starting together each take other rows. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void sealPlainRows() {
        List<UUID> plain = jdbc.sql("select id from webhook_subscription where not secrets_sealed for update skip locked")
                .query(UUID.class).list();
        plain.forEach(this::sealRow);
        if (!plain.isEmpty()) {
            log.info("Sealed the secrets of {} webhook subscriptions stored in plain text", plain.size());
        }
    }

    /** Seals the row's secrets if they are still plain text; runs in the caller's transaction. */
    void sealRow(UUID id) {
        jdbc.sql("select secret, previous_secret, signing_key from webhook_subscription"
                        + " where id = :id and not secrets_sealed for update")
                .param("id", id)
                .query((rs, n) -> new Plain(rs.getBytes("secret"), rs.getBytes("previous_secret"),
                        rs.getBytes("signing_key")))
                .optional()
                .ifPresent(plain -> jdbc.sql("""
                        update webhook_subscription set secret = :secret, previous_secret = :previous,
                               signing_key = :signingKey, secrets_sealed = true
                         where id = :id""")
                        .param("id", id).param("secret", seal(id, plain.secret()))
                        .param("previous", seal(id, plain.previousSecret()))
                        .param("signingKey", seal(id, plain.signingKey()))
                        .update());
    }

    private static String context(UUID subscriptionId) {
        return "webhook_subscription " + subscriptionId;
    }

    private record Plain(byte[] secret, byte[] previousSecret, byte[] signingKey) {
    }
}
