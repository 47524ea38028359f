package org.kitabruecke.request;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.random.RandomGenerator;
import org.kitabruecke.AddressKey;
import org.kitabruecke.LimitTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Issues and checks the {@link BotCheck} puzzles of every public form that stores something (help request,
 * booking, waiting list). The check is made on the server before anything is stored.
 *
 * <p>The cost adapts to the connection ({@link AddressKey}): for every {@code kitabruecke.bot-check.doubling-after}
 * puzzles it solved within {@code kitabruecke.bot-check.window}, the largest secret number doubles, starting at
 * {@code kitabruecke.bot-check.max-number} and never beyond {@code kitabruecke.bot-check.max-number-cap}. A family
 * sending once or twice never notices; a script sending from one connection works twice as long, then four times...
 */
@Service
public class BotChecks {

    /** How many connections are remembered at most (see {@link LimitTable}). */
    private static final int MAX_TRACKED = 50_000;

    private final Clock clock;
    private final int baseMaxNumber;
    private final int doublingAfter;
    private final int maxNumberCap;
    private final Duration window;
    private final LimitTable<Deque<Instant>> solved;
    private final RandomGenerator random = new SecureRandom();

    BotChecks(Clock clock, @Value("${kitabruecke.bot-check.max-number:200000}") int baseMaxNumber,
              @Value("${kitabruecke.bot-check.doubling-after:3}") int doublingAfter,
              @Value("${kitabruecke.bot-check.window:PT1H}") Duration window,
              @Value("${kitabruecke.bot-check.max-number-cap:3200000}") int maxNumberCap) {
        if (baseMaxNumber < 1 || doublingAfter < 1 || maxNumberCap < baseMaxNumber) {
            throw new IllegalArgumentException("kitabruecke.bot-check: max-number >= 1, doubling-after >= 1, "
                    + "max-number-cap >= max-number");
        }
        this.clock = clock;
        this.baseMaxNumber = baseMaxNumber;
        this.doublingAfter = doublingAfter;
        this.maxNumberCap = maxNumberCap;
        this.window = window;
        this.solved = new LimitTable<>(MAX_TRACKED, window, times -> recent(times) >= doublingAfter, clock);
    }

    /** A new puzzle for the browser of {@code client}, as hard as the connection's recent submissions make it. */
    public BotCheck issue(String client) {
        return BotCheck.issue(random, maxNumber(client), clock.instant());
    }

    /**
     * Whether {@code solution} solves {@code check}, in time and for the first time; an accepted solution counts
     * towards the connection's next puzzles' cost.
     */
    public boolean accept(BotCheck check, long solution, String client) {
        Instant now = clock.instant();
        if (!check.acceptOnce(solution, now)) {
            return false;
        }
        Deque<Instant> times = solved.use(AddressKey.of(client), ArrayDeque::new);
        synchronized (times) {
            times.addLast(now);
            while (times.size() > 64) {
                times.removeFirst();
            }
        }
        return true;
    }

    /** The largest secret number of the next puzzle for {@code client}. */
    public int maxNumber(String client) {
        Deque<Instant> times = solved.peek(AddressKey.of(client));
        int doublings = times == null ? 0 : recent(times) / doublingAfter;
        long max = (long) baseMaxNumber << Math.min(doublings, 31);
        return (int) Math.min(max, maxNumberCap);
    }

    private int recent(Deque<Instant> times) {
        synchronized (times) {
            Instant since = clock.instant().minus(window);
            times.removeIf(time -> time.isBefore(since));
            return times.size();
        }
    }
}
