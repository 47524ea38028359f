package org.kitabruecke.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.RetryingTransactions;
import org.kitabruecke.booking.internal.Booking;
import org.kitabruecke.booking.internal.BookingRepository;
import org.kitabruecke.booking.internal.FamilyRecords;
import org.kitabruecke.booking.internal.LocationRepository;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.contact.PhoneNumber;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.privacy.AuditTrail;
import org.kitabruecke.request.HelpRequests;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's side of bookings: who is coming on a day at a place, who came, and which help request a visit
 * belongs to; and a family's rights on all of it (find, show, erase). Social workers and admins only; enforced here,
 * not only in the views. Every read of a family's contacts is audited. Changes meet a parent's cancellation or
 * another colleague's work on another node: each runs in a transaction of its own, repeated after a conflict.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'ADMIN')")
public class BookingDesk {

    private final BookingRepository bookings;
    private final HelpRequests requests;
    private final ApplicationEventPublisher events;
    private final LocationRepository locations;
    private final FamilyRecords family;
    private final AuditTrail audit;
    private final Clock clock;
    private final RetryingTransactions transactions;

    BookingDesk(BookingRepository bookings, HelpRequests requests, ApplicationEventPublisher events,
                LocationRepository locations, FamilyRecords family, AuditTrail audit, Clock clock,
                RetryingTransactions transactions) {
        this.transactions = transactions;
        this.bookings = bookings;
        this.requests = requests;
        this.events = events;
        this.locations = locations;
        this.family = family;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * All bookings of a day at a place, cancelled ones included, in time order. The desk shows each family's
     * phone and e-mail, so each booking with a contact is recorded as read.
     */
    public List<DeskEntry> day(long locationId, LocalDate day) {
        List<DeskEntry> entries = bookings
                .findByLocationIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(
                        locationId, day.atStartOfDay(), day.plusDays(1).atStartOfDay()).stream().map(this::entry)
                .toList();
        entries.stream().filter(entry -> entry.phone() != null || entry.email() != null)
                .forEach(entry -> audit.record(AuditAction.READ, "booking", entry.id(), "desk"));
        return entries;
    }

    /**
     * A family's bookings and waiting-list entries (Art. 15 GDPR): those under the booking code, the family's e-mail
     * addresses or phone numbers, and the bookings linked to the family's help requests. Each one found is recorded
     * as read, with {@code why} (e.g. how the family was searched for; never the contact itself).
     */
    public FamilyBookings ofFamily(@Nullable BookingCode code, Collection<EmailAddress> emails,
                                   Collection<PhoneNumber> phones, Collection<Long> requestIds, String why) {
        var found = new FamilyBookings(family.bookings(code, emails, phones, requestIds), family.waiting(emails));
        found.bookings().forEach(booking -> audit.record(AuditAction.READ, "booking", booking.id(), why));
        found.waiting().forEach(entry -> audit.record(AuditAction.READ, "waitlist_entry", entry.id(), why));
        return found;
    }

    /**
     * Erases what {@link #ofFamily} found (Art. 17 GDPR): a booking still to come is cancelled first so that its
     * place goes to the waiting list or back to everyone (without a mail: the family asked to be forgotten), then
     * its contacts, words and links go; waiting-list entries are deleted, a held place passed on. What stays is
     * what the figures need: code, place, time, state. Audited per record.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void eraseFamily(FamilyBookings found) {
        transactions.inTransaction(() -> eraseOnce(found));
    }

    private void eraseOnce(FamilyBookings found) {
        LocalDateTime now = LocalDateTime.now(clock);
        // the family's own entries go first, so that a place freed below is never offered back to them
        family.deleteWaiting(found.waiting().stream().map(FamilyBookings.Waiting::id).toList());
        for (FamilyBookings.Waiting entry : found.waiting()) {
            LocalDateTime held = entry.offeredSlot();
            if ("OFFERED".equals(entry.status()) && held != null && held.isAfter(now)) {
                events.publishEvent(new PlaceFreed(entry.locationId(), held));
            }
            audit.record(AuditAction.ERASE, "waitlist_entry", entry.id(), "data-subject");
        }
        for (FamilyBookings.Booked shown : found.bookings()) {
            bookings.findById(shown.id()).filter(booking -> booking.endsAt().isAfter(now))
                    .filter(booking -> booking.cancel(clock.instant()))
                    .ifPresent(booking -> events.publishEvent(new PlaceFreed(booking.locationId(),
                            booking.startsAt())));
            audit.record(AuditAction.ERASE, "booking", shown.id(), "data-subject");
        }
        bookings.flush();
        family.anonymise(found.bookings().stream().map(FamilyBookings.Booked::id).toList(), clock.instant());
    }

    /** The bookings linked to a help request, in time order: shown with the request in the inbox. */
    @Transactional(readOnly = true)
    public List<DeskEntry> ofRequest(long requestId) {
        return bookings.findByHelpRequestIdOrderByStartsAtAsc(requestId).stream().map(this::entry).toList();
    }

    /** Records whether the parent came; false for a cancelled booking. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean markAttendance(long bookingId, boolean attended) {
        return transactions.inTransaction(() -> markOnce(bookingId, attended));
    }

    private boolean markOnce(long bookingId, boolean attended) {
        return bookings.findById(bookingId).map(booking -> {
            boolean counted = booking.status() == BookingStatus.ATTENDED;
            boolean marked = booking.markAttendance(attended);
            if (marked && attended && !counted) {
                events.publishEvent(new BookingAttended(booking.id(), booking.startsAt().toLocalDate(),
                        locations.districtIdOf(booking.locationId()), booking.contactLanguage().code()));
            }
            return marked;
        }).orElse(false);
    }

    /** Links a booking to the help request with this reference code; false if there is no such request. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean linkToRequest(long bookingId, String referenceCode) {
        return transactions.inTransaction(() -> linkOnce(bookingId, referenceCode));
    }

    private boolean linkOnce(long bookingId, String referenceCode) {
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
