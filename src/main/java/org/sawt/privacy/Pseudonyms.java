package org.sawt.privacy;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sawt.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The participant id the portal, exports and events see: HMAC-SHA256 under the deployment's key of the
 * engagement's random salt and the contact. The same person gets a different id in every engagement, so answers
 * cannot be linked across engagements, and without the key (kept out of the database when configured) a list of
 * contacts cannot be matched to the ids.
 */
@Component
public class Pseudonyms {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final int ID_BYTES = 16;

    private final JdbcClient jdbc;
    private final SecretKeySpec key;
    private final Map<UUID, byte[]> salts = new ConcurrentHashMap<>();
    private final ThreadLocal<Mac> macs;

    Pseudonyms(JdbcClient jdbc, PseudonymKey key) {
        this.jdbc = jdbc;
        this.key = new SecretKeySpec(key.bytes(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The participant's id in this engagement: "p_" and 22 URL-safe characters, stable for the deployment's key. */
    public String participant(UUID engagementId, UUID contactId) {
        Mac mac = macs.get();
        mac.update(salt(engagementId));
        mac.update(ByteBuffer.allocate(16).putLong(contactId.getMostSignificantBits())
                .putLong(contactId.getLeastSignificantBits()).array());
        byte[] digest = mac.doFinal();
        return "p_" + ENCODER.encodeToString(Arrays.copyOf(digest, ID_BYTES));
    }

    private byte[] salt(UUID engagementId) {
        // a salt never changes once the engagement exists
        return salts.computeIfAbsent(engagementId, id -> jdbc
                .sql("select pseudonym_salt from engagement where id = :id").param("id", id)
                .query(byte[].class).optional()
                .orElseThrow(() -> new NotFoundException("Engagement", id)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
