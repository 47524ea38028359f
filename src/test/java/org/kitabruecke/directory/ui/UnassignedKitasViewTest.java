package org.kitabruecke.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.directory.DirectoryChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Kitas imported without anyone responsible are listed after the import and on the Kita page until assigned. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UnassignedKitasViewTest extends SpringBrowserlessTest {

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
        jdbc.update("DELETE FROM kita WHERE name LIKE 'Kita Zuordnungsprobe%'");
        events.publishEvent(new DirectoryChanged());
    }

    @Test
    void anImportedKitaIsListedToBeAssignedUntilSomeoneIs() {
        navigate(AdminImportView.class);
        test($view(TextArea.class).id("import-text")).setValue("""
                Name;Straße;PLZ;Ort;Stadtbezirk
                Kita Zuordnungsprobe;Probeweg 9;44799;Ruhrstadt;Nord
                """);
        test($view(Button.class).id("import-check")).click();
        test($view(Button.class).id("import-run")).click();

        Div listed = $view(Div.class).id("import-unassigned");
        assertThat(listed.isVisible()).isTrue();
        assertThat(listed.getElement().getTextRecursively()).startsWith("Noch ohne Ansprechperson (")
                .contains("Kita Zuordnungsprobe");
        String link = $(Anchor.class, listed).all().stream()
                .filter(anchor -> anchor.getText().equals("Kita Zuordnungsprobe")).findFirst().orElseThrow().getHref();

        long id = jdbc.queryForObject("SELECT id FROM kita WHERE name = 'Kita Zuordnungsprobe'", Long.class);
        assertThat(link).isEqualTo("admin/kitas?kita=" + id);
        UI.getCurrent().navigate(AdminKitasView.PATH, QueryParameters.fromString(link.substring(link.indexOf('?') + 1)));
        assertThat($view(TextField.class).id("kita-name").getValue()).isEqualTo("Kita Zuordnungsprobe");
        assertThat(unassigned()).contains("Kita Zuordnungsprobe");
        test($view(Button.class).id("assignments-add")).click();
        @SuppressWarnings("unchecked")
        Select<Object> worker = $view(Select.class).all().stream()
                .filter(select -> "Sozialarbeiterin oder Sozialarbeiter".equals(select.getLabel()))
                .findFirst().orElseThrow();
        test(worker).selectItem("Olena Probe");
        test($view(Button.class).id("assignments-save")).click();

        assertThat(unassigned()).doesNotContain("Kita Zuordnungsprobe");
    }

    /** What the list of Kitas without anyone responsible shows: nothing when it is hidden. */
    private String unassigned() {
        return getCurrentView().getElement().getChildren()
                .filter(child -> "kitas-unassigned".equals(child.getAttribute("id")))
                .map(list -> list.isVisible() ? list.getTextRecursively() : "").findFirst().orElseThrow();
    }
}
