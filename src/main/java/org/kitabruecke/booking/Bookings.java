package org.kitabruecke.booking;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.kitabruecke.ConnectionLimit;
import org.kitabruecke.RetryingTransactions;
import org.kitabruecke.SharedBuckets;
import org.kitabruecke.booking.internal.Booking;
import org.kitabruecke.booking.internal.BookingLinks;
import org.kitabruecke.booking.internal.BookingRepository;
import org.kitabruecke.booking.internal.BookingWindow;
import org.kitabruecke.booking.internal.ConsultationLocation;
import org.kitabruecke.booking.internal.HourRule;
import org.kitabruecke.booking.internal.LocationRepository;
import org.kitabruecke.booking.internal.SlotCalendar;
import org.kitabruecke.booking.internal.SlotCalendars;
import org.kitabruecke.booking.internal.SlotLedger;
import org.kitabruecke.request.BotCheck;
import org.kitabruecke.request.BotChecks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking a place in the open consultation hour: which days and times are free, booking one (never beyond a slot's
 * places, see {@link SlotLedger}), and cancelling through the personal link.
 */
@Service
@Transactional(readOnly = true)
public class Bookings {

    private final LocationRepository locations;
    private final BookingRepository bookings;
    private final SlotLedger ledger;
    private final SlotCalendars calendars;
    /** Bookings per connection: enough for a family or a counselling office, not enough to empty the hour. */
    private final ConnectionLimit bookingsPerConnection;
    private final BookingLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RetryingTransactions transactions;
    private final RandomGenerator random = new SecureRandom();
    private final BotChecks botChecks;

