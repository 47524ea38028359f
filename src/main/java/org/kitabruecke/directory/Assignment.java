package org.kitabruecke.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A social worker responsible for a Kita, and the weekday and time she or he is there. */
public record Assignment(long socialWorkerId, String socialWorkerName, DayOfWeek day, LocalTime from,
                         LocalTime until) {

    public Assignment {
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("Presence must start before it ends: " + from + "–" + until);
        }
    }
}
