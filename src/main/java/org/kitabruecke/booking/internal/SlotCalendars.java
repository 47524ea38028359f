package org.kitabruecke.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/** Reads what a place's {@link SlotCalendar} is made of: its weekly hours, closed days and booking rules, now. */
@Component
public class SlotCalendars {

    private final WeeklyHourRepository hours;
    private final LocationRepository locations;
    private final ClosedDays closedDays;
    private final Clock clock;

    SlotCalendars(WeeklyHourRepository hours, LocationRepository locations, ClosedDays closedDays, Clock clock) {
        this.hours = hours;
        this.locations = locations;
        this.closedDays = closedDays;
        this.clock = clock;
    }

    /** The place's calendar, knowing its closed days from {@code from} until the day before {@code untilExclusive}. */
    public SlotCalendar of(long locationId, LocalDate from, LocalDate untilExclusive) {
        BookingWindow window = window(locationId);
        return new SlotCalendar(locationId, hours.findByLocationId(locationId).stream().map(WeeklyHour::rule).toList(),
                closedDays.at(locationId, from, untilExclusive), window);
    }

    /** From when until when the place can be booked now; the zone is the city clock's. */
    public BookingWindow window(long locationId) {
        ConsultationLocation place = locations.findById(locationId)
                .orElseThrow(() -> new IllegalArgumentException("No such place"));
        return new BookingWindow(ZonedDateTime.now(clock), Duration.ofMinutes(place.minimumNoticeMinutes()),
                place.bookingWindowDays());
    }
}
