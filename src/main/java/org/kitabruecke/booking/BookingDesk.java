package org.kitabruecke.booking;

import java.time.LocalDate;
import java.util.List;
import org.kitabruecke.booking.internal.Booking;
import org.kitabruecke.booking.internal.BookingRepository;
import org.kitabruecke.request.HelpRequests;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's side of bookings: who is coming on a day at a place, who came, and which help request a visit
 * belongs to. Social workers and admins only; enforced here, not only in the views.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
public class BookingDesk {

    private final BookingRepository bookings;
    private final HelpRequests requests;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    BookingDesk(BookingRepository bookings, HelpRequests requests, ApplicationEventPublisher events,
                JdbcTemplate jdbc) {
        this.bookings = bookings;
        this.requests = requests;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** All bookings of a day at a place, cancelled ones included, in time order. */
    @Transactional(readOnly = true)
    public List<DeskEntry> day(long locationId, LocalDate day) {
        return bookings.findByLocationIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(
                locationId, day.atStartOfDay(), day.plusDays(1).atStartOfDay()).stream().map(this::entry).toList();
    }

    /** The bookings linked to a help request, in time order: shown with the request in the inbox. */
    @Transactional(readOnly = true)
    public List<DeskEntry> ofRequest(long requestId) {
        return bookings.findByHelpRequestIdOrderByStartsAtAsc(requestId).stream().map(this::entry).toList();
    }

    /** Records whether the parent came; false for a cancelled booking. */
    public boolean markAttendance(long bookingId, boolean attended) {
        return bookings.findById(bookingId).map(booking -> {
            boolean counted = booking.status() == BookingStatus.ATTENDED;
            boolean marked = booking.markAttendance(attended);
            if (marked && attended && !counted) {
                events.publishEvent(new BookingAttended(booking.id(), booking.startsAt().toLocalDate(),
                        jdbc.queryForObject("SELECT district_id FROM consultation_location WHERE id = ?", Long.class,
                                booking.locationId()), booking.contactLanguage()));
            }
            return marked;
        }).orElse(false);
    }

    /** Links a booking to the help request with this reference code; false if there is no such request. */
    public boolean linkToRequest(long bookingId, String referenceCode) {
        var request = requests.idOf(referenceCode);
        var booking = bookings.findById(bookingId);
        if (request.isEmpty() || booking.isEmpty()) {
            return false;
        }
        booking.get().linkTo(request.get());
        return true;
    }

    private DeskEntry entry(Booking booking) {
        String requestCode = booking.helpRequestId() == null ? null
                : requests.referenceCodeOf(booking.helpRequestId()).orElse(null);
        return new DeskEntry(booking.id(), booking.code(), booking.startsAt(), booking.endsAt(), booking.status(),
                booking.phone(), booking.email(), booking.contactLanguage(), booking.interpreterLanguage(),
                booking.topic(), requestCode);
    }
}
