package org.kitabruecke.staff.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.StoredKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed staff logins ({@code staff_login_failure}), shared by all portal nodes so that guesses spread over the nodes
 * count together: the name only as its keyed hash ({@link org.kitabruecke.staff.LoginNames#key}), the connection, the
 * time. Inserts, counts and one update per successful login, so two nodes rarely touch one row; rows older than the
 * window are deleted by a job on one node.
 */
@Component
public class LoginFailures {

    private static final int KEY_LENGTH = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration window;

    LoginFailures(JdbcTemplate jdbc, Clock clock,
                  @Value("${kitabruecke.staff.login-window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
    }

    void record(String nameKey, String connection, Instant at) {
        jdbc.update("INSERT INTO staff_login_failure (name_key, connection, failed_at) VALUES (?, ?, ?)", nameKey,
                StoredKey.of(connection, KEY_LENGTH), Timestamp.from(at));
    }

    int ofNameSince(String nameKey, Instant since) {
        return count("name_key", nameKey, since);
    }

    int ofConnectionSince(String connection, Instant since) {
        return count("connection", StoredKey.of(connection, KEY_LENGTH), since);
    }

    /** A right password forgives the name's failures; they still count for the connection they came from. */
    void forgiveName(String nameKey) {
        jdbc.update("UPDATE staff_login_failure SET name_key = NULL WHERE name_key = ?", nameKey);
    }

    /** How many failures are remembered now. */
    int remembered() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM staff_login_failure", Integer.class);
        return count == null ? 0 : count;
    }

    /** Failures older than the window no longer count and go. Returns nothing: ShedLock needs void. */
    @Scheduled(fixedDelayString = "${kitabruecke.limits.cleanup-interval:PT5M}")
    @SchedulerLock(name = "login-failure-cleanup", lockAtMostFor = "PT10M")
    public void removeExpired() {
        removeBefore(clock.instant().minus(window));
    }

    int removeBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM staff_login_failure WHERE failed_at < ?", Timestamp.from(cutoff));
    }

    private int count(String column, String key, Instant since) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM staff_login_failure WHERE " + column + " = ? "
                + "AND failed_at >= ?", Integer.class, key, Timestamp.from(since));
        return count == null ? 0 : count;
    }
}
