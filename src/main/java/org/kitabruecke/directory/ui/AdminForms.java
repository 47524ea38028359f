package org.kitabruecke.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import java.util.Map;
import org.kitabruecke.staff.StaffControls;

/** What the admin forms share: rows of fields, messages at the field, a question before deleting. */
final class AdminForms {

    private AdminForms() {
    }

    static Div row(Component... components) {
        return StaffControls.row(components);
    }

    static void clearErrors(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    /** Marks each field with its problem (translation keys), clears the others; the values stay as typed. */
    static <F> void showErrors(Component page, Map<F, String> problems, Map<F, ? extends HasValidation> fields) {
        fields.forEach((field, input) -> {
            String key = problems.get(field);
            input.setInvalid(key != null);
            input.setErrorMessage(key == null ? null : page.getTranslation(key));
        });
    }

    /** Asks before something is deleted; does it only on "delete". */
    static void confirm(Component page, String question, Runnable action) {
        StaffControls.confirm(page, page.getTranslation("admin.delete"), question, "confirm-delete", action);
    }
}
