package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kitabruecke.staff.CityDirectory;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staff of the city sign in on the one login page with their directory name and password: the city's LDAP
 * directory is a real one (UnboundID in memory, started before the portal), and the portal gives each the role of
 * their directory group, and a Kita's staff the Kita their entry names.
 */
class DirectorySignInE2ETest extends BrowserTest {

    @DynamicPropertySource
    static void cityDirectory(DynamicPropertyRegistry registry) {
        CityDirectory.register(registry);
    }

    @Override
    protected String host() {
        return "127.0.0.33";
    }

    @Test
    void aSocialWorkerSignsInWithTheDirectoryPasswordAndWorksInTheInbox() {
        new LoginPage(browser).open("?lang=de").logInAs("i.sommer", CityDirectory.PASSWORD);

        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/staff"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Posteingang"));
        assertThat(browser.driver().findElement(By.cssSelector(".kb-staff-user")).getText())
                .isEqualTo("Angemeldet als i.sommer");
        String menu = browser.driver().findElement(By.cssSelector(".kb-staff-header nav")).getText();
        assertThat(menu).contains("Posteingang", "Termine")
                .doesNotContain("Weiterleitungen der Kita");
        browser.screenshot("directory-social-worker-inbox");
    }

    @Test
    void kitaStaffSignInWithTheDirectoryPasswordAndActForTheKitaTheirEntryNames() {
        new LoginPage(browser).open("?lang=de").logInAs("k.lange", CityDirectory.PASSWORD);

        browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/kita"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Weiterleitungen der Kita"));
        browser.waiting().until(driver -> driver.getPageSource().contains("Sie handeln für: Kita Sternschnuppe"));
        assertThat(browser.driver().findElement(By.cssSelector(".kb-staff-header nav")).getText())
                .doesNotContain("Posteingang");
    }

    @Test
    void aWrongDirectoryPasswordGivesTheUsualMessage() {
        var login = new LoginPage(browser).open("?lang=de");
        login.logInAs("g.demir", "falsch");

        browser.waiting().until(driver -> login.errorMessage().contains("Benutzername oder Passwort stimmen nicht"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
    }

    @Test
    void aDirectoryUserWithoutARoleInThePortalIsToldSoAndNotThatThePasswordWasWrong() {
        var login = new LoginPage(browser).open("?lang=de");
        login.logInAs("d.weber", CityDirectory.PASSWORD);

        browser.waiting().until(driver -> login.errorMessage().contains("noch nicht eingerichtet"));
        assertThat(login.errorMessage()).doesNotContain("Benutzername oder Passwort stimmen nicht");
    }
}
