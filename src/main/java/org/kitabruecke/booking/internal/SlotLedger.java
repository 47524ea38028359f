package org.kitabruecke.booking.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Which places are closed on a day: all of them (a holiday) or some. */
    public record Closed(boolean all, Set<Long> locations) {

        public boolean closes(long locationId) {
            return all || locations.contains(locationId);
        }
    }

    public Closed closedLocationsOn(LocalDate day) {
        List<Long> rows = jdbc.query("SELECT location_id FROM consultation_closure WHERE closed_on = ?",
                (row, n) -> row.getObject("location_id", Long.class), day);
        return new Closed(rows.contains(null), rows.stream().filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    /** Days closed at a location (its own closures and city-wide holidays) in a period. */
    public Set<LocalDate> closedDays(long locationId, LocalDate from, LocalDate untilExclusive) {
        return new HashSet<>(jdbc.queryForList("SELECT closed_on FROM consultation_closure WHERE "
                + "(location_id = ? OR location_id IS NULL) AND closed_on >= ? AND closed_on < ?", LocalDate.class,
                locationId, from, untilExclusive));
    }
}
