package org.kitabruecke.booking.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.booking.ClosureEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Days without open hours ({@code consultation_closure}): at one place, or at all of them (a row without a place, e.g.
 * a holiday). The only class that reads or writes them.
 */
@Component
public class ClosedDays {

    private final JdbcTemplate jdbc;

    ClosedDays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which places are closed on a day: all of them (a holiday) or some. */
    public record Closed(boolean all, Set<Long> locations) {

        public boolean closes(long locationId) {
            return all || locations.contains(locationId);
        }
    }

    public Closed on(LocalDate day) {
        List<Long> rows = jdbc.query("SELECT location_id FROM consultation_closure WHERE closed_on = ?",
                (row, n) -> row.getObject("location_id", Long.class), day);
        return new Closed(rows.contains(null), rows.stream().filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    /** Days closed at a place (its own closures and city-wide holidays) in a period. */
    public Set<LocalDate> at(long locationId, LocalDate from, LocalDate untilExclusive) {
        return new HashSet<>(jdbc.queryForList("SELECT closed_on FROM consultation_closure WHERE "
                + "(location_id = ? OR location_id IS NULL) AND closed_on >= ? AND closed_on < ?", LocalDate.class,
                locationId, from, untilExclusive));
    }

    /** The closures of a place and of all places from a day on, in date order. */
    public List<ClosureEntry> from(long locationId, LocalDate day) {
        return jdbc.query("SELECT id, location_id, closed_on, reason FROM consultation_closure WHERE closed_on >= ? "
                        + "AND (location_id = ? OR location_id IS NULL) ORDER BY closed_on",
                (row, n) -> new ClosureEntry(row.getLong("id"), row.getObject("location_id", Long.class),
                        row.getObject("closed_on", LocalDate.class), row.getString("reason")),
                day, locationId);
    }

    /** Closes a day at one place, or at all places ({@code locationId == null}); closing twice changes nothing. */
    public void close(@Nullable Long locationId, LocalDate day, @Nullable String reason) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM consultation_closure WHERE closed_on = ? AND "
                + "location_id <=> ?", Integer.class, day, locationId);
        if (existing == null || existing == 0) {
            jdbc.update("INSERT INTO consultation_closure (location_id, closed_on, reason) VALUES (?, ?, ?)",
                    locationId, day, reason == null || reason.isBlank() ? null : reason.strip());
        }
    }

    public void reopen(long closureId) {
        jdbc.update("DELETE FROM consultation_closure WHERE id = ?", closureId);
    }
}
