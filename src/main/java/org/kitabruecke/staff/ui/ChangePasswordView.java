package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kitabruecke.staff.OwnPassword;
import org.kitabruecke.staff.PasswordResult;
import org.kitabruecke.staff.PasswordRules;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;

/**
 * {@code /staff/password}: every staff member changes their own password (the current one first). This session
 * stays; the account's other sessions end.
 */
@Route(value = "staff/password", layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.SOCIAL_WORKER, StaffRole.Names.KITA_STAFF, StaffRole.Names.ADMIN})
class ChangePasswordView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final OwnPassword own;
    private final H1 title = new H1();
    private final PasswordField current = new PasswordField();
    private final NewPasswordFields fields;
    private final Button save = new Button();
    private final Paragraph done = new Paragraph();

    ChangePasswordView(OwnPassword own, PasswordRules rules) {
        this.own = own;
        this.fields = new NewPasswordFields(rules);
        addClassName("kb-change-password");
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setWidthFull();
        save.setId("change-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        done.setId("change-password-done");
        done.getElement().setAttribute("role", "status");
        add(title, current, fields.password, fields.repeated, save, done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("password.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("password.title"));
        current.setLabel(getTranslation("password.current"));
        fields.localize();
        save.setText(getTranslation("password.save"));
    }

    private void save() {
        fields.clearProblems();
        current.setInvalid(false);
        done.setText("");
        switch (own.change(current.getValue(), fields.password.getValue(), fields.repeated.getValue())) {
            case PasswordResult.Done changed -> {
                current.clear();
                fields.password.clear();
                fields.repeated.clear();
                done.setText(getTranslation("password.changed"));
            }
            case PasswordResult.Refused refused -> fields.show(refused.problem());
            case PasswordResult.WrongCurrent wrong -> {
                current.setErrorMessage(getTranslation("password.wrongCurrent"));
                current.setInvalid(true);
                current.focus();
            }
            case PasswordResult.LinkNotValid notValid -> throw new IllegalStateException("No link here");
        }
    }
}
