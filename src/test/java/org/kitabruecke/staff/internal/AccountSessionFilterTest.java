package org.kitabruecke.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** A session ends at its next request once its account was deactivated or got a new password or role. */
@IntegrationTest
@Transactional
class AccountSessionFilterTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noOneLoggedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionOfAnAccountChangedSinceItBeganEndsAndOthersGoOn() throws Exception {
        var filter = new AccountSessionFilter(jdbc);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "sozial2", "n/a", List.of(new SimpleGrantedAuthority("ROLE_SOCIAL_WORKER"))));
        var session = new MockHttpSession();
        assertThat(passes(filter, session)).as("the first request after login").isTrue();
        assertThat(passes(filter, session)).isTrue();

        jdbc.update("UPDATE staff_account SET sessions_generation = sessions_generation + 1 WHERE username = ?",
                "sozial2");
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request(session), response, chain);
        assertThat(chain.getRequest()).isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aDeactivatedAccountsSessionEnds() throws Exception {
        var filter = new AccountSessionFilter(jdbc);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "sozial2", "n/a", List.of(new SimpleGrantedAuthority("ROLE_SOCIAL_WORKER"))));
        var session = new MockHttpSession();
        assertThat(passes(filter, session)).isTrue();
        jdbc.update("UPDATE staff_account SET enabled = FALSE WHERE username = ?", "sozial2");
        assertThat(passes(filter, session)).isFalse();
    }

    @Test
    void visitorsWithoutLoginAreLeftAlone() throws Exception {
        assertThat(passes(new AccountSessionFilter(jdbc), new MockHttpSession())).isTrue();
    }

    private static boolean passes(AccountSessionFilter filter, MockHttpSession session) throws Exception {
        var chain = new MockFilterChain();
        filter.doFilter(request(session), new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }

    private static MockHttpServletRequest request(MockHttpSession session) {
        var request = new MockHttpServletRequest("GET", "/staff");
        request.setSession(session);
        return request;
    }
}
