package org.kitabruecke.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One open consultation hour on one day at one place, e.g. Tuesday 1 December, 9:00–12:00, youth office.
 */
public record OpenHour(String locationName, String street, String postcode, String city,
                       LocalDate date, LocalTime startsAt, LocalTime endsAt) {

    public boolean isOver(LocalTime now) {
        return !now.isBefore(endsAt);
    }
}
