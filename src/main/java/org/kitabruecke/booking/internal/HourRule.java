package org.kitabruecke.booking.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A weekly hour as plain values, for {@link SlotCalendar}: on which day, from when until when, cut into slots of how
 * many minutes with how many places each.
 */
public record HourRule(DayOfWeek day, LocalTime from, LocalTime until, int slotMinutes, int placesPerSlot) {

    public HourRule {
        if (slotMinutes < 1 || placesPerSlot < 1) {
            throw new IllegalArgumentException("A slot lasts a minute at least and has a place at least");
        }
    }

    /** The start times of the slots on its day: every slot ends within the hour, none runs past midnight. */
    public List<LocalTime> slotStarts() {
        List<LocalTime> starts = new ArrayList<>();
        for (LocalTime start = from; !start.plusMinutes(slotMinutes).isAfter(until)
                && !start.plusMinutes(slotMinutes).isBefore(start); start = start.plusMinutes(slotMinutes)) {
            starts.add(start);
        }
        return starts;
    }

    public boolean startsSlotAt(DayOfWeek day, LocalTime time) {
        return this.day == day && slotStarts().contains(time);
    }
}
