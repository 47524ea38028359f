package org.kitabruecke.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** When a partner service is open on one weekday; a day may have several (morning and afternoon). */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public OpeningHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("A service must open before it closes: " + opens + "–" + closes);
        }
    }
}
