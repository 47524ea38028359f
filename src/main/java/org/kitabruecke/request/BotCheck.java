package org.kitabruecke.request;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * A proof-of-work puzzle instead of a third-party captcha (the idea of ALTCHA, self-hosted): the parent's browser
 * must find the secret number {@code n ≤ maxNumber} for which {@code SHA-256(salt + n) = hash}. A phone needs a
 * fraction of a second, unnoticed while the parent reads the summary; a bot sending thousands of requests pays for
 * each one. Nobody is asked to click traffic lights, and nothing leaves our server.
 *
 * <p>The puzzle stays on the server with the page that asked for it, and it is accepted once only: a page (or a
 * script driving it) cannot send again and again with one solution. Its cost grows for a busy connection, see
 * {@link BotChecks}.
 */
public final class BotCheck implements Serializable {

    /** A page left open this long must fetch a new puzzle; the form does that by itself. */
    public static final Duration VALID_FOR = Duration.ofHours(2);

    private final String salt;
    private final String hash;
    private final int maxNumber;
    private final int secret;
    private final Instant issuedAt;
    private boolean used;

    private BotCheck(String salt, int maxNumber, int secret, Instant issuedAt) {
        this.salt = salt;
        this.maxNumber = maxNumber;
        this.secret = secret;
        this.issuedAt = issuedAt;
        this.hash = sha256Hex(salt + secret);
    }

    static BotCheck issue(RandomGenerator random, int maxNumber, Instant now) {
        byte[] salt = new byte[12];
        random.nextBytes(salt);
        return new BotCheck(HexFormat.of().formatHex(salt), maxNumber, random.nextInt(maxNumber + 1), now);
    }

    /** What the browser gets: the salt. */
    public String salt() {
        return salt;
    }

    /** What the browser gets: the hash to find. */
    public String hash() {
        return hash;
    }

    /** What the browser gets: where to stop searching. */
    public int maxNumber() {
        return maxNumber;
    }

    boolean solvedBy(long number, Instant now) {
        return number == secret && now.isBefore(issuedAt.plus(VALID_FOR));
    }

    /** Whether {@code number} solves this puzzle now and it has not been accepted before; accepts it if so. */
    synchronized boolean acceptOnce(long number, Instant now) {
        if (used || !solvedBy(number, now)) {
            return false;
        }
        used = true;
        return true;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(issuedAt.plus(VALID_FOR));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
