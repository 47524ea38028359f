package org.kitabruecke.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.staff.LoginNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Password guessing is slowed down per name (as the database compares names) and per connection, forgiven after
 * the window, and the memory of it stays bounded. With the real account table behind {@link LoginNames}.
 */
@IntegrationTest
class LoginGuardTest {

    @Autowired
    LoginNames names;

    private final TestClock clock = new TestClock();
    private LoginGuard guard;

    @BeforeEach
    void guard() {
        guard = new LoginGuard(3, Duration.ofMinutes(15), 200, clock, names);
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 9, 0));
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
        fail("admin");
        fail("admin");
        fail("admin");
        for (int i = 0; i < 2_000; i++) {
            fail("guess-" + i);
        }
        assertThat(guard.isLocked("Admin", "10.0.0.4")).isTrue();
        assertThat(guard.tracked()).isLessThanOrEqualTo(200);
        assertThat(names.key("geheimes-passwort-42")).doesNotContain("geheim").hasSize(64);
    }

    private void fail(String username) {
        guard.on(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"),
                new BadCredentialsException("bad")));
    }
}
