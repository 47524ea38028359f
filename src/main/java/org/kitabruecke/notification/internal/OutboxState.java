package org.kitabruecke.notification.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How full the outbox is, read from MariaDB in two cheap statements: entries not yet delivered (completion-mode
 * delete leaves only those in {@code event_publication}; the completion index serves the count) with the oldest
 * one's publication time, and the mails given up on ({@code mail_parked}). Counts only, nothing about a family.
 */
@Component
class OutboxState {

    /** Scrapes of several Prometheus servers, or a scrape and a probe at once, share one reading this long. */
    private static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private volatile @Nullable Snapshot last;

    OutboxState(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Snapshot(long backlog, @Nullable Instant oldestUnsent, long parked, long readAtNanos) {

        /** How long the oldest undelivered entry has waited; zero without one. */
        Duration oldestAge(Instant now) {
            return oldestUnsent == null || oldestUnsent.isAfter(now) ? Duration.ZERO
                    : Duration.between(oldestUnsent, now);
        }
    }

    /** A reading at most {@link #FRESH_FOR} old: for the gauges. */
    Snapshot recent() {
        Snapshot snapshot = last;
        // measured on the JVM's monotonic timer: the city clock may stand still (tests) or be set back
        if (snapshot == null || System.nanoTime() - snapshot.readAtNanos() > FRESH_FOR.toNanos()) {
            snapshot = read();
        }
        return snapshot;
    }

    /** A reading now: for the readiness probe. */
    Snapshot read() {
        Snapshot snapshot = jdbc.queryForObject("""
                SELECT (SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL) AS backlog,
                       (SELECT MIN(publication_date) FROM event_publication WHERE completion_date IS NULL) AS oldest,
                       (SELECT COUNT(*) FROM mail_parked) AS parked""",
                (row, number) -> {
                    Timestamp oldest = row.getTimestamp("oldest");
                    return new Snapshot(row.getLong("backlog"), oldest == null ? null : oldest.toInstant(),
                            row.getLong("parked"), System.nanoTime());
                });
        last = snapshot;
        return Objects.requireNonNull(snapshot);
    }
}
