package org.kitabruecke.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import org.kitabruecke.i18n.Formats;
import org.kitabruecke.i18n.LanguageChoice;
import org.kitabruecke.i18n.Translations;
import org.springframework.beans.factory.annotation.Value;

/**
 * The frame of every parent page, designed for a phone first: the portal's name, the language picker and the
 * quick-exit button on top, the page in the middle, emergency numbers and the privacy notice at the bottom. Only plain HTML elements:
 * a parent's phone downloads no component code for the frame.
 */
@AnonymousAllowed
public class PublicLayout extends Div
        implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver {

    private final Translations translations;
    private final PortalContacts contacts;
    private final Main main = new Main();
    private final Anchor skipLink = new Anchor("#main", "");
    private final Anchor brand = Links.inApp("");
    private final Anchor quickExit;
    private final Span quickExitText = new Span();
    private final Paragraph emergency = new Paragraph();
    private final Paragraph safeBrowsing = new Paragraph();
    private final Anchor privacy = Links.inApp("privacy");
    private final LanguagePicker languages;
    private final ReadAloud readAloud = new ReadAloud();
    private boolean arrived;

    public PublicLayout(Translations translations, PortalContacts contacts,
                        @Value("${kitabruecke.quick-exit-url}") String quickExitUrl) {
        this.translations = translations;
        this.contacts = contacts;
        addClassName("kb-public");
        skipLink.addClassName("kb-skip");
        brand.addClassName("kb-brand");
        quickExit = new QuickExit(quickExitUrl, quickExitText);
        languages = new LanguagePicker(translations);
        // the skip link moves the focus without leaving the page (ui/internal/page-actions.js)
        skipLink.getElement().setAttribute("data-kb-action", "skip");
        main.getElement().setAttribute("tabindex", "-1");
        var header = new Header(brand, readAloud, languages, quickExit);
        header.addClassName("kb-header");
        main.setId("main");
        main.addClassName("kb-main");
        safeBrowsing.setId("safe-browsing");
        safeBrowsing.addClassName("kb-safe-browsing");
        privacy.setId("privacy-link");
        var about = new Paragraph(privacy);
        about.addClassName("kb-footer-links");
        var footer = new Footer(emergency, safeBrowsing, about);
        footer.addClassName("kb-footer");
        add(skipLink, header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(Objects.requireNonNull(content).getElement());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        languages.showLinksFor(event.getLocation().getPath());
        // ?lang=xx from a flyer or QR code, also when arriving by in-app navigation
        event.getLocation().getQueryParameters().getSingleParameter(LanguageChoice.QUERY_PARAMETER)
                .flatMap(translations::find)
                .filter(language -> !language.locale().equals(event.getUI().getLocale()))
                .ifPresent(language -> PageLanguage.switchTo(event.getUI(), language));
    }

    /**
     * After moving to another page without reloading (the next question, say), the phone shows the new page from its
     * top and screen readers start reading its content, as after a page load.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (arrived) {
            main.getElement().executeJs("window.scrollTo(0, 0); this.focus({preventScroll: true});");
        }
        arrived = true;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        brand.setText(getTranslation("app.name"));
        skipLink.setText(getTranslation("layout.skip"));
        quickExitText.setText(getTranslation("layout.quickExit"));
        quickExit.getElement().setAttribute("title", getTranslation("layout.quickExit.hint"));
        readAloud.translate(getTranslation("readAloud.start"), getTranslation("readAloud.stop"));
        safeBrowsing.setText(getTranslation("layout.safeBrowsing"));
        privacy.setText(getTranslation("privacy.notice.link"));
        ComponentTexts.connectionIndicator(this);
        emergency.removeAll();
        emergency.add(Icons.icon(Icons.PHONE), new Span(getTranslation("layout.emergency.title")),
                phone("layout.emergency.police", "110"),
                phone("layout.emergency.ambulance", "112"),
                phone("layout.emergency.youthOffice", contacts.emergencyPhone()));
        var more = Links.inApp("contacts/emergency");
        more.setText(getTranslation("layout.emergency.more"));
        more.setId("emergency-more");
        more.addClassName("kb-emergency-number");
        emergency.add(more);
    }

    private Component phone(String labelKey, String number) {
        var link = new Anchor("tel:" + number.replace(" ", ""),
                getTranslation(labelKey, "number", Formats.phoneNumber(number)));
        link.addClassName("kb-emergency-number");
        return link;
    }
}
