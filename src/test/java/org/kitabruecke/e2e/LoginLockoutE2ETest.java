package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kitabruecke.privacy.AuditAction;
import org.kitabruecke.staff.LoginNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Guessing a password with the name written in other ways (accents, capitals) still locks the account, as MariaDB
 * finds it by each of them; the audit trail names the account, never a typed name of no account.
 * Uses the account kita2, which no other browser test logs in with: the lock lasts the run's pinned 15 minutes.
 */
class LoginLockoutE2ETest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected String host() {
        return "127.0.0.25";
    }

    @Test
    void failuresTypedWithAccentsAndCapitalsLockTheAccountAndTheRightPasswordIsThenRefused() {
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
        for (String typed : List.of("KÍTA2", "Kita2", "kíta2", "KITA2", "kitä2")) {
            var login = new LoginPage(browser).open("?lang=de");
            login.logInAs(typed, "falsch");
            browser.waiting().until(driver -> login.errorMessage()
                    .contains("Benutzername oder Passwort stimmen nicht"));
        }
        new LoginPage(browser).open("?lang=de").logInAs("sehr-geheim-2026", "falsch");
        browser.waiting().until(driver -> driver.getCurrentUrl().contains("error"));

        new LoginPage(browser).open("?lang=de").logInAs("kita2", "kitabruecke-demo");

        browser.waiting().until(driver -> driver.getCurrentUrl().contains("locked"));
        browser.waiting().until(driver -> driver.getPageSource().contains("Zu viele Fehlversuche"));
        List<String> actors = jdbc.queryForList("SELECT actor FROM audit_entry WHERE action = ? AND id > ? ORDER BY id",
                String.class, AuditAction.LOGIN_FAILED.name(), before);
        assertThat(actors).hasSize(6);
        assertThat(actors.subList(0, 5)).containsOnly("kita2");
        assertThat(actors.get(5)).startsWith(LoginNames.UNKNOWN_PREFIX).doesNotContain("geheim");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND id > ?", Integer.class,
                AuditAction.LOGIN.name(), before)).isZero();
    }
}
