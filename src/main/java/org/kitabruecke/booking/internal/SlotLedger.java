package org.kitabruecke.booking.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many places of each slot are taken. Taking a place is one guarded UPDATE: MariaDB locks the slot's row, so
 * when fifty parents race for the last place, exactly one UPDATE finds {@code booked < capacity} true. No
 * application lock, works across several app instances. Must run inside the booking's transaction.
 */
@Component
public class SlotLedger {

    private final JdbcTemplate jdbc;

    SlotLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes one place if one is free; false if the slot is full. */
    public boolean take(long locationId, LocalDateTime slot, int capacity) {
        // creates the row or, if it is there, locks it exclusively at once: a plain INSERT IGNORE would take a shared
        // lock first, and two parents upgrading theirs to exclusive would deadlock each other
        jdbc.update("INSERT INTO slot_load (location_id, starts_at, booked) VALUES (?, ?, 0) "
                + "ON DUPLICATE KEY UPDATE booked = booked", locationId, slot);
        return jdbc.update("UPDATE slot_load SET booked = booked + 1 WHERE location_id = ? AND starts_at = ? "
                + "AND booked < ?", locationId, slot, capacity) == 1;
    }

    /** Gives a place back, e.g. after a cancellation. */
    public void release(long locationId, LocalDateTime slot) {
        jdbc.update("UPDATE slot_load SET booked = booked - 1 WHERE location_id = ? AND starts_at = ? AND booked > 0",
                locationId, slot);
    }

    /** Places taken per slot start at a location on a day. */
    public Map<LocalDateTime, Integer> takenOn(long locationId, LocalDate from, LocalDate untilExclusive) {
        Map<LocalDateTime, Integer> taken = new HashMap<>();
        jdbc.query("SELECT starts_at, booked FROM slot_load WHERE location_id = ? AND starts_at >= ? AND starts_at < ?",
                row -> {
                    taken.put(row.getObject("starts_at", LocalDateTime.class), row.getInt("booked"));
                }, locationId, from.atStartOfDay(), untilExclusive.atStartOfDay());
        return taken;
    }
}
