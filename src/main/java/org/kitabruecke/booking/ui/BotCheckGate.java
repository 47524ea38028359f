package org.kitabruecke.booking.ui;

import java.io.Serializable;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.request.BotCheck;
import org.kitabruecke.ui.ProofOfWork;

/**
 * The bot check in front of a booking form's "send": the browser solves a puzzle while the parent reads; a tap
 * before it is done waits for it. Every answer is used once, for one attempt, and the service checks it before it
 * stores anything; the next attempt gets a new puzzle.
 */
final class BotCheckGate implements Serializable {

    /** What the form does with a puzzle and the browser's answer to it. */
    interface Attempt extends Serializable {
        void run(BotCheck check, long answer);
    }

    /** Issues a puzzle for this connection (a service of the form's own module). */
    interface Issuer extends Serializable {
        BotCheck issue();
    }

    private final ProofOfWork browser = new ProofOfWork();
    private final Issuer issuer;
    private final Clock clock;
    private @Nullable BotCheck check;
    private @Nullable Long answer;
    private @Nullable Attempt waiting;

    BotCheckGate(Issuer issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    /** The invisible element that runs the search; add it to the form. */
    ProofOfWork component() {
        return browser;
    }

    /** Asks the browser to solve a new puzzle. */
    void start() {
        BotCheck next = issuer.issue();
        check = next;
        answer = null;
        browser.solve(new ProofOfWork.Puzzle(next.salt(), next.hash(), next.maxNumber()), this::solved);
    }

    /** Runs the attempt now if the browser has answered, else as soon as it does; true if it ran now. */
    boolean attempt(Attempt attempt) {
        BotCheck current = check;
        Long solution = answer;
        if (current == null || current.isExpired(clock.instant())) {
            start();
            waiting = attempt;
            return false;
        }
        if (solution == null) {
            waiting = attempt;
            return false;
        }
        waiting = null;
        start();
        attempt.run(current, solution);
        return true;
    }

    private void solved(long number) {
        answer = number;
        Attempt queued = waiting;
        if (queued != null) {
            attempt(queued);
        }
    }
}
