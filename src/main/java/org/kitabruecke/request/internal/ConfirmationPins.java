package org.kitabruecke.request.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The PIN of a new request in clear, kept only until the confirmation mail has gone out or was given up on: the
 * request itself stores only its hash, and the event that triggers the mail carries ids only, so that no PIN waits
 * in the outbox (docs/decisions/0011).
 */
@Component
public class ConfirmationPins {

    private final JdbcTemplate jdbc;

    ConfirmationPins(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void keep(long requestId, String digits, Instant now) {
        jdbc.update("INSERT INTO confirmation_pin (help_request_id, pin, created_at) VALUES (?, ?, ?)", requestId,
                digits, Timestamp.from(now));
    }

    public Optional<String> of(long requestId) {
        List<String> pins = jdbc.queryForList("SELECT pin FROM confirmation_pin WHERE help_request_id = ?",
                String.class, requestId);
        return pins.stream().findFirst();
    }

    public void forget(long requestId) {
        jdbc.update("DELETE FROM confirmation_pin WHERE help_request_id = ?", requestId);
    }
}
