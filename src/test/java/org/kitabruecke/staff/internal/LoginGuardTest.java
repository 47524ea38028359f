package org.kitabruecke.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.staff.LoginNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Password guessing is slowed down per name (as the database compares names) and per connection, forgiven after
 * the window, and the memory of it stays bounded. With the real account table behind {@link LoginNames} and the
 * failures in MariaDB ({@link LoginFailures}), where every portal node counts them.
 */
@IntegrationTest
class LoginGuardTest {

    @Autowired
    LoginNames names;

    @Autowired
    LoginFailures failures;

    @Autowired
    JdbcTemplate jdbc;

    private final TestClock clock = new TestClock();
    private LoginGuard guard;

    @BeforeEach
    void guard() {
        guard = new LoginGuard(3, Duration.ofMinutes(15), clock, names, failures);
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 9, 0));
    }

    /** The failures are shared with every other guard on this database: none of this test's may lock out another's. */
    @AfterEach
    void forgetFailures() {
        jdbc.update("DELETE FROM staff_login_failure");
    }

    @Test
    void aUserNameIsLockedAfterTooManyFailuresUntilTheWindowHasPassed() {
        fail("sozial");
        fail("sozial");
        assertThat(guard.isLocked("sozial", "10.0.0.1")).isFalse();
        fail("Sozial ");
        assertThat(guard.isLocked("sozial", "10.0.0.99")).as("whatever the address").isTrue();
        assertThat(guard.isLocked("sozial2", "10.0.0.99")).isFalse();

        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 9, 16));
        assertThat(guard.isLocked("sozial", "10.0.0.1")).isFalse();
    }

    @Test
    void failuresTypedWithAccentsOrInCapitalsLockTheAccountTheDatabaseFindsForThem() {
        fail("sózial");
        fail("Sozial");
        fail("SOZIAL");

        assertThat(guard.isLocked("sozial", "10.0.0.3")).isTrue();
        assertThat(guard.isLocked("SÓZIAL", "10.0.0.3")).isTrue();
        assertThat(guard.isLocked("ｓｏｚｉａｌ\u00a0", "10.0.0.3")).as("full-width, trailing no-break space").isTrue();
        assertThat(guard.isLocked("kita", "10.0.0.3")).isFalse();
    }

    @Test
    void aSuccessfulLoginForgivesEarlierMistakes() {
        fail("kita");
        fail("KÍTA");
        guard.on(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated("kita", null,
                List.of())));
        fail("kita");
        assertThat(guard.isLocked("kita", "10.0.0.2")).isFalse();
    }

    @Test
    void aFloodOfOtherNamesNeitherResetsANameBeingGuessedAtNorGrowsWithoutBound() {
        int before = guard.tracked();
        fail("admin");
        fail("admin");
        fail("admin");
        for (int i = 0; i < 2_000; i++) {
            fail("guess-" + i);
        }
        assertThat(guard.isLocked("Admin", "10.0.0.4")).isTrue();
        assertThat(guard.tracked()).isEqualTo(before + 2_003);
        assertThat(jdbc.queryForList("SELECT name_key FROM staff_login_failure", String.class))
                .as("only keyed hashes of the names").filteredOn(Objects::nonNull)
                .allMatch(key -> key.matches("[0-9a-f]{64}"));
        assertThat(names.key("geheimes-passwort-42")).doesNotContain("geheim").hasSize(64);

        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 9, 16));
        failures.removeBefore(clock.instant().minus(Duration.ofMinutes(15)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_login_failure WHERE failed_at <= ?",
                Integer.class, Timestamp.from(LocalDateTime.of(2026, 12, 1, 9, 0).atZone(TestClock.CITY).toInstant())))
                .as("the window over, the flood is deleted")
                .isZero();
    }

    private void fail(String username) {
        guard.on(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"),
                new BadCredentialsException("bad")));
    }
}
