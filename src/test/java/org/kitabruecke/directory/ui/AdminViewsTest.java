package org.kitabruecke.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.directory.DirectoryAdminTest;
import org.kitabruecke.directory.DirectoryChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The admin pages of the directory, without a browser: the CSV import's dry run, and messages at the field. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AdminViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @AfterEach
    void removeImportedKitas() {
        jdbc.update("DELETE FROM kita WHERE name LIKE 'Kita Importprobe%'");
        events.publishEvent(new DirectoryChanged());
    }

    @Test
    void theDryRunNamesTheBadLineAndImportWaitsUntilTheFileIsFixed() {
        navigate(AdminImportView.class);
        test($view(TextArea.class).id("import-text")).setValue(DirectoryAdminTest.THREE_GOOD_ONE_BAD);
        test($view(Button.class).id("import-check")).click();

        assertThat(summary()).isEqualTo("Die Datei hat einen Fehler. Es wurde nichts importiert.");
        assertThat(cells("import-problems")).containsExactly(
                List.of("4", "PLZ", "Die Postleitzahl hat fünf Ziffern, zum Beispiel 44787."));
        assertThat($view(Button.class).id("import-run").isEnabled()).isFalse();

        test($view(TextArea.class).id("import-text"))
                .setValue(DirectoryAdminTest.THREE_GOOD_ONE_BAD.replace(";4479;", ";44793;"));
        assertThat($view(Button.class).id("import-run").isEnabled()).as("only what was checked").isFalse();
        test($view(Button.class).id("import-check")).click();
        assertThat(summary()).startsWith("Geprüft, ohne Fehler: 4 neu, 0 geändert, 0 unverändert.");
        assertThat(cells("import-lines")).hasSize(4).first().isEqualTo(
                List.of("2", "neu", "Kita Importprobe Eins", "Probeweg 1, 44791 Ruhrstadt", "Mitte"));

        test($view(Button.class).id("import-run")).click();
        assertThat(summary()).isEqualTo("Importiert: 4 neu, 0 geändert.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kita WHERE name LIKE 'Kita Importprobe%'", Integer.class))
                .isEqualTo(4);
    }

    @Test
    void aKitaWithMistakesIsNotSavedAndEveryMistakeIsShownAtItsField() {
        navigate(AdminKitasView.class);
        test($view(TextField.class).id("kita-name")).setValue("Kita Adminprobe Fehler");
        test($view(TextField.class).id("kita-postcode")).setValue("12");
        test($view(TextField.class).id("kita-phone")).setValue("12");
        test($view(Button.class).id("kita-save")).click();

        assertThat($view(TextField.class).id("kita-postcode").getErrorMessage())
                .isEqualTo("Die Postleitzahl hat fünf Ziffern, zum Beispiel 44787.");
        assertThat($view(TextField.class).id("kita-phone").isInvalid()).isTrue();
        assertThat($view(TextField.class).id("kita-street").getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat($view(Select.class).id("kita-district").isInvalid()).isTrue();
        assertThat($view(TextField.class).id("kita-name").getValue()).isEqualTo("Kita Adminprobe Fehler");
        assertThat($view(Paragraph.class).id("kita-message").getText())
                .isEqualTo("Bitte prüfen Sie die markierten Felder. Ihre Eingaben sind noch da.");
    }

    @Test
    void aServiceShowsWhichLanguagesItsDescriptionStillLacksAndNeedsAGermanOne() {
        navigate(AdminServicesView.class);
        assertThat($view(Paragraph.class).id("descriptions-missing").getText()).startsWith("Fehlt noch in: Deutsch,");

        test($view(TextField.class).id("service-name")).setValue("Probeangebot Neu");
        test($view(TextArea.class).id("description-tr")).setValue("Ücretsiz danışmanlık.");
        test($view(Button.class).id("service-save")).click();

        assertThat($view(TextArea.class).id("description-de").getErrorMessage())
                .isEqualTo("Die deutsche Beschreibung ist nötig: Sie wird gezeigt, solange eine Sprache fehlt.");
        assertThat($view(TextField.class).id("service-street").getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat($view(TextArea.class).id("description-tr").getValue()).isEqualTo("Ücretsiz danışmanlık.");
        assertThat($view(Paragraph.class).id("descriptions-missing").getText()).doesNotContain("Türkçe")
                .contains("Русский", "العربية");
        assertThat($view(Paragraph.class).id("service-message").getText())
                .isEqualTo("Bitte prüfen Sie die markierten Felder. Ihre Eingaben sind noch da.");
    }

    private String summary() {
        return $view(Paragraph.class).id("import-summary").getText();
    }

    /** The body rows of a table, cell by cell. */
    private List<List<String>> cells(String id) {
        var table = $view(NativeTable.class).id(id);
        return table.getBody().getRows().stream()
                .map(row -> row.getDataCells().stream().map(cell -> cell.getElement().getText()).toList()).toList();
    }
}
