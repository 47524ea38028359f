package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kitabruecke.contact.EmailAddress;
import org.kitabruecke.staff.AccountAdministration;
import org.kitabruecke.staff.AccountProblem;
import org.kitabruecke.staff.AccountResult;
import org.kitabruecke.staff.AccountSummary;
import org.kitabruecke.staff.KitaChoice;
import org.kitabruecke.staff.SecondFactors;
import org.kitabruecke.staff.StaffControls;
import org.kitabruecke.staff.StaffRole;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The account chosen on {@code /admin/accounts}: its role (and Kita), e-mail address, deactivate or reactivate, and
 * the set-password link. On the admin's own account, role and deactivation are closed, and the field says why.
 */
class AccountEditor extends Div {

    private final AccountAdministration administration;
    private final Runnable changed;
    private final H2 heading = new H2();
    private final Select<StaffRole> role = new Select<>();
    private final ComboBox<KitaChoice> kita = new ComboBox<>();
    private final EmailField email = new EmailField();
    private final Button save = new Button();
    private final Button active = new Button();
    private final Span own = new Span();
    private final Button sendLink = new Button();
    private final Span fromDirectory = new Span();
    private final Paragraph status = new Paragraph();
    private final List<KitaChoice> kitas;
    private @Nullable AccountSummary account;

    AccountEditor(AccountAdministration administration, SecondFactors factors, List<KitaChoice> kitas,
                  Runnable changed) {
        this.administration = administration;
        this.kitas = kitas;
        this.changed = changed;
        setId("account-editor");
        role.setId("edit-role");
        role.setItems(StaffRole.values());
        role.addValueChangeListener(change -> kita.setVisible(change.getValue() == StaffRole.KITA_STAFF));
        kita.setId("edit-kita");
        kita.setItems(kitas);
        kita.setItemLabelGenerator(KitaChoice::name);
        email.setId("edit-email");
        email.setMaxLength(EmailAddress.MAX);
        email.setWidth("min(22rem, 100%)");
        save.setId("edit-save");
        save.addClickListener(click -> save());
        active.setId("edit-active");
        active.addThemeVariants(ButtonVariant.LUMO_ERROR);
        active.addClickListener(click -> toggleActive());
        own.setId("edit-own");
        sendLink.setId("edit-send-link");
        sendLink.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendLink.addClickListener(click -> show(administration.sendPasswordLink(id()), "accounts.linkSent"));
        fromDirectory.setId("edit-from-directory");
        status.setId("edit-status");
        status.getElement().setAttribute("role", "status");
        // a lost second factor: the account sets up a new one at its next sign-in (audited)
        var resetFactor = new SecondFactorResetButton(factors, () -> account().username());
        add(heading, row(role, kita, email), row(save), row(sendLink, fromDirectory), row(active, own), row(resetFactor), status);
        setVisible(false);
    }

    static Div row(Component... components) {
        return StaffControls.row(components);
    }

    void localize() {
        role.setLabel(getTranslation("accounts.role"));
        role.setItemLabelGenerator(value -> getTranslation("accounts.role.name", "role", value.name()));
        kita.setLabel(getTranslation("accounts.kita"));
        email.setLabel(getTranslation("accounts.email"));
        save.setText(getTranslation("accounts.save"));
        sendLink.setText(getTranslation("accounts.sendLink"));
        fromDirectory.setText(getTranslation("accounts.fromDirectory"));
        own.setText(getTranslation("accounts.problem", "problem", AccountProblem.OWN_ACCOUNT.name()));
        if (account != null) {
            edit(account);
        }
    }

    void edit(@Nullable AccountSummary chosen) {
        account = chosen;
        setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        heading.setText(chosen.displayName() + " (" + chosen.username() + ")");
        role.setValue(chosen.role());
        kita.setValue(kitas.stream().filter(choice -> Objects.equals(choice.id(), chosen.kitaId())).findFirst()
                .orElse(null));
        kita.setVisible(chosen.role() == StaffRole.KITA_STAFF);
        email.setValue(Objects.requireNonNullElse(chosen.email(), ""));
        boolean mine = chosen.username().equals(SecurityContextHolder.getContext().getAuthentication().getName());
        role.setReadOnly(mine);
        role.setHelperText(mine ? own.getText() : null);
        active.setText(getTranslation(chosen.active() ? "accounts.deactivate" : "accounts.reactivate"));
        active.setEnabled(!mine);
        own.setVisible(mine);
        sendLink.setEnabled(chosen.active());
        // the directory keeps password and address (taken anew at each sign-in): nothing to send or type here
        sendLink.setVisible(!chosen.fromDirectory());
        fromDirectory.setVisible(chosen.fromDirectory());
        email.setReadOnly(chosen.fromDirectory());
        role.setInvalid(false);
        kita.setInvalid(false);
        email.setInvalid(false);
    }

    private void save() {
        var chosenRole = Objects.requireNonNull(role.getValue());
        AccountResult result = administration.changeRole(id(), chosenRole,
                chosenRole == StaffRole.KITA_STAFF && kita.getValue() != null ? kita.getValue().id() : null);
        if (result instanceof AccountResult.Done && !email.getValue().equals(
                Objects.requireNonNullElse(account().email(), ""))) {
            result = administration.changeEmail(id(), email.getValue());
        }
        show(result, "accounts.saved");
    }

    private void toggleActive() {
        if (account().active()) {
            StaffControls.confirm(this, getTranslation("accounts.deactivate"), account().displayName(),
                    "edit-deactivate-confirm", () -> show(administration.deactivate(id()), "accounts.saved"));
        } else {
            show(administration.reactivate(id()), "accounts.saved");
        }
    }

    private void show(AccountResult result, String doneKey) {
        switch (result) {
            case AccountResult.Done done -> {
                status.setText(getTranslation(doneKey, "email", Objects.requireNonNullElse(account().email(), ""),
                        "hours", administration.linkValidFor().toHours()));
                changed.run();
            }
            case AccountResult.Refused refused -> {
                String message = getTranslation("accounts.problem", "problem", refused.problem().name());
                switch (refused.problem()) {
                    case KITA_MISSING -> {
                        kita.setErrorMessage(message);
                        kita.setInvalid(true);
                    }
                    case EMAIL_INVALID -> {
                        email.setErrorMessage(message);
                        email.setInvalid(true);
                    }
                    case OWN_ACCOUNT -> {
                        role.setErrorMessage(message);
                        role.setInvalid(true);
                    }
                    default -> status.setText(message);
                }
            }
        }
    }

    private AccountSummary account() {
        return Objects.requireNonNull(account);
    }

    private long id() {
        return account().id();
    }
}
