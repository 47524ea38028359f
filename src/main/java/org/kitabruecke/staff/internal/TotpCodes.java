package org.kitabruecke.staff.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * TOTP codes as every authenticator app makes them (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps). A code is
 * accepted for the step of now and the one before and after (a phone's clock may be half a minute off), but only
 * for a step later than the last one used: a code seen over someone's shoulder cannot be used again.
 */
public final class TotpCodes {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    private TotpCodes() {
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    /** The code of one time step, as the app shows it (six digits, leading zeros kept). */
    public static String code(byte[] secret, long step) {
        try {
            int code = TOTP.generateOneTimePassword(new SecretKeySpec(secret, "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP.toSeconds()));
            String digits = Integer.toString(code);
            return "0".repeat(DIGITS - digits.length()) + digits;
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC-SHA-1 key of any length is valid", e);
        }
    }

    /** The step (now, one before or one after, later than {@code lastUsed}) whose code was typed. */
    public static OptionalLong matchingStep(byte[] secret, String digits, Instant now, long lastUsed) {
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsed && MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * The typed code as six ASCII digits: spaces and dashes dropped, any script's digits (Arabic-Indic, Persian, ...)
     * read as 0-9; empty if anything else was typed or not six digits.
     */
    public static Optional<String> digits(String typed) {
        var digits = new StringBuilder();
        for (int i = 0; i < typed.length(); ) {
            int c = typed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                digits.append(Character.digit(c, 10));
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-') {
                return Optional.empty();
            }
        }
        return digits.length() == DIGITS ? Optional.of(digits.toString()) : Optional.empty();
    }
}
