package org.kitabruecke.booking;

import java.time.LocalDateTime;

/** A bookable time at a location, in city time, with how many of its places are still free. */
public record Slot(long locationId, LocalDateTime startsAt, LocalDateTime endsAt, int capacity, int free) {

    public boolean isFree() {
        return free > 0;
    }
}
