package org.kitabruecke.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.directory.DirectoryChanged;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Figures and the CSV import in a real browser: a wrong tap is taken back, a second tap says it is the second, a
 * double tap from a slow phone is one entry, and a reload shows the same figures; an empty postcode says it is
 * missing, the page after the upload passes axe-core, and a Kita imported without anyone responsible gives parents
 * the team's number.
 */
class FiguresAndImportE2ETest extends BrowserTest {

    private static final String TEAM_PHONE = "0221 4710 100";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Override
    protected String host() {
        return "127.0.0.36";
    }

    @AfterEach
    void removeImportedKitas() {
        jdbc.update("DELETE FROM kita WHERE name LIKE 'Kita Teamprobe%'");
        events.publishEvent(new DirectoryChanged());
    }

    @Test
    void aWrongTapIsTakenBackASecondTapSaysSoAndADoubleTapIsOneEntry() {
        new LoginPage(browser).open("?lang=de").logInAs("sozial", "kitabruecke-demo");
        browser.waiting().until(driver -> !driver.getCurrentUrl().contains("/login"));
        var page = new StatisticsPage(browser).open();
        int before = page.count("category", "Telefonberatung");

        int first = page.tap("PHONE_COUNSELLING").todaysNumber();
        assertThat(page.count("category", "Telefonberatung")).isEqualTo(before + 1);
        page.undo();
        assertThat(page.confirmation()).isEqualTo("Zurückgenommen: Telefonberatung");
        assertThat(page.count("category", "Telefonberatung")).isEqualTo(before);

        assertThat(page.tap("PHONE_COUNSELLING").todaysNumber()).as("the undone entry counts no more")
                .isEqualTo(first);
        assertThat(page.tap("PHONE_COUNSELLING").confirmation())
                .isEqualTo("Eingetragen: Telefonberatung – Ihr " + (first + 1) + ". Eintrag heute");
        assertThat(page.count("category", "Telefonberatung")).isEqualTo(before + 2);
        browser.screenshot("statistics-second-entry-de-phone");

        page.doubleTap("PHONE_COUNSELLING");
        assertThat(page.todaysNumber()).as("a double tap is one entry").isEqualTo(first + 2);

        page.open();
        assertThat(page.count("category", "Telefonberatung")).as("after a reload").isEqualTo(before + 3);
        assertThat(page.sum("district")).as("the district table adds up to the total")
                .isEqualTo(page.sum("category"));
    }

    @Test
    void aMissingPostcodeSaysSoAndAKitaWithoutTeamGivesParentsTheTeamsNumber() {
        browser.viewport(1280, 900);
        new LoginPage(browser).open("?lang=de").logInAs("admin", "kitabruecke-demo");
        browser.waiting().until(driver -> !driver.getCurrentUrl().contains("/login"));
        String file = """
                Name;Straße;PLZ;Ort;Stadtbezirk;Telefon
                Kita Teamprobe Eins;Probeweg 1;;Ruhrstadt;Mitte;
                Kita Teamprobe Zwei;Probeweg 2;4479;Ruhrstadt;Süd;
                """;

        var page = new AdminImportPage(browser).open().upload(file);
        assertThat(page.problems()).containsExactly(
                List.of("2", "PLZ", "Fehlt: Dieses Feld ist leer."),
                List.of("3", "PLZ", "Die Postleitzahl hat fünf Ziffern, zum Beispiel 44787."));
        browser.waitUntilServerHasAll();
        List<Rule> violations = new AxeBuilder().analyze(browser.driver()).getViolations();
        browser.screenshot("admin-import-missing-de-desktop");
        assertThat(violations).as("axe-core after the upload").extracting(rule -> rule.getId() + ": "
                + rule.getNodes().stream().map(node -> node.getTarget() + " " + node.getFailureSummary()).toList())
                .isEmpty();

        page.replaceText(file.replace(";;Ruhrstadt", ";44791;Ruhrstadt").replace(";4479;", ";44792;")).check();
        page.importAll();
        assertThat(page.withoutTeam()).contains("Kita Teamprobe Eins", "Kita Teamprobe Zwei");
        page.assign("Kita Teamprobe Eins");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("assignments-save")));
        assertThat(browser.driver().findElement(By.cssSelector("#kita-name input")).getDomProperty("value"))
                .as("the Kita is open to assign someone").isEqualTo("Kita Teamprobe Eins");
        assertThat(browser.driver().findElement(By.id("kitas-unassigned")).getText()).contains("Kita Teamprobe Eins");

        long id = jdbc.queryForObject("SELECT id FROM kita WHERE name = 'Kita Teamprobe Eins'", Long.class);
        browser.forgetEverything();
        browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        browser.open("/contacts/kita/" + id + "?lang=de");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("kita-team-phone")));
        assertThat(shown(browser.driver().findElement(By.id("kita-nobody")).getText()))
                .isEqualTo("Für diese Kita ist gerade niemand eingetragen. Rufen Sie uns an: " + TEAM_PHONE + ".");
        assertThat(browser.driver().findElement(By.id("kita-team-phone")).getDomAttribute("href"))
                .isEqualTo("tel:" + TEAM_PHONE.replace(" ", ""));
        browser.screenshot("kita-without-team-de-phone");
    }

    /** A text as read: phone numbers are shown isolated from the text's direction and with non-breaking spaces. */
    private static String shown(String text) {
        return text.replaceAll("[\u2066\u2069]", "").replace('\u00A0', ' ');
    }
}
