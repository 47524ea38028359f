package org.kitabruecke.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kitabruecke.TestClock;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** Password guessing is slowed down per user name and per address, and forgiven after the window. */
class LoginGuardTest {

    private final TestClock clock = new TestClock();
    private final LoginGuard guard = new LoginGuard(3, Duration.ofMinutes(15), clock);

    @Test
    void aUserNameIsLockedAfterTooManyFailuresUntilTheWindowHasPassed() {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 9, 0));
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
    void aSuccessfulLoginForgivesEarlierMistakes() {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 9, 0));
        fail("kita");
        fail("kita");
        guard.on(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated("kita", null,
                List.of())));
        fail("kita");
        assertThat(guard.isLocked("kita", "10.0.0.2")).isFalse();
    }

    private void fail(String username) {
        guard.on(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"),
                new BadCredentialsException("bad")));
    }
}
