package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.staff.AccountAdministration;
import org.kitabruecke.staff.AccountProblem;
import org.kitabruecke.staff.AccountResult;
import org.kitabruecke.staff.AccountSummary;
import org.kitabruecke.staff.KitaChoice;
import org.kitabruecke.staff.KitaChoices;
import org.kitabruecke.staff.NewAccount;
import org.kitabruecke.staff.SecondFactors;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.ui.ComponentTexts;

/**
 * {@code /admin/accounts}: every staff account with its role, Kita and state; a new one is created here, and one
 * chosen in the list is changed below it ({@link AccountEditor}). Admins never type a password for someone else: the
 * owner gets a set-password link by mail. Problems are shown at the field, and what was typed stays.
 */
@Route(value = "admin/accounts", layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADMIN)
class AccountsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final AccountAdministration administration;
    private final Map<Long, String> kitaNames;
    private final H1 title = new H1();
    private final H2 newTitle = new H2();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<StaffRole> role = new Select<>();
    private final ComboBox<KitaChoice> kita = new ComboBox<>();
    private final Button create = new Button();
    private final Paragraph created = new Paragraph();
    private final Grid<AccountSummary> grid = new Grid<>();
    private final AccountEditor editor;

    AccountsView(AccountAdministration administration, KitaChoices kitaChoices, SecondFactors factors) {
        this.administration = administration;
        List<KitaChoice> kitas = kitaChoices.all();
        this.kitaNames = kitas.stream().collect(Collectors.toMap(KitaChoice::id, KitaChoice::name, (a, b) -> a));
        this.editor = new AccountEditor(administration, factors, kitas, this::refresh);
        addClassName("kb-admin");
        username.setId("account-username");
        username.setMaxLength(80);
        displayName.setId("account-display-name");
        displayName.setMaxLength(160);
        email.setId("account-email");
        email.setMaxLength(EmailAddress.MAX);
        email.setWidth("min(22rem, 100%)");
        role.setId("account-role");
        role.setItems(StaffRole.values());
        role.setValue(StaffRole.SOCIAL_WORKER);
        role.addValueChangeListener(change -> kita.setVisible(change.getValue() == StaffRole.KITA_STAFF));
        kita.setId("account-kita");
        kita.setItems(kitas);
        kita.setItemLabelGenerator(KitaChoice::name);
        kita.setVisible(false);
        create.setId("account-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        created.setId("account-created");
        created.getElement().setAttribute("role", "status");
        grid.setId("accounts-grid");
        grid.setHeight("22rem");
        grid.addSelectionListener(selection -> editor.edit(selection.getFirstSelectedItem().orElse(null)));
        add(title, grid, editor, newTitle, AccountEditor.row(username, displayName, email, role, kita),
                AccountEditor.row(create), created);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("accounts.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("accounts.title"));
        newTitle.setText(getTranslation("accounts.new"));
        username.setLabel(getTranslation("accounts.username"));
        displayName.setLabel(getTranslation("accounts.displayName"));
        email.setLabel(getTranslation("accounts.email"));
        role.setLabel(getTranslation("accounts.role"));
        role.setItemLabelGenerator(this::roleName);
        kita.setLabel(getTranslation("accounts.kita"));
        create.setText(getTranslation("accounts.create"));
        grid.removeAllColumns();
        column(AccountSummary::username, "accounts.username");
        column(AccountSummary::displayName, "accounts.displayName");
        column(account -> roleName(account.role()), "accounts.role");
        column(account -> account.kitaId() == null ? "" : kitaNames.getOrDefault(account.kitaId(), "#"
                + account.kitaId()), "accounts.kita");
        column(this::state, "accounts.state.title").setAutoWidth(false).setWidth("15rem");
        column(account -> Objects.requireNonNullElse(account.email(), ""), "accounts.email");
        ComponentTexts.sortLabels(grid);
        editor.localize();
        refresh();
    }

    private Grid.Column<AccountSummary> column(Function<AccountSummary, String> value, String header) {
        return grid.addColumn(value::apply).setHeader(getTranslation(header)).setAutoWidth(true).setSortable(true)
                .setComparator(value::apply);
    }

    String roleName(StaffRole staffRole) {
        return getTranslation("accounts.role.name", "role", staffRole.name());
    }

    private String state(AccountSummary account) {
        if (account.active() && account.fromDirectory()) {
            return getTranslation("accounts.state.directory");
        }
        return getTranslation("accounts.state", "state", !account.active() ? "inactive"
                : account.passwordSet() ? "active" : "noPassword");
    }

    private void create() {
        for (var field : List.of(username, displayName, email)) {
            field.setInvalid(false);
        }
        kita.setInvalid(false);
        var result = administration.create(new NewAccount(username.getValue(), displayName.getValue(),
                email.getValue(), Objects.requireNonNull(role.getValue()),
                kita.getValue() == null ? null : kita.getValue().id()));
        switch (result) {
            case AccountResult.Done done -> {
                created.setText(getTranslation("accounts.created", "username", username.getValue().strip()));
                refresh();
                grid.getListDataView().getItems().filter(account -> account.id() == done.accountId()).findFirst()
                        .ifPresent(grid::select);
                username.clear();
                displayName.clear();
                email.clear();
                kita.clear();
            }
            case AccountResult.Refused refused -> {
                String message = getTranslation("accounts.problem", "problem", refused.problem().name());
                var field = switch (refused.problem()) {
                    case USERNAME_INVALID, USERNAME_TAKEN -> username;
                    case DISPLAY_NAME_MISSING -> displayName;
                    case EMAIL_INVALID -> email;
                    default -> null;
                };
                if (refused.problem() == AccountProblem.KITA_MISSING) {
                    kita.setErrorMessage(message);
                    kita.setInvalid(true);
                } else if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
                created.setText("");
            }
        }
    }

    private void refresh() {
        Long selected = grid.getSelectedItems().stream().findFirst().map(AccountSummary::id).orElse(null);
        List<AccountSummary> accounts = administration.list();
        grid.setItems(accounts);
        accounts.stream().filter(account -> selected != null && account.id() == selected).findFirst()
                .ifPresent(grid::select);
    }
}
