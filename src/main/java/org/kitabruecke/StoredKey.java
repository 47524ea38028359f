package org.kitabruecke;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A limit's key (a connection, a typed reference code) as a limit table stores it: as it is when it is short
 * printable ASCII, else as "#" and its SHA-256, so that whatever a client types fits the column and is still one key.
 */
public final class StoredKey {

    private StoredKey() {
    }

    public static String of(String key, int maxLength) {
        if (key.length() <= maxLength && key.chars().allMatch(c -> c > 0x20 && c < 0x7f) && !key.startsWith("#")) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