    Bookings(LocationRepository locations, BookingRepository bookings, SlotLedger ledger, SlotCalendars calendars,
             BookingLinks links, ApplicationEventPublisher events, Clock clock,
             RetryingTransactions transactions, BotChecks botChecks, SharedBuckets buckets) {
        this.botChecks = botChecks;
        this.bookingsPerConnection = ConnectionLimit.perHourAndDay(buckets, "bookings", 5, 12);
        this.transactions = transactions;
        this.locations = locations;
        this.bookings = bookings;
        this.ledger = ledger;
        this.calendars = calendars;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    public List<BookingLocation> locations() {
        return locations.findAll().stream().map(Bookings::toLocation)
                .sorted(Comparator.comparing(BookingLocation::id)).toList();
    }

    public Optional<BookingLocation> location(long id) {
        return locations.findById(id).map(Bookings::toLocation);
    }

    /** The last day that can be booked today at the place (its booking window, set by the staff). */
    public LocalDate lastBookableDay(long locationId) {
        return calendars.window(locationId).lastDay();
    }

    /** Days in the booking window with at least one free place at the location, in order. */
    public List<LocalDate> openDays(long locationId) {
        LocalDate today = LocalDate.now(clock);
        return slots(locationId, today, lastBookableDay(locationId).plusDays(1)).stream()
                .filter(Slot::isFree).map(slot -> slot.startsAt().toLocalDate()).distinct().toList();
    }

    /** The slots of a day that can still be booked, full ones included (with {@code free == 0}). */
    public List<Slot> slots(long locationId, LocalDate day) {
        return slots(locationId, day, day.plusDays(1));
    }

    private List<Slot> slots(long locationId, LocalDate from, LocalDate untilExclusive) {
        return calendars.of(locationId, from, untilExclusive).slots(from, untilExclusive,
                ledger.takenOn(locationId, from, untilExclusive));
    }

    /** A new puzzle for the parent's browser to solve before it may book; see {@link BotChecks}. */
    public BotCheck newBotCheck(String client) {
        return botChecks.issue(client);
    }

    /**
     * A booking from the public pages: only if the browser solved its puzzle, and limited per connection
     * ({@code client}), see {@link ConnectionLimit}.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BookingResult bookFromParent(NewBooking booking, BotCheck check, long solution, String client) {
        if (!botChecks.accept(check, solution, client)) {
            return new BookingResult.BotCheckFailed();
        }
        return bookingsPerConnection.tryTake(client) ? book(booking) : new BookingResult.TooManyRequests();
    }

    /**
     * Books a place if the slot exists, can be booked now, and still has one; see {@link BookingResult}. Runs in a
     * transaction of its own, tried again as a whole if MariaDB (or Galera, two nodes booking the same slot) resolved
     * a conflict by rolling it back ({@link RetryingTransactions}).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BookingResult book(NewBooking booking) {
        return transactions.inTransaction(() -> bookOnce(booking));
    }

    private BookingResult bookOnce(NewBooking booking) {
        LocalDateTime startsAt = booking.startsAt();
        LocalDate day = startsAt.toLocalDate();
        SlotCalendar calendar = calendars.of(booking.locationId(), day, day.plusDays(1));
        Optional<BookingResult.Reason> refused = calendar.refusal(startsAt);
        if (refused.isPresent()) {
            return new BookingResult.NotBookable(refused.get());
        }
        HourRule hour = calendar.hourAt(startsAt).orElseThrow();
        if (!ledger.take(booking.locationId(), startsAt, hour.placesPerSlot())) {
            return new BookingResult.SlotFull();
        }
        return store(booking, calendar.endOf(startsAt));
    }

    /**
     * Books a place the waiting list held for this parent: the place was never given back, so none is taken. The
     * held place is the parent's like a booking: kept when the staff have since closed the day or changed the hours
     * (the staff see it on the day list); its end is the one the offer showed, {@link #heldSlotEnd}.
     */
    @Transactional
    BookingResult.Booked bookHeld(NewBooking booking) {
        return store(booking, heldSlotEnd(booking.locationId(), booking.startsAt()));
    }

    /** When a held slot ends, for the offer and for the booking made of it: see {@link SlotCalendar#endOf}. */
    LocalDateTime heldSlotEnd(long locationId, LocalDateTime slot) {
        return calendars.of(locationId, slot.toLocalDate(), slot.toLocalDate().plusDays(1)).endOf(slot);
    }

    /** Until when a freed place may be offered: as long as the slot could be booked ({@link BookingWindow}). */
    LocalDateTime lastMomentToBook(long locationId, LocalDateTime slot) {
        return calendars.window(locationId).lastMomentFor(slot);
    }

    private BookingResult.Booked store(NewBooking booking, LocalDateTime endsAt) {
        BookingCode code;
        do {
            code = BookingCode.random(random);
        } while (bookings.existsByCode(code.value()));
        Booking saved = bookings.save(new Booking(code, booking, endsAt, clock.instant()));
        String token = links.create(saved.id(), clock.instant());
        events.publishEvent(new BookingConfirmed(saved.id()));
        return new BookingResult.Booked(saved.id(), code, token, booking.startsAt());
    }

    /** Days in the booking window that have hours at the place, all of whose places are taken. */
    public List<LocalDate> fullDays(long locationId) {
        return slots(locationId, LocalDate.now(clock), lastBookableDay(locationId).plusDays(1)).stream()
                .collect(Collectors.groupingBy(slot -> slot.startsAt().toLocalDate(), TreeMap::new, Collectors.toList()))
                .entrySet().stream().filter(day -> day.getValue().stream().noneMatch(Slot::isFree))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Queues a reminder for every booking of tomorrow (city time) with an e-mail address that has not had one;
     * returns how many. The reminder mail makes a fresh personal link, since the first one is only known to the parent.
     */
    @Transactional
    public int remindTomorrow() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        int reminded = 0;
        for (Booking booking : bookings.findByStatusAndRemindedAtIsNullAndStartsAtGreaterThanEqualAndStartsAtLessThan(
                BookingStatus.BOOKED, tomorrow.atStartOfDay(), tomorrow.plusDays(1).atStartOfDay())) {
            if (booking.remind(clock.instant())) {
                events.publishEvent(new BookingReminderDue(booking.id()));
                reminded++;
            }
        }
        return reminded;
    }

    /**
     * A new personal link to the booking, for a mail being written now. Made in the sending transaction, so that a
     * mail that fails leaves no link behind and no token ever waits in the outbox; returns the token.
     */
    @Transactional
    public String newManageLink(long bookingId) {
        return links.create(bookingId, clock.instant());
    }

    /** One personal link stops working (quick exit: it is in that browser's history); the booking's others stay. */
    @Transactional
    public void forgetManageLink(String token) {
        links.forget(token);
    }

    public Optional<BookingDetails> details(long bookingId) {
        return bookings.findById(bookingId).map(this::toDetails);
    }

    /** The booking behind a personal link, while the link is valid (until the appointment has ended). */
    public Optional<BookingDetails> byManageToken(String token) {
        return links.bookingOf(token).flatMap(bookings::findById)
                .filter(booking -> booking.endsAt().isAfter(LocalDateTime.now(clock)))
                .map(this::toDetails);
    }

    /** Cancels through the personal link, frees the place (repeated after a conflict); the mail follows. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public CancelResult cancel(String token) {
        return transactions.inTransaction(() -> cancelOnce(token));
    }

    private CancelResult cancelOnce(String token) {
        Optional<Booking> found = links.bookingOf(token).flatMap(bookings::findById);
        if (found.isEmpty()) {
            return CancelResult.NOT_FOUND;
        }
        Booking booking = found.get();
        if (!booking.endsAt().isAfter(LocalDateTime.now(clock))) {
            return CancelResult.EXPIRED;
        }
        if (!booking.cancel(clock.instant())) {
            return CancelResult.ALREADY_CANCELLED;
        }
        // the waiting list holds the place for the first waiting parent, or gives it back to everyone
        events.publishEvent(new PlaceFreed(booking.locationId(), booking.startsAt()));
        events.publishEvent(new BookingCancelled(booking.id()));
        return CancelResult.CANCELLED;
    }

    private BookingDetails toDetails(Booking booking) {
        BookingLocation location = location(booking.locationId()).orElseThrow();
        return new BookingDetails(booking.id(), booking.code(), location, booking.startsAt(), booking.endsAt(),
                booking.status(), booking.email(), booking.contactLanguage(), booking.pageLanguage());
    }

    private static BookingLocation toLocation(ConsultationLocation location) {
        return new BookingLocation(location.id(), location.name(), location.street(), location.postcode(),
                location.city(), location.accessibility(), location.directions(), HourPlanner.translatedNotes(location));
    }
}
