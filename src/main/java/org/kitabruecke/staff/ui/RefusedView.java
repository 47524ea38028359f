package org.kitabruecke.staff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;
import org.kitabruecke.staff.StaffLayout;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.ui.Links;

/**
 * A page the logged-in account's role may not open, e.g. a Kita account typing {@code /staff}: said inside the staff
 * frame, so that the menu and the logout stay where they were. Vaadin sends only logged-in accounts here (visitors
 * without a login go to the login page); should anyone else arrive, they get the public "not found" page, which
 * reveals nothing about staff pages. The refusal itself is reported to the audit trail before this page is chosen
 * ({@code staff.internal.RefusalsReported}).
 */
@ParentLayout(StaffLayout.class)
@AnonymousAllowed
public class RefusedView extends Div implements HasErrorParameter<AccessDeniedException>, LocaleChangeObserver,
        HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final H1 title = new H1();
    private final Paragraph text = new Paragraph();
    private final Anchor home;

    RefusedView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("kb-refused");
        home = Links.inApp(StaffRole.homePath(role -> authentication.hasRole(role.name())));
        home.setId("refused-home");
        text.setId("refused-text");
        add(title, text, new Paragraph(home));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        if (!authentication.isAuthenticated()) {
            event.rerouteToError(NotFoundException.class, parameter.getCustomMessage());
            return HttpServletResponse.SC_NOT_FOUND;
        }
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("staff.refused.title"));
        text.setText(getTranslation("staff.refused.text"));
        home.setText(getTranslation("staff.refused.home"));
        // a language chosen on this page changes it in place: the tab's title follows
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", getTranslation("staff.refused.title"));
    }
}
