package org.kitabruecke.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * When a place can be booked, seen from {@code now} in the city's zone: from {@code now + notice} on, up to and
 * including the last day of the window. Slots are wall-clock times (a 9:00 slot stays at 9:00 when the clocks
 * change), but the notice is real time: 24 hours before a Sunday slot on the night the clocks go forward are 25 hours
 * on the wall clock.
 */
public record BookingWindow(ZonedDateTime now, Duration notice, int days) {

    public LocalDate lastDay() {
        return now.toLocalDate().plusDays(days);
    }

    public boolean isPast(LocalDateTime start) {
        return instant(start).isBefore(now.toInstant());
    }

    public boolean isTooSoon(LocalDateTime start) {
        return instant(start).isBefore(now.toInstant().plus(notice));
    }

    public boolean isBeyond(LocalDate day) {
        return day.isAfter(lastDay());
    }

    /** The last moment (city time) at which the slot can still be booked; an offer of it is held until then at most. */
    public LocalDateTime lastMomentFor(LocalDateTime start) {
        return instant(start).minus(notice).atZone(now.getZone()).toLocalDateTime();
    }

    private Instant instant(LocalDateTime cityTime) {
        return cityTime.atZone(now.getZone()).toInstant();
    }
}
