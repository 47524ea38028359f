package org.kitabruecke.staff.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows of {@code staff_password_link}. A token is 256 random bits (SecureRandom), written in the link only; the
 * table keeps its SHA-256. A link is requested first (the admin's click, in the admin's transaction) and gets its
 * token when its mail is written ({@link #issue}), so that nothing usable waits in the outbox.
 */
@Component
public class PasswordLinkStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A link as found by its token. */
    public record Link(long id, long accountId, @Nullable Instant expiresAt, @Nullable Instant usedAt,
                       @Nullable Instant revokedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    PasswordLinkStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link for the account; every older link of it not used yet stops working now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long request(long accountId, String requestedBy, Instant now) {
        revokeOpen(accountId, now);
        var keys = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO staff_password_link (staff_account_id, requested_by, requested_at)
                VALUES (:account, :by, :at)""", new MapSqlParameterSource().addValue("account", accountId)
                .addValue("by", requestedBy.length() > 80 ? requestedBy.substring(0, 80) : requestedBy)
                .addValue("at", Timestamp.from(now)), keys, new String[] {"id"});
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The account a requested link is for, while it is neither used nor replaced. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> openAccountOf(long linkId) {
        List<Long> accounts = jdbc.queryForList("""
                SELECT staff_account_id FROM staff_password_link
                WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL FOR UPDATE""", Map.of("id", linkId),
                Long.class);
        return accounts.stream().findFirst();
    }

    /** Gives an open link its token (a new one on every attempt of its mail) and its end; returns the token. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(long linkId, Instant expiresAt) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("UPDATE staff_password_link SET token_hash = :hash, expires_at = :expires WHERE id = :id",
                new MapSqlParameterSource().addValue("hash", hash(token)).addValue("expires",
                        Timestamp.from(expiresAt)).addValue("id", linkId));
        return token;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Link> byToken(String token) {
        return jdbc.query("""
                SELECT id, staff_account_id, expires_at, used_at, revoked_at FROM staff_password_link
                WHERE token_hash = :hash""", Map.of("hash", hash(token)), (row, n) -> new Link(row.getLong(1),
                row.getLong(2), instant(row.getTimestamp(3)), instant(row.getTimestamp(4)),
                instant(row.getTimestamp(5)))).stream().findFirst();
    }

    /** Uses the link: true for exactly one caller, however many submit it at the same moment. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean use(long linkId, Instant now) {
        return jdbc.update("UPDATE staff_password_link SET used_at = :now WHERE id = :id AND used_at IS NULL",
                new MapSqlParameterSource().addValue("now", Timestamp.from(now)).addValue("id", linkId)) == 1;
    }

    /** Every link of the account not used yet stops working (a newer one, a deactivation). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeOpen(long accountId, Instant now) {
        jdbc.update("""
                UPDATE staff_password_link SET revoked_at = :now
                WHERE staff_account_id = :account AND used_at IS NULL AND revoked_at IS NULL""",
                new MapSqlParameterSource().addValue("now", Timestamp.from(now)).addValue("account", accountId));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
