package org.kitabruecke.request.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;

/** {@code /kita}: where Kita staff forward a family's need; the form follows with the forwarding issue. */
@Route(value = "kita", layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.KITA_STAFF, StaffRole.Names.ADMIN})
class KitaView extends Div implements LocaleChangeObserver {

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("staff.kita.title")), new Paragraph(getTranslation("staff.kita.empty")));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getTranslation("layout.pageTitle",
                "page", getTranslation("staff.kita.title"))));
    }
}
