package org.kitabruecke.booking.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The personal links to a booking (in the confirmation mail, in the reminder): each an unguessable token, of which
 * only the SHA-256 is stored, so that a leaked database does not leak working links.
 */
@Component
public class BookingLinks {

    private final JdbcTemplate jdbc;
    private final RandomGenerator random = new SecureRandom();

    BookingLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link to the booking; returns the token, which only the parent gets. */
    public String create(long bookingId, Instant now) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("INSERT INTO booking_link (token_hash, booking_id, created_at) VALUES (?, ?, ?)",
                hash(token), bookingId, Timestamp.from(now));
        return token;
    }

    public Optional<Long> bookingOf(String token) {
        List<Long> ids = jdbc.queryForList("SELECT booking_id FROM booking_link WHERE token_hash = ?", Long.class,
                hash(token));
        return ids.stream().findFirst();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
