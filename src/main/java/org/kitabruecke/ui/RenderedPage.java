package org.kitabruecke.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Locale;

/**
 * A parent page drawn from what it found on arrival (a booking, an offer, a place, a Kita): drawn anew on every
 * arrival, also when the same address is opened again in the tab, and on every language switch, with its title.
 */
public abstract class RenderedPage extends Div
        implements AfterNavigationObserver, LocaleChangeObserver, HasDynamicTitle, PrerenderedPage {

    /** Draws the whole page in the reader's language. */
    protected abstract void render(Locale locale);

    /** What the browser tab shows before " – Kita-Brücke". */
    protected abstract String titleText();

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        render(getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render(event.getLocale());
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("layout.pageTitle", "page", titleText());
    }
}
