package org.kitabruecke.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.TestClock;
import org.kitabruecke.staff.LoginNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** A staff session ends after the absolute limit however busy it was; a guessed-at login is refused early. */
@IntegrationTest
class StaffSessionFilterTest {

    private final TestClock clock = new TestClock();
    private LoginGuard guard;
    private StaffSessionFilter filter;

    @Autowired
    JdbcTemplate jdbc;

    /** The failures are shared with the portal's own guard on this database (as with other nodes'). */
    @AfterEach
    void forgetFailures() {
        jdbc.update("DELETE FROM staff_login_failure");
    }

    @Autowired
    void filter(LoginNames names, LoginFailures failures) {
        guard = new LoginGuard(2, Duration.ofMinutes(15), clock, names, failures);
        filter = new StaffSessionFilter(guard, Duration.ofHours(10), clock);
    }

    @Test
    void aSessionOlderThanTheAbsoluteLimitEndsAndLeadsToTheLogin() throws Exception {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 7, 0));
        var session = new MockHttpSession();
        session.setAttribute(StaffSessionFilter.LOGIN_AT, clock.instant());

        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 16, 59));
        var early = new MockFilterChain();
        filter.doFilter(request("GET", "/staff", session), new MockHttpServletResponse(), early);
        assertThat(early.getRequest()).as("still within 10 hours").isNotNull();

        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 17, 1));
        var response = new MockHttpServletResponse();
        var late = new MockFilterChain();
        filter.doFilter(request("GET", "/staff", session), response, late);
        assertThat(late.getRequest()).isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aLoginForAUserNameGuessedAtTooOftenIsRefusedBeforeThePasswordIsChecked() throws Exception {
        clock.setCityTime(LocalDateTime.of(2026, 12, 1, 9, 0));
        for (int i = 0; i < 2; i++) {
            guard.on(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated("sozial", "wrong"),
                    new BadCredentialsException("bad")));
        }
        var login = request("POST", "/login", new MockHttpSession());
        login.setParameter("username", "SÓZIAL");
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(login, response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?locked");
    }

    private static MockHttpServletRequest request(String method, String path, MockHttpSession session) {
        var request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        request.setSession(session);
        return request;
    }
}
