package org.kitabruecke.booking.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The personal links to a booking (in the confirmation mail, in the reminder): each an unguessable token, of which
 * only the SHA-256 is stored, so that a leaked database does not leak working links.
 */
@Component
public class BookingLinks {

    private final JdbcTemplate jdbc;

    BookingLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link to the booking; returns the token, which only the parent gets. */
    public String create(long bookingId, Instant now) {
        String token = Tokens.random();
        jdbc.update("INSERT INTO booking_link (token_hash, booking_id, created_at) VALUES (?, ?, ?)",
                Tokens.hash(token), bookingId, Timestamp.from(now));
        return token;
    }

    /** The link stops working; the booking's other links stay. */
    public void forget(String token) {
        jdbc.update("DELETE FROM booking_link WHERE token_hash = ?", Tokens.hash(token));
    }

    public Optional<Long> bookingOf(String token) {
        List<Long> ids = jdbc.queryForList("SELECT booking_id FROM booking_link WHERE token_hash = ?", Long.class,
                Tokens.hash(token));
        return ids.stream().findFirst();
    }
}
