package org.kitabruecke.request.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.kitabruecke.AddressKey;
import org.kitabruecke.StoredKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The bot-check puzzles each connection solved lately ({@code bot_check_solved}), shared by all portal nodes: a script
 * spread over the nodes pays for all its submissions. Only inserts and counts, so two nodes never change one row;
 * rows older than the bot check's window are deleted by a job on one node.
 */
@Component
public class SolvedPuzzles {

    private static final int KEY_LENGTH = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration window;

    SolvedPuzzles(JdbcTemplate jdbc, Clock clock, @Value("${kitabruecke.bot-check.window:PT1H}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
    }

    /** Records a puzzle solved at {@code at} by the connection of {@code client}, unless it has {@code cap} since. */
    public void record(String client, Instant at, Instant since, int cap) {
        // counted first: a flood from one connection stores no more rows than it takes to reach the largest puzzle
        if (solvedSince(client, since) < cap) {
            jdbc.update("INSERT INTO bot_check_solved (connection, solved_at) VALUES (?, ?)", key(client),
                    Timestamp.from(at));
        }
    }

    /** How many puzzles the connection of {@code client} solved since then. */
    public int solvedSince(String client, Instant since) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM bot_check_solved WHERE connection = ? "
                + "AND solved_at >= ?", Integer.class, key(client), Timestamp.from(since));
        return count == null ? 0 : count;
    }

    /** Solved puzzles older than the window no longer count and go. Returns nothing: ShedLock needs void. */
    @Scheduled(fixedDelayString = "${kitabruecke.limits.cleanup-interval:PT5M}")
    @SchedulerLock(name = "bot-check-cleanup", lockAtMostFor = "PT10M")
    public void removeExpired() {
        removeBefore(clock.instant().minus(window));
    }

    public int removeBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM bot_check_solved WHERE solved_at < ?", Timestamp.from(cutoff));
    }

    private static String key(String client) {
        return StoredKey.of(AddressKey.of(client), KEY_LENGTH);
    }
}
