package org.kitabruecke.staff.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.staff.PasswordRules;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt for staff passwords of any length and script. The password is first brought into NFKC (the same password
 * from another keyboard is the same); BCrypt reads at most 72 bytes (Spring refuses more), so a longer one is
 * hashed with SHA-256 first and BCrypt sees that digest — every character still counts. Passwords up to 72 bytes
 * are BCrypt-hashed as they are, so the hashes made before stay valid. An account without a password (an empty
 * hash: made by an admin, its link not yet used) matches nothing.
 */
final class StaffPasswordEncoder implements PasswordEncoder {

    private static final int BCRYPT_MAX_BYTES = 72;

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    public String encode(@Nullable CharSequence raw) {
        return bcrypt.encode(prepared(raw));
    }

    @Override
    public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return false;
        }
        return bcrypt.matches(prepared(raw), encoded);
    }

    static String prepared(@Nullable CharSequence raw) {
        String normalized = PasswordRules.normalized(raw == null ? "" : raw.toString());
        byte[] bytes = normalized.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= BCRYPT_MAX_BYTES) {
            return normalized;
        }
        try {
            return "sha256:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
