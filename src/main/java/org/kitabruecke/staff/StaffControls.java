package org.kitabruecke.staff;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/** A row of fields and buttons on a staff page, wrapping on narrow screens (CSS {@code kb-staff-controls}). */
public final class StaffControls {

    private StaffControls() {
    }

    public static Div row(Component... components) {
        var row = new Div(components);
        row.addClassName("kb-staff-controls");
        return row;
    }
}
