package org.kitabruecke.booking;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.RetentionRun;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets how to reach a parent once it is no longer needed (decisions 0009, 0015): a booking's phone, e-mail and
 * the parent's words, and its personal links, {@code kitabruecke.retention.booking-after} (default 30 days) after
 * the appointment ended — or after it was cancelled, if that came first (a booking far ahead is cancelled long
 * before its day). A waiting-list entry is deleted {@code kitabruecke.retention.waitlist-after} (default 30 days)
 * after it was made; an offer still open keeps it until the offer ends. Code, place, time and attendance stay for
 * the team's figures.
 */
@Service
public class BookingRetention {

    private static final String BOOKING_DUE = """
            anonymised_at IS NULL AND (ends_at < :before OR cancelled_at < :cancelledBefore)""";
    private static final String WAITLIST_DUE = """
            created_at < :createdBefore AND NOT (status = 'OFFERED' AND offer_expires_at > :nowLocal)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Duration after;
    private final Duration waitlistAfter;
    private final RetentionRun runs;

    BookingRetention(NamedParameterJdbcTemplate jdbc, Clock clock,
                     @Value("${kitabruecke.retention.booking-after:P30D}") Duration after,
                     @Value("${kitabruecke.retention.waitlist-after:P30D}") Duration waitlistAfter,
                     MeterRegistry meters) {
        this.runs = new RetentionRun(meters, "booking", "booking", "waitlist");
        this.jdbc = jdbc;
        this.clock = clock;
        this.after = after;
        this.waitlistAfter = waitlistAfter;
    }

    /** How many bookings and waiting-list entries were forgotten. */
    public record Forgotten(int bookings, int waitlist) {
    }

    @Transactional
    public Forgotten forgetDue() {
        Instant now = clock.instant();
        var parameters = parameters(now);
        jdbc.update("DELETE FROM booking_link WHERE booking_id IN (SELECT id FROM booking WHERE " + BOOKING_DUE + ")",
                parameters);
        int bookings = jdbc.update("UPDATE booking SET phone = NULL, email = NULL, topic = NULL, anonymised_at = :now"
                + " WHERE " + BOOKING_DUE, parameters);
        int waiting = jdbc.update("DELETE FROM waitlist_entry WHERE " + WAITLIST_DUE, parameters);
        runs.finished(Map.of("booking", bookings, "waitlist", waiting));
        return new Forgotten(bookings, waiting);
    }

    /** A booking (with its code) or a waiting-list entry (without) whose contacts go at {@code forgetAt}. */
    public record Due(boolean waitlist, long id, @Nullable String code, LocalDateTime day, Instant forgetAt) {
    }

    /** The bookings and waiting-list entries whose contacts go within {@code within} from now, soonest first. */
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Due> dueWithin(Duration within) {
        var parameters = parameters(clock.instant().plus(within));
        List<Due> due = new ArrayList<>(jdbc.query("SELECT id, booking_code, starts_at, ends_at, cancelled_at"
                + " FROM booking WHERE " + BOOKING_DUE + " ORDER BY ends_at LIMIT 1000", parameters, (row, n) -> {
                    LocalDateTime ends = row.getTimestamp("ends_at").toLocalDateTime();
                    Instant byDay = ends.atZone(clock.getZone()).toInstant().plus(after);
                    Timestamp cancelled = row.getTimestamp("cancelled_at");
                    Instant forgetAt = cancelled == null || byDay.isBefore(cancelled.toInstant().plus(after)) ? byDay
                            : cancelled.toInstant().plus(after);
                    return new Due(false, row.getLong("id"), row.getString("booking_code"),
                            row.getTimestamp("starts_at").toLocalDateTime(), forgetAt);
                }));
        due.addAll(jdbc.query("SELECT id, wanted_on, created_at FROM waitlist_entry WHERE " + WAITLIST_DUE
                + " ORDER BY created_at LIMIT 1000", parameters, (row, n) -> new Due(true, row.getLong("id"), null,
                row.getDate("wanted_on").toLocalDate().atStartOfDay(),
                row.getTimestamp("created_at").toInstant().plus(waitlistAfter))));
        due.sort(Comparator.comparing(Due::forgetAt));
        return due;
    }

    /** The limits as of {@code when}: whatever would be due if the nightly job ran then. */
    private MapSqlParameterSource parameters(Instant when) {
        return new MapSqlParameterSource("before", LocalDateTime.ofInstant(when.minus(after), clock.getZone()))
                .addValue("cancelledBefore", Timestamp.from(when.minus(after)))
                .addValue("createdBefore", Timestamp.from(when.minus(waitlistAfter)))
                .addValue("nowLocal", LocalDateTime.ofInstant(when, clock.getZone()))
                .addValue("now", Timestamp.from(when));
    }
}
