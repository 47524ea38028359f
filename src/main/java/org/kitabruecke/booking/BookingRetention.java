package org.kitabruecke.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets how to reach a parent once the appointment is long over: {@code kitabruecke.retention.booking-after}
 * (default 30 days) after it ended, phone, e-mail and the parent's words go, and so do the personal links and
 * waiting-list entries of past days. Code, place, time and attendance stay for the team's figures.
 */
@Service
public class BookingRetention {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration after;

    BookingRetention(NamedParameterJdbcTemplate jdbc, Clock clock, @Value("${kitabruecke.zone}") ZoneId zone,
                     @Value("${kitabruecke.retention.booking-after:P30D}") Duration after) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
        this.after = after;
    }

    /** Returns how many bookings and waiting-list entries were forgotten. */
    @Transactional
    public int forgetDue() {
        Instant now = clock.instant();
        LocalDateTime before = LocalDateTime.ofInstant(now.minus(after), zone);
        var parameters = new MapSqlParameterSource("before", before).addValue("now", Timestamp.from(now));
        jdbc.update("""
                DELETE FROM booking_link WHERE booking_id IN
                  (SELECT id FROM booking WHERE anonymised_at IS NULL AND ends_at < :before)""", parameters);
        int bookings = jdbc.update("""
                UPDATE booking SET phone = NULL, email = NULL, topic = NULL, anonymised_at = :now
                WHERE anonymised_at IS NULL AND ends_at < :before""", parameters);
        int waiting = jdbc.update("DELETE FROM waitlist_entry WHERE wanted_on < :day",
                new MapSqlParameterSource("day", before.toLocalDate()));
        return bookings + waiting;
    }
}
