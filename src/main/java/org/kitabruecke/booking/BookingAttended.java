package org.kitabruecke.booking;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A parent came to a booked appointment; counted in the quarterly figures (no personal data in it). */
public record BookingAttended(long bookingId, LocalDate day, @Nullable Long districtId, String contactLanguage) {
}
