package org.kitabruecke.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** A weekly open consultation hour as staff edit it; {@code id} is {@code null} for a new one. */
public record WeeklyHourEntry(@Nullable Long id, long locationId, DayOfWeek day, LocalTime from, LocalTime until,
                              int slotMinutes, int places) {
}
