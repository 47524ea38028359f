package org.kitabruecke.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kitabruecke.IntegrationTest;
import org.kitabruecke.staff.AccountSummary;
import org.kitabruecke.staff.KitaChoice;
import org.kitabruecke.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The admin page says at the field what is wrong and why the admin's own account cannot be demoted. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdminsOwnAccountCannotBeDemotedOrDeactivatedAndThePageSaysWhyAtTheField() {
        navigate(AccountsView.class);
        Grid<AccountSummary> grid = $view(Grid.class).id("accounts-grid");
        grid.getListDataView().getItems().filter(account -> account.username().equals("admin")).findFirst()
                .ifPresent(grid::select);

        Select<StaffRole> role = $view(Select.class).id("edit-role");
        assertThat(role.isReadOnly()).isTrue();
        assertThat(role.getHelperText()).contains("Ihr eigenes Konto können Sie nicht deaktivieren");
        assertThat($view(Button.class).id("edit-active").isEnabled()).isFalse();
        assertThat($view(Span.class).id("edit-own").isVisible()).isTrue();

        grid.getListDataView().getItems().filter(account -> account.username().equals("sozial2")).findFirst()
                .ifPresent(grid::select);
        assertThat(role.isReadOnly()).isFalse();
        assertThat($view(Button.class).id("edit-active").isEnabled()).isTrue();
        assertThat($view(Button.class).id("edit-active").getText()).isEqualTo("Deaktivieren");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMistypedAddressIsShownAtItsFieldAndWhatWasTypedStays() {
        navigate(AccountsView.class);
        String name = "kim-" + UUID.randomUUID().toString().substring(0, 6);
        $view(TextField.class).id("account-username").setValue(name);
        $view(TextField.class).id("account-display-name").setValue("Kim Kita");
        EmailField email = $view(EmailField.class).id("account-email");
        email.setValue("kim.kita(at)ruhrstadt.example");
        Select<StaffRole> role = $view(Select.class).id("account-role");
        role.setValue(StaffRole.KITA_STAFF);
        ComboBox<KitaChoice> kita = $view(ComboBox.class).id("account-kita");
        assertThat(kita.isVisible()).as("Kita staff need their Kita").isTrue();
        test($view(Button.class).id("account-create")).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Bitte eine gültige E-Mail-Adresse eingeben.");
        assertThat(email.getValue()).isEqualTo("kim.kita(at)ruhrstadt.example");

        email.setValue("kim.kita@kita-regenbogen.ruhrstadt.example");
        test($view(Button.class).id("account-create")).click();
        assertThat(kita.isInvalid()).isTrue();
        assertThat(kita.getErrorMessage()).isEqualTo("Bitte die Kita wählen.");

        kita.setValue(kita.getListDataView().getItems().filter(choice -> choice.name().startsWith(
                "Kita Regenbogen")).findFirst().orElseThrow());
        test($view(Button.class).id("account-create")).click();
        assertThat($view(Paragraph.class).id("account-created").getText()).contains("Konto " + name + " angelegt");
        Grid<AccountSummary> grid = $view(Grid.class).id("accounts-grid");
        assertThat(grid.getSelectedItems()).singleElement().satisfies(account -> {
            assertThat(account.username()).isEqualTo(name);
            assertThat(account.role()).isEqualTo(StaffRole.KITA_STAFF);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDirectoryAccountIsMarkedAndOffersNoPasswordLinkForThePasswordLivesInTheDirectory() {
        String name = "dir-" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("INSERT INTO staff_account (username, password_hash, display_name, role, enabled, origin, email) "
                + "VALUES (?, '', 'Dora Verzeichnis', 'SOCIAL_WORKER', TRUE, 'LDAP', ?)", name,
                name + "@jugendamt.ruhrstadt.example");
        navigate(AccountsView.class);
        Grid<AccountSummary> grid = $view(Grid.class).id("accounts-grid");
        AccountSummary row = grid.getListDataView().getItems().filter(account -> account.username().equals(name))
                .findFirst().orElseThrow();
        assertThat(test(grid).getCellText(grid.getListDataView().getItems().toList().indexOf(row),
                grid.getColumns().size() - 2)).isEqualTo("aktiv, Anmeldung über das Verzeichnis");

        grid.select(row);
        assertThat($view(Button.class).withId("edit-send-link").exists()).as("no link to send").isFalse();
        assertThat($view(Span.class).id("edit-from-directory").getText())
                .startsWith("Dieses Konto meldet sich über das Verzeichnis der Stadt an.");
        assertThat($view(EmailField.class).id("edit-email").isReadOnly()).isTrue();

        grid.getListDataView().getItems().filter(account -> account.username().equals("sozial2")).findFirst()
                .ifPresent(grid::select);
        assertThat($view(Button.class).id("edit-send-link").isVisible()).isTrue();
        assertThat($view(Span.class).withId("edit-from-directory").exists()).isFalse();
    }
}
