package org.kitabruecke.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.request.internal.SolvedPuzzles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server's side of the bot check: each answer counts once, and a busy connection pays more per puzzle. The solved
 * puzzles are counted in MariaDB ({@link SolvedPuzzles}), as every portal node counts them.
 */
@IntegrationTest
class BotChecksTest {

    private final TestClock clock = new TestClock();
    private BotChecks checks;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void checks(@Autowired SolvedPuzzles solved) {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 9, 0));
        checks = new BotChecks(clock, solved, 1_000, 3, Duration.ofHours(1), 8_000);
    }

    /** Shared with every other bot check on this database: this test's connections must not make theirs harder. */
    @AfterEach
    void forgetSolvedPuzzles() {
        jdbc.update("DELETE FROM bot_check_solved WHERE connection LIKE '198.51.100.%' "
                + "OR connection LIKE '2001:db8:5:6:%'");
    }

    @Test
    void aSolutionIsAcceptedOnceAndAWrongOneNever() {
        BotCheck check = checks.issue("198.51.100.1");
        long solution = Puzzles.solve(check);

        assertThat(checks.accept(check, solution + 1, "198.51.100.1")).isFalse();
        assertThat(checks.accept(check, solution, "198.51.100.1")).isTrue();
        assertThat(checks.accept(check, solution, "198.51.100.1")).as("the same answer again").isFalse();
    }

    @Test
    void theCostDoublesPerThreeAcceptedSubmissionsOfOneConnectionUpToTheCapAndFallsAfterTheWindow() {
        String busy = "2001:db8:5:6::1";
        assertThat(checks.issue(busy).maxNumber()).isEqualTo(1_000);
        solveAndSend(busy, 2);
        assertThat(checks.issue(busy).maxNumber()).as("two sent: a family").isEqualTo(1_000);
        solveAndSend(busy, 1);
        assertThat(checks.issue(busy).maxNumber()).isEqualTo(2_000);
        solveAndSend("2001:db8:5:6::beef", 3);
        assertThat(checks.issue(busy).maxNumber()).as("the same /64").isEqualTo(4_000);
        solveAndSend(busy, 30);
        assertThat(checks.issue(busy).maxNumber()).as("capped").isEqualTo(8_000);
        assertThat(checks.issue("198.51.100.2").maxNumber()).as("another connection").isEqualTo(1_000);

        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 10, 1));
        assertThat(checks.issue(busy).maxNumber()).as("an hour later").isEqualTo(1_000);
    }

    @Test
    void wrongAnswersDoNotMakeTheFamilysNextPuzzleHarder() {
        for (int i = 0; i < 10; i++) {
            checks.accept(checks.issue("198.51.100.3"), -1, "198.51.100.3");
        }
        assertThat(checks.maxNumber("198.51.100.3")).isEqualTo(1_000);
    }

    private void solveAndSend(String client, int times) {
        for (int i = 0; i < times; i++) {
            BotCheck check = checks.issue(client);
            assertThat(checks.accept(check, Puzzles.solve(check), client)).isTrue();
        }
    }
}
