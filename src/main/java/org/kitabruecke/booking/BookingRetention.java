package org.kitabruecke.booking;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.RetentionRun;
import org.kitabruecke.booking.internal.BookingRetentionRecords;
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

    private final BookingRetentionRecords records;
    private final Clock clock;
    private final RetentionRun runs;

    BookingRetention(BookingRetentionRecords records, Clock clock, MeterRegistry meters) {
        this.runs = new RetentionRun(meters, "booking", "booking", "waitlist");
        this.records = records;
        this.clock = clock;
    }

    /** How many bookings and waiting-list entries were forgotten. */
    public record Forgotten(int bookings, int waitlist) {
    }

    @Transactional
    public Forgotten forgetDue() {
        Instant now = clock.instant();
        int bookings = records.forgetBookings(now);
        int waiting = records.deleteWaiting(now);
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
        return records.dueAt(clock.instant().plus(within));
    }
}
