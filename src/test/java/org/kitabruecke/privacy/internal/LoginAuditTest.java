package org.kitabruecke.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.staff.LoginNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

/** A failed login is audited under the account it was meant for; a name of no account never in clear. */
@IntegrationTest
class LoginAuditTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedLoginIsAuditedUnderTheAccountTheDatabaseFoundForTheTypedName() {
        long before = lastId();
        fail("SÓZIAL");

        assertThat(jdbc.queryForList("SELECT actor FROM audit_entry WHERE action = 'LOGIN_FAILED' AND id > ?",
                String.class, before)).containsExactly("sozial");
    }

    @Test
    void aTypedNameOfNoAccountIsAuditedAsUnknownWithAShortHashOnly() {
        long before = lastId();
        fail("Sommer2026!geheim");

        var actors = jdbc.queryForList("SELECT actor FROM audit_entry WHERE action = 'LOGIN_FAILED' AND id > ?",
                String.class, before);
        assertThat(actors).singleElement().asString().startsWith(LoginNames.UNKNOWN_PREFIX)
                .doesNotContainIgnoringCase("sommer").doesNotContainIgnoringCase("geheim");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE actor LIKE '%geheim%' "
                + "OR detail LIKE '%geheim%'", Integer.class)).isZero();
    }

    private void fail(String typed) {
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(typed, "wrong"),
                new BadCredentialsException("bad")));
    }

    private long lastId() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
    }
}
