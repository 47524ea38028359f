package org.kitabruecke.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BotCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");

    @Test
    void onlyTheNumberThatMatchesTheHashSolvesThePuzzle() {
        BotCheck check = BotCheck.issue(new Random(7), 5_000, NOW);
        long solution = solve(check);

        assertThat(solution).isBetween(0L, 5_000L);
        assertThat(check.solvedBy(solution, NOW)).isTrue();
        assertThat(check.solvedBy(solution + 1, NOW)).isFalse();
        assertThat(check.solvedBy(-1, NOW)).isFalse();
    }

    @Test
    void aPuzzleExpires() {
        BotCheck check = BotCheck.issue(new Random(8), 5_000, NOW);
        long solution = solve(check);

        assertThat(check.solvedBy(solution, NOW.plus(BotCheck.VALID_FOR))).isFalse();
        assertThat(check.isExpired(NOW.plus(BotCheck.VALID_FOR))).isTrue();
        assertThat(check.isExpired(NOW)).isFalse();
    }

    @Test
    void everyPuzzleIsDifferentAndTheHashIsPlainSha256() {
        BotCheck one = BotCheck.issue(new Random(), 100, NOW);
        BotCheck other = BotCheck.issue(new Random(), 100, NOW);

        assertThat(one.salt()).isNotEqualTo(other.salt()).hasSize(24);
        assertThat(BotCheck.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    /** What the browser does, the slow way. */
    static long solve(BotCheck check) {
        for (int n = 0; n <= check.maxNumber(); n++) {
            if (BotCheck.sha256Hex(check.salt() + n).equals(check.hash())) {
                return n;
            }
        }
        return -1;
    }
}
