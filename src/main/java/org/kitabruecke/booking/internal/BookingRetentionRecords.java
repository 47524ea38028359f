package org.kitabruecke.booking.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kitabruecke.booking.BookingRetention;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL behind {@link BookingRetention}: which contacts are due when, and forgetting them. */
@Component
public class BookingRetentionRecords {

    private static final String BOOKING_DUE = """
            anonymised_at IS NULL AND (ends_at < :before OR cancelled_at < :cancelledBefore)""";
    private static final String WAITLIST_DUE = """
            created_at < :createdBefore AND NOT (status = 'OFFERED' AND offer_expires_at > :nowLocal)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;
    private final Duration after;
    private final Duration waitlistAfter;

    BookingRetentionRecords(NamedParameterJdbcTemplate jdbc, Clock clock,
                            @Value("${kitabruecke.retention.booking-after:P30D}") Duration after,
                            @Value("${kitabruecke.retention.waitlist-after:P30D}") Duration waitlistAfter) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
        this.after = after;
        this.waitlistAfter = waitlistAfter;
    }

    /** Removes the contacts, words and links of the bookings due at {@code now}; how many bookings. */
    public int forgetBookings(Instant now) {
        var parameters = parameters(now);
        jdbc.update("DELETE FROM booking_link WHERE booking_id IN (SELECT id FROM booking WHERE " + BOOKING_DUE + ")",
                parameters);
        return jdbc.update("UPDATE booking SET phone = NULL, email = NULL, topic = NULL, anonymised_at = :now"
                + " WHERE " + BOOKING_DUE, parameters);
    }

    /** Deletes the waiting-list entries due at {@code now}; how many. */
    public int deleteWaiting(Instant now) {
        return jdbc.update("DELETE FROM waitlist_entry WHERE " + WAITLIST_DUE, parameters(now));
    }

    /** What would be due at {@code when}, soonest first. */
    public List<BookingRetention.Due> dueAt(Instant when) {
        var parameters = parameters(when);
        List<BookingRetention.Due> due = new ArrayList<>(jdbc.query("SELECT id, booking_code, starts_at, ends_at,"
                + " cancelled_at FROM booking WHERE " + BOOKING_DUE + " ORDER BY ends_at LIMIT 1000", parameters,
                (row, n) -> {
                    LocalDateTime ends = row.getTimestamp("ends_at").toLocalDateTime();
                    Instant byDay = ends.atZone(zone).toInstant().plus(after);
                    Timestamp cancelled = row.getTimestamp("cancelled_at");
                    Instant forgetAt = cancelled == null || byDay.isBefore(cancelled.toInstant().plus(after)) ? byDay
                            : cancelled.toInstant().plus(after);
                    return new BookingRetention.Due(false, row.getLong("id"), row.getString("booking_code"),
                            row.getTimestamp("starts_at").toLocalDateTime(), forgetAt);
                }));
        due.addAll(jdbc.query("SELECT id, wanted_on, created_at FROM waitlist_entry WHERE " + WAITLIST_DUE
                + " ORDER BY created_at LIMIT 1000", parameters, (row, n) -> new BookingRetention.Due(true,
                row.getLong("id"), null, row.getDate("wanted_on").toLocalDate().atStartOfDay(),
                row.getTimestamp("created_at").toInstant().plus(waitlistAfter))));
        due.sort(Comparator.comparing(BookingRetention.Due::forgetAt));
        return due;
    }

    /** The limits as of {@code when}: whatever would be due if the nightly job ran then. */
    private MapSqlParameterSource parameters(Instant when) {
        return new MapSqlParameterSource("before", LocalDateTime.ofInstant(when.minus(after), zone))
                .addValue("cancelledBefore", Timestamp.from(when.minus(after)))
                .addValue("createdBefore", Timestamp.from(when.minus(waitlistAfter)))
                .addValue("nowLocal", LocalDateTime.ofInstant(when, zone))
                .addValue("now", Timestamp.from(when));
    }
}
