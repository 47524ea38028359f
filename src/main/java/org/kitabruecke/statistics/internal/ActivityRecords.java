package org.kitabruecke.statistics.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.directory.Topic;
import org.kitabruecke.statistics.ActivityCategory;
import org.kitabruecke.statistics.Quarter;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The SQL of the counters ({@code activity_count}) behind {@code ActivityLog} and {@code QuarterlyFigures}: writing
 * an entry, taking a one-tap entry back, reading a quarter. Topics are stored as one sorted, comma-separated column.
 */
@Component
public class ActivityRecords {

    /** Who made an entry and when; neither for what the portal counted. */
    public record Made(@Nullable String by, @Nullable Instant at) {
    }

    /** An entry as the figures count it. */
    public record Counted(String category, @Nullable Long districtId, List<String> topics, @Nullable String language) {
    }

    private final JdbcTemplate jdbc;

    ActivityRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes an entry; its id. */
    public long insert(LocalDate day, ActivityCategory category, @Nullable Long districtId,
                       @Nullable Collection<Topic> topics, @Nullable String language, @Nullable Long kitaId,
                       @Nullable String loggedBy, @Nullable Instant loggedAt) {
        Object[] values = {Date.valueOf(day), category.name(), districtId, topics == null || topics.isEmpty() ? null
                : topics.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), language, kitaId,
                loggedBy, loggedAt == null ? null : Timestamp.from(loggedAt)};
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO activity_count (happened_on, category, district_id, topics, contact_language, kita_id,
                      logged_by, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            new ArgumentPreparedStatementSetter(values).setValues(insert);
            return insert;
        }, key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** How many entries of {@code category} {@code loggedBy} made on {@code day}, the one just made included. */
    public int countOn(LocalDate day, ActivityCategory category, String loggedBy) {
        Integer count = jdbc.queryForObject("""
                SELECT COUNT(*) FROM activity_count WHERE happened_on = ? AND category = ? AND logged_by = ?""",
                Integer.class, Date.valueOf(day), category.name(), loggedBy);
        return count == null ? 1 : count;
    }

    /** Who made the entry and when, locked until the transaction ends; empty if there is none. */
    public Optional<Made> lock(long id) {
        return jdbc.query("SELECT logged_by, logged_at FROM activity_count WHERE id = ? FOR UPDATE",
                (row, n) -> {
                    Timestamp at = row.getTimestamp("logged_at");
                    return new Made(row.getString("logged_by"), at == null ? null : at.toInstant());
                }, id).stream().findFirst();
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM activity_count WHERE id = ?", id);
    }

    /** Hands every entry of the quarter to {@code each}, one row at a time. */
    public void forEachIn(Quarter quarter, Consumer<Counted> each) {
        jdbc.query("""
                SELECT category, district_id, topics, contact_language FROM activity_count
                WHERE happened_on >= ? AND happened_on < ?""", row -> {
            String topics = row.getString("topics");
            each.accept(new Counted(row.getString("category"), row.getObject("district_id", Long.class),
                    topics == null ? List.of() : List.of(topics.split(",")), row.getString("contact_language")));
        }, Date.valueOf(quarter.firstDay()), Date.valueOf(quarter.end()));
    }
}
