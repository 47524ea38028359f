package org.kitabruecke.inbox.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;

/** {@code /staff}: the social workers' inbox. The grid of requests follows with the inbox issue. */
@Route(value = "staff", layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.SOCIAL_WORKER, StaffRole.Names.ADMIN})
class InboxView extends Div implements LocaleChangeObserver {

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("staff.inbox.title")), new Paragraph(getTranslation("staff.inbox.empty")));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getTranslation("layout.pageTitle",
                "page", getTranslation("staff.inbox.title"))));
    }
}
