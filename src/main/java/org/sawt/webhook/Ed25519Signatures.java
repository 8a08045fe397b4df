package org.sawt.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Standard Webhooks asymmetric signatures ({@code v1a}): ed25519 over {@code id.timestamp.body}, for portals that
 * should hold only a public key, shown as {@code whpk_} and the base64 of its 32 raw bytes. The private key never
 * leaves the gateway, so its {@code whsk_} form is never shown.
 */
final class Ed25519Signatures {

    static final String PUBLIC_KEY_PREFIX = "whpk_";
    private static final int RAW_KEY_BYTES = 32;

    private Ed25519Signatures() {
    }

    /** A new key pair: the private key as PKCS#8 (stored), the public key raw (shown). */
    static KeyBytes newKeyPair() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] x509 = pair.getPublic().getEncoded(); // SubjectPublicKeyInfo: a fixed header, then the raw key
            return new KeyBytes(pair.getPrivate().getEncoded(),
                    Arrays.copyOfRange(x509, x509.length - RAW_KEY_BYTES, x509.length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    static String showPublicKey(byte[] raw) {
        return PUBLIC_KEY_PREFIX + Base64.getEncoder().encodeToString(raw);
    }

    /** The {@code v1a,} signature of one attempt. */
    static String sign(byte[] privatePkcs8, String id, long timestamp, String body) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(privatePkcs8)));
            signature.update((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1a," + Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored ed25519 key cannot sign", e);
        }
    }

    /** A key pair as stored and as shown. */
    record KeyBytes(byte[] privatePkcs8, byte[] publicRaw) {
    }
}
