package org.kitabruecke.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.i18n.Translations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The admins see per language what a translator still has to do, from the files and from the database. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class TranslationsViewTest extends SpringBrowserlessTest {

    @Autowired
    Translations translations;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void everyLanguageShowsItsUnreviewedKeysAndTheDatabaseTextsItLacks() {
        jdbc.update("INSERT INTO partner_service (id, name, kind, street, postcode, city, phone) VALUES (990, "
                + "'Nur deutsch beschrieben', 'OTHER', 'Teststraße 1', '44701', 'Ruhrstadt', '0221 4710 399')");
        jdbc.update("INSERT INTO partner_service_text (partner_service_id, language, description) VALUES (990, 'de', "
                + "'Beratung in einfachen Worten.')");
        try {
            showsTheStateOfEveryLanguage();
        } finally {
            jdbc.update("DELETE FROM partner_service WHERE id = 990");
        }
    }

    private void showsTheStateOfEveryLanguage() {
        navigate(TranslationsView.class);

        NativeTable table = $view(NativeTable.class).id("translations-table");
        assertThat(table.getElement().getOuterHTML())
                .contains("data-lang=\"ar\"", "data-lang=\"uk\"", "العربية");
        var arabic = translations.review(translations.find("ar").orElseThrow());
        assertThat(arabic.unreviewed()).as("keys added today are marked for review").isNotEmpty()
                .contains("admin.translations.title");

        String details = $view(NativeDetails.class).id("translations-ar").getElement().getOuterHTML();
        String firstUnreviewed = arabic.unreviewed().stream().sorted().findFirst().orElseThrow();
        assertThat(details).contains(arabic.unreviewed().size() + " Texte ungeprüft", firstUnreviewed)
                .as("a long list is counted, not shown whole")
                .contains("… und " + (arabic.unreviewed().size() - 40) + " weitere")
                .contains("Hilfsangebot: Nur deutsch beschrieben");
    }
}
