package org.sawt.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals secrets the gateway must keep usable (webhook signing secrets, private keys) before they are stored:
 * AES-256-GCM under a key derived from {@code SAWT_SECRETS_KEY}, or from a key generated once and kept in the
 * database when that is not set. Sealed: a format byte, the 12-byte nonce, then the ciphertext with its tag. The
 * context (say, the row's id) is authenticated too, so a sealed value copied to another row does not open.
 */
@Component
public class SecretsAtRest {

    static final String VARIABLE = "SAWT_SECRETS_KEY";
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** The AES key is not the configured key itself, which an operator might also have used elsewhere. */
    private static final byte[] KEY_LABEL = "sawt secrets at rest: AES-256-GCM, format 1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretsAtRest(DeploymentSecrets secrets, @Value("${sawt.secrets.key:}") String configured) {
        this.key = derive(secrets.key("secrets-key", configured, VARIABLE,
                "so that a copy of the database alone does not give away webhook secrets"));
    }

    public byte[] seal(byte[] plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, context, plain, 0, plain.length);
        byte[] stored = new byte[1 + NONCE_BYTES + sealed.length];
        stored[0] = FORMAT;
        System.arraycopy(nonce, 0, stored, 1, NONCE_BYTES);
        System.arraycopy(sealed, 0, stored, 1 + NONCE_BYTES, sealed.length);
        return stored;
    }

    /** The secret {@link #seal} sealed with this context; fails when the key or context differ or it was altered. */
    public byte[] open(byte[] stored, String context) {
        if (stored.length <= 1 + NONCE_BYTES || stored[0] != FORMAT) {
            throw new IllegalStateException("A stored secret (" + context + ") is not in the sealed format");
        }
        return cipher(Cipher.DECRYPT_MODE, Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES), context, stored,
                1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
    }

    private byte[] cipher(int mode, byte[] nonce, String context, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, length);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("A stored secret (" + context + ") does not open with this deployment's "
                    + "key: " + VARIABLE + " differs from the key it was sealed with, or the value was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private static SecretKeySpec derive(byte[] deploymentKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(deploymentKey, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(KEY_LABEL), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
