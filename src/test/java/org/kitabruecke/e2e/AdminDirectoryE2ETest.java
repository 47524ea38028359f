package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.directory.DirectoryAdminTest;
import org.kitabruecke.directory.DirectoryChanged;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admin keeps the directory on a desktop: a CSV file with a bad line imports nothing until it is fixed. */
class AdminDirectoryE2ETest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void removeImportedKitas() {
        jdbc.update("DELETE FROM kita WHERE name LIKE 'Kita Importprobe%'");
        events.publishEvent(new DirectoryChanged());
    }

    @Test
    void aFileWithOneBadLineShowsTheLineAndImportsNothingUntilItIsFixed() {
        browser.viewport(1280, 900);
        new LoginPage(browser).open("?lang=de").logInAs("admin", "kitabruecke-demo");
        browser.waiting().until(driver -> !driver.getCurrentUrl().contains("/login"));

        var page = new AdminImportPage(browser).open().upload(DirectoryAdminTest.THREE_GOOD_ONE_BAD);
        assertThat(page.problems()).containsExactly(
                List.of("4", "PLZ", "Die Postleitzahl hat fünf Ziffern, zum Beispiel 44787."));
        assertThat(page.summary()).isEqualTo("Die Datei hat einen Fehler. Es wurde nichts importiert.");
        assertThat(page.canImport()).isFalse();
        assertThat(imported()).isZero();
        browser.screenshot("admin-import-de-desktop");

        page.replaceText(DirectoryAdminTest.THREE_GOOD_ONE_BAD.replace(";4479;", ";44793;")).check();
        assertThat(page.summary()).startsWith("Geprüft, ohne Fehler: 4 neu");
        assertThat(imported()).isZero();
        page.importAll();
        assertThat(page.summary()).isEqualTo("Importiert: 4 neu, 0 geändert.");
        assertThat(imported()).isEqualTo(4);

        browser.open("/admin/services?lang=ar");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("descriptions-missing")));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        browser.screenshot("admin-services-ar-desktop");
    }

    private int imported() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM kita WHERE name LIKE 'Kita Importprobe%'",
                Integer.class);
        return count == null ? 0 : count;
    }
}
