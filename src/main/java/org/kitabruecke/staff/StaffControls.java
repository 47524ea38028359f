package org.kitabruecke.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What staff pages share: a row of fields and buttons, wrapping on narrow screens (CSS {@code kb-staff-controls}),
 * and the question before something is deleted.
 */
public final class StaffControls {

    private StaffControls() {
    }

    public static Div row(Component... components) {
        var row = new Div(components);
        row.addClassName("kb-staff-controls");
        return row;
    }

    /**
     * Asks before something is deleted or erased; does it only when the person confirms.
     *
     * @param action the verb on the title and the confirming button, e.g. "Delete"
     * @param id     the confirming button's id, for tests
     */
    public static void confirm(Component page, String action, String question, String id, Runnable confirmed) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(action);
        dialog.add(new Paragraph(question));
        var yes = new Button(action, click -> {
            dialog.close();
            confirmed.run();
        });
        yes.setId(id);
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(page.getTranslation("admin.cancel"), click -> dialog.close()), yes);
        dialog.open();
    }
}
