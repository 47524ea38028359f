package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

class StaffAreaE2ETest extends BrowserTest {

    @Test
    void anonymousVisitorsAreSentToTheLoginInsteadOfTheInbox() {
        browser.open("/staff");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/login"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=username]")));
    }

    @Test
    void aSocialWorkerLogsInAndLandsInTheInbox() {
        logIn("sozial", "kitabruecke-demo");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/staff"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Posteingang"));
        assertThat(browser.driver().findElement(By.cssSelector(".kb-staff-user")).getText())
                .isEqualTo("Angemeldet als sozial");
        browser.screenshot("staff-inbox-de-phone");
    }

    @Test
    void kitaStaffLandInTheirAreaAndCannotOpenTheInbox() {
        logIn("kita", "kitabruecke-demo");
        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/kita"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Weiterleitungen der Kita"));

        browser.open("/staff");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Diese Seite ist nicht für Ihre Rolle"));
        assertThat(browser.driver().getPageSource()).doesNotContain("Posteingang");
    }

    @Test
    void aMistypedAddressGetsAFriendlyPageInTheVisitorsLanguage() {
        browser.open("/hilfe?lang=ar");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "الصفحة غير موجودة"));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    }

    @Test
    void aWrongPasswordShowsATranslatedMessage() {
        var login = new LoginPage(browser).open("?lang=de");
        login.logInAs("sozial", "falsch");
        browser.waiting().until(driver -> login.errorMessage().contains("Benutzername oder Passwort stimmen nicht"));
    }

    @Test
    void switchingLanguageOnALivePageKeepsWhatWasTypedAndTurnsThePage() {
        var login = new LoginPage(browser).open("?lang=de").typeUsername("sozial");
        String address = browser.driver().getCurrentUrl();

        login.chooseLanguage("العربية", "تسجيل دخول الموظفين");

        var header = new PortalHeader(browser);
        assertThat(header.direction()).isEqualTo("rtl");
        assertThat(header.pageLanguage()).isEqualTo("ar");
        assertThat(login.typedUsername()).as("nothing typed is lost").isEqualTo("sozial");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(address.replace("lang=de", "lang=ar"));
        assertThat(browser.driver().manage().getCookieNamed("kb_lang").getValue()).isEqualTo("ar");
        browser.screenshot("login-ar-phone");
    }

    private void logIn(String user, String password) {
        new LoginPage(browser).open("").logInAs(user, password);
        browser.waiting().until(driver -> !driver.getCurrentUrl().contains("/login"));
    }
}
