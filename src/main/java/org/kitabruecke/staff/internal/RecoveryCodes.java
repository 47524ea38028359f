package org.kitabruecke.staff.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Recovery codes: ten characters of the base32 alphabet (50 random bits), shown as {@code ABCDE-FGHIJ}. Stored as
 * SHA-256 only; with that much chance in each code, a slow hash would add nothing. Read leniently: any case, with or
 * without the dash and spaces, 0/1/8 taken for O/I/B.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final int LENGTH = 10;

    private RecoveryCodes() {
    }

    public static String random(SecureRandom random) {
        var code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(Base32.ALPHABET.charAt(random.nextInt(32)));
        }
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** The hash of a typed recovery code; empty if it cannot be one. */
    public static Optional<String> hashOf(String typed) {
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "")
                .replace('0', 'O').replace('1', 'I').replace('8', 'B');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> Base32.ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.US_ASCII))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
