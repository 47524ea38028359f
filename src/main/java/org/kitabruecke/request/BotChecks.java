package org.kitabruecke.request;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.kitabruecke.AddressKey;
import org.kitabruecke.request.internal.SolvedPuzzles;
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
 * The solved puzzles are counted in MariaDB ({@link SolvedPuzzles}), so all portal nodes see the same cost.
 */
@Service
public class BotChecks {

    /** Solved puzzles counted per connection at most; beyond the cap's doublings more would change nothing. */
    private static final int MAX_COUNTED = 64;

    private final Clock clock;
    private final int baseMaxNumber;
    private final int doublingAfter;
    private final int maxNumberCap;
    private final Duration window;
    private final SolvedPuzzles solved;
    private final RandomGenerator random = new SecureRandom();

    BotChecks(Clock clock, SolvedPuzzles solved,
              @Value("${kitabruecke.bot-check.max-number:200000}") int baseMaxNumber,
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
        this.solved = solved;
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
        solved.record(client, now, now.minus(window), MAX_COUNTED);
        return true;
    }

    /** The largest secret number of the next puzzle for {@code client}. */
    public int maxNumber(String client) {
        int doublings = solved.solvedSince(client, clock.instant().minus(window)) / doublingAfter;
        long max = (long) baseMaxNumber << Math.min(doublings, 31);
        return (int) Math.min(max, maxNumberCap);
    }
}
