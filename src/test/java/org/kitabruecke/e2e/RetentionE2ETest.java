package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.kitabruecke.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff see what will be forgotten soon (decision 0015): a social worker finds a request closed almost half a year ago
 * in "Bald gelöscht" and opens it from there; a Kita account has neither the link nor the page.
 */
class RetentionE2ETest extends BrowserTest {

    static final String CODE = "KB-RTN-2E2";

    @Autowired
    JdbcTemplate jdbc;

    @Override
    protected String host() {
        return "127.0.0.22";
    }

    @Test
    void aSocialWorkerSeesARequestAWeekBeforeItIsForgottenAndOpensItFromTheList() {
        // closed 175 days before today: its 182 days end on 8 December
        Timestamp closed = Timestamp.from(TUESDAY_MORNING.minusDays(175).atZone(TestClock.CITY).toInstant());
        jdbc.update("""
                INSERT INTO help_request (reference_code, pin_hash, source, urgency, status, phone, contact_language,
                  page_language, consent_version, consent_language, closed_reason, closed_at, created_at, updated_at)
                VALUES (?, 'x', 'PARENT', 'SOON', 'CLOSED', '+4915112341515', 'de', 'de', 'help-2026-11-25', 'de',
                  'HELPED', ?, ?, ?)""", CODE, closed, closed, closed);
        long id = jdbc.queryForObject("SELECT id FROM help_request WHERE reference_code = ?", Long.class, CODE);
        jdbc.update("INSERT INTO help_request_topic (help_request_id, topic) VALUES (?, 'HEALTH')", id);
        browser.viewport(1280, 900);
        new LoginPage(browser).open("?lang=de").logInAs("sozial", "kitabruecke-demo");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/staff"));

        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Bald gelöscht"))).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bald gelöscht"));
        var link = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText(CODE)));
        browser.waiting().until(driver -> driver.getPageSource().contains("Anfrage, abgeschlossen")
                && driver.getPageSource().contains("08.12.2026"));
        browser.screenshot("retention-de-desktop");

        link.click();
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/staff/request/" + id));
    }

    @Test
    void aKitaAccountHasNeitherTheLinkNorThePage() {
        new LoginPage(browser).open("?lang=de").logInAs("kita", "kitabruecke-demo");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/kita"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Weiterleitungen der Kita"));
        assertThat(browser.driver().findElements(By.linkText("Bald gelöscht"))).isEmpty();

        browser.open("/staff/retention");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Diese Seite ist nicht für Ihre Rolle"));
        assertThat(browser.driver().getPageSource()).doesNotContain(CODE);
    }
}
