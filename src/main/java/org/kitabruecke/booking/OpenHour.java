package org.kitabruecke.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One open consultation hour on one day at one place, e.g. Tuesday 1 December, 9:00–12:00, youth office, with the
 * waiting time the staff on site estimate for it today, if they gave one.
 */
public record OpenHour(long locationId, String locationName, String street, String postcode, String city,
                       LocalDate date, LocalTime startsAt, LocalTime endsAt, @Nullable Integer waitingMinutes) {

    public boolean isOver(LocalTime now) {
        return !now.isBefore(endsAt);
    }
}
