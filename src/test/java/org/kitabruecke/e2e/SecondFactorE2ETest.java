package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kitabruecke.AuthenticatorApp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A social worker, who must have a second factor, sets it up at the first sign-in with the app the test plays
 * (it reads the key from the page, as a person types it into a phone), then signs in with password and code, and once
 * with a recovery code. The demo account's factor is removed at the end: the other browser tests share the database
 * and sign in as sozial without a code.
 */
@TestPropertySource(properties = "kitabruecke.staff.second-factor.required-for=SOCIAL_WORKER,ADMIN")
class SecondFactorE2ETest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected String host() {
        return "127.0.0.32";
    }

    @Test
    void aSocialWorkerSetsUpTheFactorAndSignsInWithCodesAndOnceWithARecoveryCode() {
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
        var page = new SecondFactorPage(browser);
        logIn();
        page.waitForHeading("Zweiten Faktor einrichten");
        assertThat(page.mainHeadings()).isEqualTo(1);
        assertThat(page.showsQrCode()).isTrue();
        var app = new AuthenticatorApp(page.shownKey());
        List<String> recoveryCodes = page.confirmSetUp(app.codeAt(clock.instant()));
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        page.goOn();
        waitForInbox();

        logOut();
        clock.setCityTime(TUESDAY_MORNING.plusSeconds(30));
        logIn();
        page.waitForHeading("Code aus der Authenticator-App");
        String right = app.codeAt(clock.instant());
        String wrong = right.equals("111111") ? "222 222" : "111 111";
        page.enterCode(wrong);
        assertThat(page.codeError()).contains("Dieser Code stimmt nicht");
        assertThat(page.typedCode()).as("nothing typed is lost").isEqualTo(wrong);

        browser.open("/staff");
        page.waitForHeading("Code aus der Authenticator-App");
        assertThat(browser.driver().getPageSource()).doesNotContain("Posteingang");
        browser.driver().navigate().refresh();
        page.waitForHeading("Code aus der Authenticator-App");
        browser.driver().navigate().back();
        page.waitForHeading("Code aus der Authenticator-App");

        page.enterCode(right.substring(0, 3) + " " + right.substring(3));
        waitForInbox();

        logOut();
        clock.setCityTime(TUESDAY_MORNING.plusSeconds(60));
        logIn();
        page.waitForHeading("Code aus der Authenticator-App");
        page.enterCode(recoveryCodes.get(4));
        waitForInbox();

        logOut();
        logIn();
        page.waitForHeading("Code aus der Authenticator-App");
        page.enterCode(recoveryCodes.get(4));
        assertThat(page.codeError()).contains("Dieser Code stimmt nicht");

        // a link opened while signed out (the team's alert mail) leads there after password and code
        page.cancel();
        clock.setCityTime(TUESDAY_MORNING.plusSeconds(90));
        browser.open("/staff/hours");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login"));
        new LoginPage(browser).waitUntilLive().logInAs("sozial", "kitabruecke-demo");
        page.waitForHeading("Code aus der Authenticator-App");
        page.enterCode(app.codeAt(clock.instant()));
        // Spring's saved request comes back with "?continue"
        browser.waiting().withMessage(() -> "landed on " + browser.driver().getCurrentUrl())
                .until(driver -> driver.getCurrentUrl().matches(".*/staff/hours(\\?.*)?"));

        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE actor = 'sozial' AND id > ? ORDER BY id",
                String.class, before)).as("a password without its code is no login")
                .containsExactly("FACTOR_ENROLLED", "RECOVERY_CODES_NEW", "LOGIN", "LOGIN_FAILED", "LOGIN",
                        "RECOVERY_CODE_USED", "LOGIN", "LOGIN_FAILED", "LOGIN");
    }

    @AfterAll
    void noFactorLeftOnTheDemoAccount() {
        jdbc.update("DELETE FROM staff_recovery_code WHERE account_id = (SELECT id FROM staff_account "
                + "WHERE username = 'sozial')");
        jdbc.update("DELETE FROM staff_second_factor WHERE account_id = (SELECT id FROM staff_account "
                + "WHERE username = 'sozial')");
    }

    private void logIn() {
        new LoginPage(browser).open("?lang=de").logInAs("sozial", "kitabruecke-demo");
    }

    private void waitForInbox() {
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/staff"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Posteingang"));
    }

    private void logOut() {
        browser.act(By.xpath("//vaadin-button[normalize-space()='Abmelden']"), WebElement::click);
        browser.waiting().until(driver -> !driver.getCurrentUrl().endsWith("/staff"));
    }
}
