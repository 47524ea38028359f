package org.kitabruecke.booking.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kitabruecke.booking.BookingResult;
import org.kitabruecke.booking.Slot;

/**
 * The one definition of a bookable slot at a place: its weekly hours cut into slots, without its closed days (its own
 * and the city's), from now plus the notice up to the end of its booking window. Plain values in, no database: the
 * places already taken are handed to {@link #slots}, and taking one is {@link SlotLedger}'s guarded update.
 */
public final class SlotCalendar {

    /**
     * The length assumed for a held slot that no weekly hour starts any more (the hour was deleted or moved after the
     * place was held): the usual slot length, so that the offer page and the booking made of it show the same end.
     */
    static final Duration UNKNOWN_SLOT_LENGTH = Duration.ofMinutes(30);

    private final long locationId;
    private final List<HourRule> week;
    private final Set<LocalDate> closed;
    private final BookingWindow window;

    /** {@code closed} must hold the place's closed days among those the calendar will be asked about. */
    public SlotCalendar(long locationId, Collection<HourRule> week, Set<LocalDate> closed, BookingWindow window) {
        this.locationId = locationId;
        this.week = List.copyOf(week);
        this.closed = Set.copyOf(closed);
        this.window = window;
    }

    public BookingWindow window() {
        return window;
    }

    /**
     * The slots from {@code from} until the day before {@code untilExclusive} that can still be booked, in time order,
     * full ones included ({@code free == 0}); {@code taken} is how many places of each slot are taken.
     */
    public List<Slot> slots(LocalDate from, LocalDate untilExclusive, Map<LocalDateTime, Integer> taken) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(untilExclusive) && !window.isBeyond(day); day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            for (HourRule hour : week) {
                if (hour.day() != day.getDayOfWeek()) {
                    continue;
                }
                for (var start : hour.slotStarts()) {
                    LocalDateTime startsAt = day.atTime(start);
                    if (!window.isTooSoon(startsAt)) {
                        int free = Math.clamp(hour.placesPerSlot() - taken.getOrDefault(startsAt, 0), 0,
                                hour.placesPerSlot());
                        slots.add(new Slot(locationId, startsAt, startsAt.plusMinutes(hour.slotMinutes()),
                                hour.placesPerSlot(), free));
                    }
                }
            }
        }
        slots.sort(Comparator.comparing(Slot::startsAt));
        return slots;
    }

    /**
     * Why a slot cannot be booked now, or empty if it can (whether a place is free is {@link SlotLedger}'s to say). A
     * time is refused exactly when {@link #slots} leaves it out.
     */
    public Optional<BookingResult.Reason> refusal(LocalDateTime start) {
        if (window.isPast(start)) {
            return Optional.of(BookingResult.Reason.PAST);
        }
        if (window.isTooSoon(start)) {
            return Optional.of(BookingResult.Reason.TOO_SOON);
        }
        if (window.isBeyond(start.toLocalDate())) {
            return Optional.of(BookingResult.Reason.BEYOND_WINDOW);
        }
        if (closed.contains(start.toLocalDate())) {
            return Optional.of(BookingResult.Reason.CLOSED);
        }
        return hourAt(start).isEmpty() ? Optional.of(BookingResult.Reason.NO_SUCH_SLOT) : Optional.empty();
    }

    /** The weekly hour one of whose slots starts then, whether or not it can be booked now. */
    public Optional<HourRule> hourAt(LocalDateTime start) {
        return week.stream().filter(hour -> hour.startsSlotAt(start.getDayOfWeek(), start.toLocalTime())).findFirst();
    }

    /**
     * When the slot that starts then ends, by the weekly hours, even on a closed day or too soon to book: a held place
     * stays the parent's like a booking does when the staff change hours or close a day ({@link #UNKNOWN_SLOT_LENGTH}
     * if no hour starts a slot then any more).
     */
    public LocalDateTime endOf(LocalDateTime start) {
        return hourAt(start).map(hour -> start.plusMinutes(hour.slotMinutes()))
                .orElseGet(() -> start.plus(UNKNOWN_SLOT_LENGTH));
    }
}
