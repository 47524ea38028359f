package org.kitabruecke.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.BookingAttended;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.request.HelpRequestSubmitted;
import org.kitabruecke.request.HelpRequests;
import org.kitabruecke.statistics.internal.ActivityRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the team's work: what social workers log (one tap, plus district, topic and Kita if they like) and what
 * the portal sees (a request received, a booking attended). Only counters, never a request's id or a family's data.
 * A wrong tap can be undone by whoever made it within {@code kitabruecke.statistics.undo-window} (default five
 * minutes); after that it stays. Entries are not audited (they hold no personal data), so neither is their undo.
 */
@Service
public class ActivityLog {

    private final ActivityRecords records;
    private final HelpRequests requests;
    private final Clock clock;
    private final Duration undoWindow;

    ActivityLog(ActivityRecords records, HelpRequests requests, Clock clock,
                @Value("${kitabruecke.statistics.undo-window:PT5M}") Duration undoWindow) {
        this.records = records;
        this.requests = requests;
        this.clock = clock;
        this.undoWindow = undoWindow;
    }

    /** How long a one-tap entry can be undone after it was made. */
    public Duration undoWindow() {
        return undoWindow;
    }

    /**
     * Logs an activity of today by the logged-in social worker. Every call is an entry of its own: a second tap on
     * purpose is a second entry (the page keeps an accidental double tap from reaching here, see decision 0024).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    public LoggedActivity log(ActivityCategory category, @Nullable Long districtId, @Nullable Topic topic,
                              @Nullable Long kitaId) {
        if (!category.isLogged()) {
            throw new IllegalArgumentException(category + " is counted by the portal");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        String me = me();
        long id = records.insert(today, category, districtId, topic == null ? null : List.of(topic), null, kitaId, me,
                now);
        return new LoggedActivity(id, category, records.countOn(today, category, me), now.plus(undoWindow));
    }

    /** Takes back a one-tap entry: only the person who made it, and only within the undo window. */
    @Transactional
    @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
    public UndoOutcome undo(long entryId) {
        Optional<ActivityRecords.Made> found = records.lock(entryId);
        if (found.isEmpty()) {
            return UndoOutcome.GONE;
        }
        if (!me().equals(found.get().by())) {
            return UndoOutcome.NOT_YOURS;
        }
        Instant at = found.get().at();
        if (at == null || at.plus(undoWindow).isBefore(clock.instant())) {
            return UndoOutcome.TOO_LATE;
        }
        records.delete(entryId);
        return UndoOutcome.UNDONE;
    }

    private static String me() {
        return Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication()).getName();
    }

    @ApplicationModuleListener
    void on(HelpRequestSubmitted submitted) {
        requests.factsOf(submitted.requestId()).ifPresent(facts -> records.insert(
                LocalDate.ofInstant(facts.receivedAt(), clock.getZone()), ActivityCategory.REQUEST_RECEIVED,
                facts.districtId(), facts.topics(), facts.contactLanguage(), facts.kitaId(), null, null));
    }

    @ApplicationModuleListener
    void on(BookingAttended attended) {
        records.insert(attended.day(), ActivityCategory.BOOKING_ATTENDED, attended.districtId(), null,
                attended.contactLanguage(), null, null, null);
    }
}
