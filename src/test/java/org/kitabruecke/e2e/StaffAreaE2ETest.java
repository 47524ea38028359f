package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

class StaffAreaE2ETest extends BrowserTest {

    @Test
    void anonymousVisitorsAreSentToTheLoginInsteadOfTheInbox() {
        browser.open("/staff");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
    }

    @Test
    void aSocialWorkerLogsInAndReachesTheInbox() {
        logIn("sozial", "kitabruecke-demo");
        browser.open("/staff");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Posteingang"));
        assertThat(browser.driver().findElement(By.cssSelector(".kb-staff-user")).getText())
                .isEqualTo("Angemeldet als sozial");
        browser.screenshot("staff-inbox-de-phone");
    }

    @Test
    void kitaStaffReachTheirAreaButNotTheInbox() {
        logIn("kita", "kitabruecke-demo");
        browser.open("/kita");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Weiterleitungen der Kita"));
        browser.open("/staff");
        browser.waiting().until(driver -> driver.findElements(By.tagName("body")).size() == 1);
        assertThat(browser.driver().getPageSource()).doesNotContain("Posteingang");
    }

    @Test
    void aWrongPasswordShowsATranslatedMessage() {
        browser.open("/login?lang=de");
        type("sozial", "falsch");
        browser.waiting().until(driver -> driver.getCurrentUrl().contains("error"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-login-form"),
                "Benutzername oder Passwort stimmen nicht"));
    }

    private void logIn(String user, String password) {
        browser.open("/login");
        type(user, password);
        browser.waiting().until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private void type(String user, String password) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        browser.driver().findElement(By.cssSelector("input[name=username]")).sendKeys(user);
        browser.driver().findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
    }
}
