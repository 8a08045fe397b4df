package org.sawt.channel.email;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reply tokens: who was invited to what, sealed so that a reply can be matched without showing any id.
 *
 * <p>A token is base32 (lower case, so mail servers that fold the case of addresses keep it intact) of a
 * 4-byte HMAC-SHA256 tag followed by the contact and engagement ids encrypted with AES-CTR, the tag serving as the
 * counter's start (a deterministic, SIV-like construction). 36 bytes make 58 characters, so {@code sawt+<token>}
 * stays within the 64-character limit on the local part of an address. The tag is short on purpose; a forger
 * must also hit ids that exist and belong together, and every guess costs them an email.
 */
final class EmailTokens {

    static final int LENGTH = 58;

    private static final int TAG_BYTES = 4;
    private static final int IDS_BYTES = 32;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec macKey;

    /** What a valid token says. */
    record Claims(UUID contactId, UUID engagementId) {
    }

    EmailTokens(String secret) {
        if (secret == null || secret.length() < EmailSettings.MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("The token secret must have at least "
                    + EmailSettings.MIN_SECRET_LENGTH + " characters");
        }
        byte[] master = secret.getBytes(StandardCharsets.UTF_8);
        this.encryptionKey = new SecretKeySpec(Arrays.copyOf(hmac(master, "sawt email token encryption"), 16), "AES");
        this.macKey = new SecretKeySpec(hmac(master, "sawt email token authentication"), "HmacSHA256");
    }

    /** The token for this participant and engagement; the same pair always gives the same token. */
    String issue(UUID contactId, UUID engagementId) {
        byte[] ids = ByteBuffer.allocate(IDS_BYTES)
                .putLong(contactId.getMostSignificantBits()).putLong(contactId.getLeastSignificantBits())
                .putLong(engagementId.getMostSignificantBits()).putLong(engagementId.getLeastSignificantBits())
                .array();
        byte[] tag = tag(ids);
        byte[] sealed = ByteBuffer.allocate(TAG_BYTES + IDS_BYTES).put(tag).put(ctr(tag, ids)).array();
        return base32(sealed);
    }

    /** The ids in a token, or empty when it is malformed, altered or sealed with another secret. */
    Optional<Claims> verify(String token) {
        byte[] sealed = token == null || token.length() != LENGTH ? null : unbase32(token.toLowerCase(Locale.ROOT));
        if (sealed == null) {
            return Optional.empty();
        }
        byte[] tag = Arrays.copyOf(sealed, TAG_BYTES);
        byte[] ids = ctr(tag, Arrays.copyOfRange(sealed, TAG_BYTES, sealed.length));
        if (!MessageDigest.isEqual(tag, tag(ids))) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(ids);
        return Optional.of(new Claims(new UUID(buffer.getLong(), buffer.getLong()),
                new UUID(buffer.getLong(), buffer.getLong())));
    }

    private byte[] tag(byte[] ids) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return Arrays.copyOf(mac.doFinal(ids), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] ctr(byte[] tag, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new IvParameterSpec(Arrays.copyOf(tag, 16)));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** The bytes of a 58-character token, or null when a character or the unused last bits are not valid. */
    private static byte[] unbase32(String text) {
        ByteBuffer out = ByteBuffer.allocate(TAG_BYTES + IDS_BYTES);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = ALPHABET.indexOf(text.charAt(i));
            if (value < 0) {
                return null;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8 && out.hasRemaining()) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        boolean cleanPadding = (buffer & ((1 << bits) - 1)) == 0;
        return cleanPadding ? out.array() : null;
    }
}
