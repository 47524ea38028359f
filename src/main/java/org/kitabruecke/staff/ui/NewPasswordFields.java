package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import org.kitabruecke.staff.PasswordProblem;
import org.kitabruecke.staff.PasswordRules;

/**
 * The new password, typed twice, with the rules as a hint and a refusal at the field it concerns; what was typed
 * stays. Used by the set-password page and the change-password page.
 */
final class NewPasswordFields {

    final PasswordField password = new PasswordField();
    final PasswordField repeated = new PasswordField();
    private final PasswordRules rules;

    NewPasswordFields(PasswordRules rules) {
        this.rules = rules;
        password.setId("new-password");
        repeated.setId("new-password-repeated");
        for (var field : new PasswordField[] {password, repeated}) {
            field.setAutocomplete(Autocomplete.NEW_PASSWORD);
            field.setMaxLength(rules.maxLength() * 2);
            field.setWidthFull();
        }
    }

    void localize() {
        password.setLabel(password.getTranslation("password.new"));
        password.setHelperText(password.getTranslation("password.hint", "min", rules.minLength()));
        repeated.setLabel(password.getTranslation("password.repeat"));
    }

    void clearProblems() {
        password.setInvalid(false);
        repeated.setInvalid(false);
    }

    void show(PasswordProblem problem) {
        var field = problem == PasswordProblem.NOT_REPEATED ? repeated : password;
        field.setErrorMessage(field.getTranslation("password.problem", "problem", problem.name(),
                "min", rules.minLength(), "max", rules.maxLength()));
        field.setInvalid(true);
        field.focus();
    }
}
