package org.sawt.contact;

import java.security.SecureRandom;

/** Random pseudonymous contact ids ("p_" + 20 base32 characters, 100 bits); nothing about the person is in them. */
final class PublicIds {

    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicIds() {
    }

    static String next() {
        StringBuilder id = new StringBuilder("p_");
        for (int i = 0; i < LENGTH; i++) {
            id.append(BASE32[RANDOM.nextInt(BASE32.length)]);
        }
        return id.toString();
    }
}
