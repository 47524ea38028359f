package org.kitabruecke.staff;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.Lumo;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.kitabruecke.i18n.Translations;
import org.kitabruecke.ui.ComponentTexts;
import org.kitabruecke.ui.LanguagePicker;
import org.kitabruecke.ui.Links;

/**
 * The frame of the staff pages: who is logged in, the areas their role may open, logout; the privacy notice below. Works on a tablet
 * and a desktop; staff choose their language like parents do.
 */
@PermitAll
@StyleSheet(Lumo.STYLESHEET)
public class StaffLayout extends Div implements RouterLayout, LocaleChangeObserver, AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final Main main = new Main();
    private final Nav nav = new Nav();
    private final Span user = new Span();
    private final Button logout = new Button();
    private final Anchor password = Links.inApp("staff/password");
    private final Span brand = new Span();
    private final Anchor privacy = Links.inApp("privacy");
    private final LanguagePicker languages;

    public StaffLayout(AuthenticationContext authentication, Translations translations) {
        this.authentication = authentication;
        addClassName("kb-staff");
        brand.addClassName("kb-brand");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> authentication.logout());
        user.addClassName("kb-staff-user");
        languages = new LanguagePicker(translations);
        password.setId("staff-password-link");
        var header = new Header(brand, nav, languages, user, password, logout);
        header.addClassName("kb-staff-header");
        main.addClassName("kb-staff-main");
        main.setId("main");
        privacy.setId("privacy-link");
        var footer = new Footer(privacy);
        footer.addClassName("kb-staff-footer");
        add(header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(Objects.requireNonNull(content).getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        languages.showLinksFor(event.getLocation().getPath());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        brand.setText(getTranslation("app.name"));
        nav.removeAll();
        if (authentication.hasAnyRole(StaffRole.Names.SOCIAL_WORKER, StaffRole.Names.ADMIN)) {
            nav.add(link("staff", "staff.nav.inbox"), link("staff/bookings", "staff.nav.bookings"),
                    link("staff/hours", "staff.nav.hours"), link("staff/places", "staff.nav.places"),
                    link("staff/statistics", "staff.nav.statistics"), link("staff/family", "staff.nav.adminRequest"),
                    link("staff/retention", "staff.retention.title"));
        }
        if (authentication.hasRole(StaffRole.Names.KITA_STAFF)) {
            nav.add(link("kita", "staff.nav.kita"));
        }
        if (authentication.hasRole(StaffRole.Names.ADMIN)) {
            nav.add(link("admin/accounts", "staff.nav.adminAccounts"), link("admin/kitas", "staff.nav.adminKitas"), link("admin/services", "staff.nav.adminServices"),
                    link("admin/import", "staff.nav.adminImport"), link("admin/audit", "staff.nav.adminAudit"),
                    link("admin/mail", "staff.nav.adminMail"),
                    link("admin/translations", "staff.nav.adminTranslations"));
        }
        if (authentication.isAuthenticated()) {
            nav.add(link("staff/second-factor", "staff.secondFactor.title"));
        }
        user.setText(authentication.getPrincipalName()
                .map(name -> getTranslation("staff.loggedInAs", "name", name)).orElse(""));
        password.setText(getTranslation("staff.nav.password"));
        logout.setText(getTranslation("staff.logout"));
        privacy.setText(getTranslation("privacy.notice.link"));
        ComponentTexts.connectionIndicator(this);
    }

    private Anchor link(String path, String key) {
        var link = Links.inApp(path);
        link.setText(getTranslation(key));
        return link;
    }
}
